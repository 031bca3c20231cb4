using System.CommandLine;
using IgjNormen.Cli.Output;
using IgjNormen.Loading;

namespace IgjNormen.Cli.Commands;

/// <summary><c>igjnormen check [map]</c>: load, type-check and lint a norms folder.</summary>
internal static class CheckCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var folder = CommonOptions.NormsFolderArgument();
        var format = CommonOptions.Format("text", "json");
        var command = new Command("check", "Laad en controleer een normenmap: YAML, structuur, toetsen, typen en verwijzingen.");
        command.Arguments.Add(folder);
        command.Options.Add(format);
        command.SetAction(parse =>
        {
            var path = parse.GetValue(folder)!;
            if (!Directory.Exists(path))
            {
                stderr.WriteLine($"error IGJ1012: Map niet gevonden: {path}");
                return ExitCodes.Usage;
            }

            var result = NormModelLoader.LoadFolder(path);
            if (parse.GetValue(format) == "json")
            {
                DiagnosticPrinter.PrintJson(stdout, result.Diagnostics, CountFiles(path));
            }
            else
            {
                DiagnosticPrinter.PrintText(stdout, result.Diagnostics);
                stdout.WriteLine($"{result.Model.Norms.Count} normen, {result.Model.Facts.Count} begrippen, {result.Model.Kaders.Count} kaders gecontroleerd: {DiagnosticPrinter.Summary(result.Diagnostics)}.");
            }

            return result.HasErrors ? ExitCodes.Findings : ExitCodes.Ok;
        });
        return command;
    }

    private static int CountFiles(string path) => Directory.EnumerateFiles(path, "*.yaml", SearchOption.AllDirectories).Count();
}
