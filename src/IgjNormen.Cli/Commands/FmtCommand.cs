using System.CommandLine;
using IgjNormen.Cli.Output;
using IgjNormen.Diagnostics;
using IgjNormen.Formatting;
using IgjNormen.Loading;
using IgjNormen.Yaml;

namespace IgjNormen.Cli.Commands;

/// <summary>
/// <c>igjnormen fmt [--check] [paden]</c>: the canonical layout of every toets and toepassing in norm files. Only
/// those values are rewritten; each file is replaced atomically.
/// </summary>
internal static class FmtCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var paths = new Argument<string[]>("paden")
        {
            Description = "Normbestanden of mappen (standaard: norms); in een map elk *.norm.yaml-bestand.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        CommonOptions.RejectUnknownOptions(paths);
        var check = new Option<bool>("--check")
        {
            Description = "Schrijf niets; noem de bestanden die anders opgemaakt zouden worden en eindig dan met afsluitcode 1.",
        };
        var command = new Command("fmt", "Maak toetsen en toepassingen in normbestanden op volgens de vaste opmaak (alleen die waarden veranderen).");
        command.Arguments.Add(paths);
        command.Options.Add(check);
        command.SetAction(parse =>
        {
            var given = parse.GetValue(paths) is { Length: > 0 } list ? list : ["norms"];
            var files = new List<string>();
            foreach (var path in given)
            {
                if (Directory.Exists(path))
                {
                    files.AddRange(Directory.EnumerateFiles(path, "*" + NormModelLoader.NormSuffix, SearchOption.AllDirectories)
                        .Select(f => Path.Combine(path, Path.GetRelativePath(path, f)).Replace('\\', '/'))
                        .OrderBy(f => f, StringComparer.Ordinal));
                }
                else if (File.Exists(path))
                {
                    files.Add(path.Replace('\\', '/'));
                }
                else
                {
                    DiagnosticPrinter.PrintNotFound(stderr, path);
                    return ExitCodes.Usage;
                }
            }

            var checkOnly = parse.GetValue(check);
            var exit = ExitCodes.Ok;
            var changed = new List<string>();
            foreach (var path in files.Distinct(StringComparer.Ordinal))
            {
                var diagnostics = new DiagnosticBag();
                var bytes = File.ReadAllBytes(path);
                var hasBom = bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]);
                var file = bytes.Length > YamlLimits.Default.MaxFileBytes ? null : SourceFileReader.Decode(path, bytes, diagnostics);
                if (file is null)
                {
                    DiagnosticPrinter.PrintText(stderr, diagnostics.Items);
                    if (bytes.Length > YamlLimits.Default.MaxFileBytes)
                    {
                        stderr.WriteLine($"{path}(1,1): error IGJ1006: Het bestand is {bytes.Length} bytes; het maximum is {YamlLimits.Default.MaxFileBytes} bytes.");
                    }

                    exit = ExitCodes.Findings;
                    continue;
                }

                var result = NormFileFormatter.Format(file);
                DiagnosticPrinter.PrintText(stderr, result.Diagnostics);
                if (result.Diagnostics.Any(d => d.IsError))
                {
                    exit = ExitCodes.Findings;
                }

                if (!result.Changed)
                {
                    continue;
                }

                changed.Add(path);
                if (checkOnly)
                {
                    stdout.WriteLine(path);
                }
                else
                {
                    var content = new System.Text.UTF8Encoding(false).GetBytes(result.Text);
                    AtomicFile.WriteAllBytes(path, hasBom ? [0xEF, 0xBB, 0xBF, .. content] : content);
                    stdout.WriteLine($"opgemaakt: {path}");
                }
            }

            var total = files.Distinct(StringComparer.Ordinal).Count();
            if (checkOnly)
            {
                stdout.WriteLine(changed.Count == 0
                    ? $"{total} {Bestanden(total)} volgens de vaste opmaak."
                    : $"{changed.Count} van {total} {Bestanden(total)} niet volgens de vaste opmaak; 'igjnormen fmt {string.Join(' ', given)}' maakt ze op.");
                return changed.Count > 0 ? ExitCodes.Findings : exit;
            }

            stdout.WriteLine($"{total} {Bestanden(total)} bekeken, {changed.Count} opgemaakt.");
            return exit;
        });
        return command;
    }

    private static string Bestanden(int count) => count == 1 ? "bestand" : "bestanden";
}
