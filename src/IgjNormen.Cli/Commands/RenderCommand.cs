using System.CommandLine;
using System.Text;
using IgjNormen.Cli.Output;
using IgjNormen.Diagnostics;
using IgjNormen.Loading;
using IgjNormen.Rendering;

namespace IgjNormen.Cli.Commands;

/// <summary>
/// <c>igjnormen render</c>: publish kaders as documents: per kader the kader document and the inspector's checklist,
/// as Markdown or as a static HTML site with an overview page and a stylesheet.
/// </summary>
internal static class RenderCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var norms = new Option<string>("--normen")
        {
            Description = "De normenmap (standaard: norms).",
            DefaultValueFactory = _ => "norms",
        };
        var kader = new Option<string[]>("--kader")
        {
            Description = "Het kader om te publiceren (mag vaker).",
            Arity = ArgumentArity.OneOrMore,
            AllowMultipleArgumentsPerToken = false,
        };
        var all = new Option<bool>("--alle") { Description = "Publiceer alle kaders uit de normenmap." };
        var peildatum = CommonOptions.Peildatum();
        peildatum.Description = "Toon van elke norm de versie die op deze datum geldt (JJJJ-MM-DD); standaard geldig_vanaf van het kader.";
        var format = CommonOptions.Format("html", "markdown");
        var templates = new Option<string?>("--templates")
        {
            Description = "Een map met eigen sjablonen (*.scriban, stijl.css) die de ingebouwde met dezelfde naam vervangen.",
        };
        var output = new Option<string>("--out")
        {
            Description = "De map waarin de documenten worden geschreven (wordt aangemaakt).",
            Required = true,
        };
        var command = new Command("render", "Publiceer kaders: het kaderdocument en de checklist voor inspecteurs, als Markdown of als statische HTML-site.");
        command.Options.Add(norms);
        command.Options.Add(kader);
        command.Options.Add(all);
        command.Options.Add(peildatum);
        command.Options.Add(format);
        command.Options.Add(templates);
        command.Options.Add(output);
        command.SetAction(parse =>
        {
            var kaders = parse.GetValue(kader) ?? [];
            var alle = parse.GetValue(all);
            if (kaders.Length == 0 == !alle)
            {
                stderr.WriteLine("Ongeldige aanroep: geef --kader <id> of --alle (niet allebei).");
                return ExitCodes.Usage;
            }

            var folder = parse.GetValue(norms)!;
            if (!Directory.Exists(folder))
            {
                DiagnosticPrinter.PrintNotFound(stderr, folder);
                return ExitCodes.Usage;
            }

            var loaded = NormModelLoader.LoadFolder(folder);
            if (loaded.HasErrors)
            {
                DiagnosticPrinter.PrintText(stderr, loaded.Diagnostics.Where(d => d.IsError));
                stderr.WriteLine($"De normen in '{folder}' bevatten fouten; controleer ze met 'igjnormen check {folder}'.");
                return ExitCodes.For(loaded.Diagnostics);
            }

            var diagnostics = new DiagnosticBag();
            var options = new RenderOptions
            {
                Format = parse.GetValue(format) == "markdown" ? DocumentFormat.Markdown : DocumentFormat.Html,
                TemplatesFolder = parse.GetValue(templates),
                NormsFolder = folder,
            };
            var renderer = DocumentRenderer.Create(loaded.Model, options, diagnostics);
            if (renderer is null)
            {
                DiagnosticPrinter.PrintText(stderr, diagnostics.Items);
                return ExitCodes.Usage;
            }

            var ids = alle ? loaded.Model.Kaders.Select(k => k.Id).Order(StringComparer.Ordinal).ToList() : kaders.ToList();
            var result = renderer.RenderSite(ids, parse.GetValue(peildatum));
            DiagnosticPrinter.PrintText(stderr, result.Diagnostics);
            if (result.HasErrors)
            {
                stderr.WriteLine("Er is niets geschreven.");
                return ExitCodes.For(result.Diagnostics);
            }

            var target = parse.GetValue(output)!;
            Directory.CreateDirectory(target);
            var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
            foreach (var file in result.Files)
            {
                File.WriteAllText(Path.Combine(target, file.Path), file.Content, utf8);
            }

            stdout.WriteLine($"{result.Files.Count} bestanden geschreven naar {target}: {string.Join(", ", result.Files.Select(f => f.Path))}");
            return ExitCodes.Ok;
        });
        return command;
    }
}
