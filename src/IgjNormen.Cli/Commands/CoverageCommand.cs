using System.CommandLine;
using IgjNormen.Citations;
using IgjNormen.Cli.Output;
using IgjNormen.Diagnostics;
using IgjNormen.Loading;
using IgjNormen.Coverage;

namespace IgjNormen.Cli.Commands;

/// <summary><c>igjnormen coverage [map]</c>: per law, which articles and leden have a norm, and which duties have none.</summary>
internal static class CoverageCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var folder = CommonOptions.NormsFolderArgument();
        var format = CommonOptions.Format("text", "markdown", "json");
        var wetten = new Option<string?>("--wetten") { Description = "Een map met geconsolideerde wetteksten: toon ook of elk artikel in de nieuwste tekst bestaat." };
        var command = new Command("coverage", "Dekking per wet: welke artikelen en leden een norm hebben, met hoeveel voorbeelden, en welke plichten nog geen norm hebben.");
        command.Arguments.Add(folder);
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

            var loaded = NormModelLoader.LoadFolder(path);
            if (loaded.HasErrors)
            {
                DiagnosticPrinter.PrintText(stderr, loaded.Diagnostics.Where(d => d.IsError));
                stderr.WriteLine($"De normen in '{path}' bevatten fouten; controleer ze met 'igjnormen check {path}'.");
                return ExitCodes.For(loaded.Diagnostics);
            }

            LawCorpus? corpus = null;
            if (parse.GetValue(wetten) is { } lawFolder)
            {
                if (!Directory.Exists(lawFolder))
                {
                    DiagnosticPrinter.PrintNotFound(stderr, lawFolder);
                    return ExitCodes.Usage;
                }

                corpus = LawCorpus.Load(lawFolder, new DiagnosticBag());
            }

            var report = CoverageCalculator.Compute(loaded.Model, corpus);
            switch (parse.GetValue(format))
            {
                case "markdown":
                    CoverageWriter.WriteMarkdown(stdout, report);
                    break;
                case "json":
                    CoverageWriter.WriteJson(stdout, report);
                    break;
                default:
                    CoverageWriter.WriteText(stdout, report);
                    break;
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
