using System.CommandLine;
using IgjNormen.Cli.Output;
using IgjNormen.Loading;
using IgjNormen.Model;
using IgjNormen.Testing;

namespace IgjNormen.Cli.Commands;

/// <summary>
/// <c>igjnormen test [map]</c>: run every voorbeeld; ends with "N passed, N failed" (and ", N niet uitgevoerd" when
/// errors in the norms kept some norms from running).
/// </summary>
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
                stdout.WriteLine($"De normen bevatten {DiagnosticPrinter.Summary(errors)}; los die op ('igjnormen check'). De voorbeelden van de normen zonder fouten zijn wel uitgevoerd.");
            }

            var run = ExampleRunner.RunAll(loaded);
            foreach (var file in run.UnreadNormFiles)
            {
                stdout.WriteLine($"niet gelezen: {file}: het bestand heeft fouten, de voorbeelden erin zijn niet uitgevoerd");
            }

            foreach (var untestable in run.Untestable)
            {
                var count = untestable.Norm.Voorbeelden.Count;
                stdout.WriteLine($"niet uitgevoerd: {untestable.Norm.Id} ({count} {(count == 1 ? "voorbeeld" : "voorbeelden")}): {untestable.Reden}");
            }

            foreach (var outcome in run.Outcomes)
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
                JUnitWriter.Write(report, run, errors);
            }

            stdout.WriteLine(errors.Count > 0
                ? $"{run.Passed} passed, {run.Failed} failed, {run.NotRun} niet uitgevoerd"
                : $"{run.Passed} passed, {run.Failed} failed");
            if (errors.Count > 0)
            {
                return ExitCodes.For(errors);
            }

            return run.Failed == 0 ? ExitCodes.Ok : ExitCodes.Findings;
        });
        return command;
    }
}
