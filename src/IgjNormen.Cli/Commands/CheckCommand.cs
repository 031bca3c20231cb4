using System.CommandLine;
using IgjNormen.Citations;
using IgjNormen.Cli.Output;
using IgjNormen.Diagnostics;
using IgjNormen.Loading;
using IgjNormen.Schemas;

namespace IgjNormen.Cli.Commands;

/// <summary><c>igjnormen check [map]</c>: load, type-check and lint a norms folder.</summary>
internal static class CheckCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var folder = CommonOptions.NormsFolderArgument();
        var format = CommonOptions.Format("text", "json", "sarif");
        var command = new Command("check", "Laad en controleer een normenmap: YAML, structuur, toetsen, typen en verwijzingen.");
        command.Arguments.Add(folder);
        var wetten = new Option<string?>("--wetten")
        {
            Description = "Een map met geconsolideerde wetteksten (regelrecht-formaat): controleer elke bronverwijzing tegen de tekst die gold.",
        };
        command.Options.Add(format);
        command.Options.Add(wetten);
        command.SetAction(parse =>
        {
            var path = parse.GetValue(folder)!;
            if (!Directory.Exists(path))
            {
                DiagnosticPrinter.PrintNotFound(stderr, path);
                return ExitCodes.Usage;
            }

            var result = NormModelLoader.LoadFolder(path);

            // The schema line (IGJ1110) matters to editors only, so it is checked here and not by the loader.
            IReadOnlyList<Diagnostic> diagnostics = DiagnosticBag.Sorted(result.Diagnostics.Concat(SchemaHeader.Check(result.Files)));
            var lawsChecked = string.Empty;
            if (parse.GetValue(wetten) is { } lawFolder)
            {
                if (!Directory.Exists(lawFolder))
                {
                    DiagnosticPrinter.PrintNotFound(stderr, lawFolder);
                    return ExitCodes.Usage;
                }

                var lawDiagnostics = new DiagnosticBag();
                var corpus = LawCorpus.Load(lawFolder, lawDiagnostics);
                lawDiagnostics.AddRange(CitationChecker.Check(result.Model, corpus));
                diagnostics = DiagnosticBag.Sorted(diagnostics.Concat(lawDiagnostics.Items));
                lawsChecked = $", bronnen gecontroleerd tegen {corpus.Laws.Count} wetten";
            }

            if (parse.GetValue(format) == "json")
            {
                DiagnosticPrinter.PrintJson(stdout, diagnostics, CountFiles(path));
            }
            else if (parse.GetValue(format) == "sarif")
            {
                stdout.WriteLine(SarifWriter.Write(diagnostics));
            }
            else
            {
                DiagnosticPrinter.PrintText(stdout, diagnostics);
                var counted = $"{Count(result.Model.Norms.Count, "norm", "normen")}, {Count(result.Model.Facts.Count, "begrip", "begrippen")}, {Count(result.Model.Kaders.Count, "kader", "kaders")}";
                stdout.WriteLine($"{counted} gecontroleerd{lawsChecked}: {DiagnosticPrinter.Summary(diagnostics)}.");
            }

            return ExitCodes.For(diagnostics);
        });
        return command;
    }

    private static string Count(int count, string one, string more) => $"{count} {(count == 1 ? one : more)}";

    private static int CountFiles(string path) => Directory.EnumerateFiles(path, "*.yaml", SearchOption.AllDirectories).Count();
}
