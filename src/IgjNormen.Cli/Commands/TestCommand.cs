using System.CommandLine;
using IgjNormen.Cli.Output;
using IgjNormen.Loading;
using IgjNormen.Model;
using IgjNormen.Testing;

namespace IgjNormen.Cli.Commands;

/// <summary><c>igjnormen test [map]</c>: run every voorbeeld; ends with "N passed, N failed".</summary>
internal static class TestCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var folder = CommonOptions.NormsFolderArgument();
        var verbose = new Option<bool>("--uitgebreid") { Description = "Toon ook de voorbeelden die slagen." };
        var junit = new Option<string?>("--junit") { Description = "Schrijf de uitkomsten ook als JUnit-XML naar dit bestand (voor CI): een testcase per voorbeeld." };
        var command = new Command("test", "Voer alle voorbeelden van de normen uit als tests.");
        command.Arguments.Add(folder);
        command.Options.Add(verbose);
        command.Options.Add(junit);
        command.SetAction(parse =>
        {
            var path = parse.GetValue(folder)!;
            if (!Directory.Exists(path))
            {
                DiagnosticPrinter.PrintNotFound(stderr, path);
                return ExitCodes.Usage;
            }

            var loaded = NormModelLoader.LoadFolder(path);
            var errors = loaded.Diagnostics.Where(d => d.IsError).ToList();
            if (errors.Count > 0)
            {
                DiagnosticPrinter.PrintText(stdout, errors);
                stdout.WriteLine($"De normen bevatten {DiagnosticPrinter.Summary(errors)}; los die eerst op ('igjnormen check').");
                stdout.WriteLine("0 passed, 0 failed");
                if (parse.GetValue(junit) is { } failedReport)
                {
                    JUnitWriter.WriteLoadFailure(failedReport, errors);
                }

                return ExitCodes.For(errors);
            }

            var outcomes = ExampleRunner.RunAll(loaded.Model);
            foreach (var outcome in outcomes)
            {
                if (!outcome.Passed)
                {
                    stdout.WriteLine(outcome.Failure!.ToString());
                }
                else if (parse.GetValue(verbose))
                {
                    stdout.WriteLine($"geslaagd: {outcome.Norm.Id} / {outcome.Example.Naam} ({outcome.Result!.Oordeel.Label()})");
                }
            }

            if (parse.GetValue(junit) is { } report)
            {
                JUnitWriter.Write(report, outcomes);
            }

            var failed = outcomes.Count(o => !o.Passed);
            stdout.WriteLine($"{outcomes.Count - failed} passed, {failed} failed");
            return failed == 0 ? ExitCodes.Ok : ExitCodes.Findings;
        });
        return command;
    }
}
