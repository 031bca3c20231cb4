using IgjNormen.Cli.Output;
using IgjNormen.Diagnostics;
using IgjNormen.Evaluation;
using IgjNormen.Findings;
using IgjNormen.Model;
using IgjNormen.Results;

namespace IgjNormen.Cli.Commands;

/// <summary>
/// <c>igjnormen eval</c> on many files: folders are expanded to the bevindingen in them, and with
/// <c>--format jsonl</c> or <c>--format samenvatting</c> the files are read and evaluated on all cores, a block at a
/// time, while the output keeps the order of the files. A broken file gets its coded diagnostic on stderr; the others
/// are still evaluated, and the exit code is 1. Kept apart from <see cref="EvalCommand"/> so that the one-file formats
/// stay simple.
/// </summary>
internal static class BulkEval
{
    /// <summary>The formats this class writes (the others are written by <see cref="EvalCommand"/>).</summary>
    public static bool Handles(string? format) => format is "jsonl" or "samenvatting";

    private static readonly string[] Extensions = [".yaml", ".yml", ".json"];

    /// <summary>How many files are read and evaluated together before their output is written, per core.</summary>
    private const int BlockPerCore = 64;

    /// <summary>
    /// The files named on the command line, with every folder replaced by the bevindingen files under it (*.yaml,
    /// *.yml, *.json, in ordinal order, shown relative to the folder as given). Other arguments stay as they are, so a
    /// missing file is reported where it is evaluated.
    /// </summary>
    public static IReadOnlyList<string> ExpandInputs(IEnumerable<string> arguments, TextWriter stderr, ref int exit)
    {
        var inputs = new List<string>();
        foreach (var argument in arguments)
        {
            if (!Directory.Exists(argument))
            {
                inputs.Add(argument);
                continue;
            }

            var files = Directory.EnumerateFiles(argument, "*", SearchOption.AllDirectories)
                .Where(f => Extensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
                .Select(f => Path.Combine(argument, Path.GetRelativePath(argument, f)).Replace('\\', '/'))
                .Order(StringComparer.Ordinal)
                .ToList();
            if (files.Count == 0)
            {
                stderr.WriteLine($"De map '{argument.Replace('\\', '/')}' bevat geen bevindingen (*.yaml, *.yml of *.json).");
                exit = Math.Max(exit, ExitCodes.Usage);
            }

            inputs.AddRange(files);
        }

        return inputs;
    }

    public static int Run(IReadOnlyList<string> inputs, NormModel model, Evaluator evaluator, EvaluationOptions options, string format, TextWriter stdout, TextWriter stderr)
    {
        var exit = ExitCodes.Ok;
        var summary = format == "samenvatting" ? new SummaryTable(evaluator) : null;
        var evaluationOptions = summary is null ? options : options with { Explain = false };
        using var progress = ProgressBar.Create(inputs.Count, stdout, stderr);
        var block = BlockPerCore * Environment.ProcessorCount;
        for (var start = 0; start < inputs.Count; start += block)
        {
            var outcomes = new Outcome[Math.Min(block, inputs.Count - start)];
            Parallel.For(0, outcomes.Length, i => outcomes[i] = Process(inputs[start + i], model, evaluator, evaluationOptions, summary is null));
            foreach (var outcome in outcomes)
            {
                exit = Math.Max(exit, outcome.Exit);
                if (outcome.Diagnostics.Count > 0)
                {
                    progress?.Clear();
                    DiagnosticPrinter.PrintText(stderr, outcome.Diagnostics);
                }

                if (outcome.Json is not null)
                {
                    stdout.Write(outcome.Json);
                    stdout.Write('\n');
                }

                if (outcome.Result is not null)
                {
                    summary?.Add(outcome.Result);
                }
            }

            progress?.Report(start + outcomes.Length);
        }

        progress?.Clear();
        summary?.Write(stdout, inputs.Count);
        return exit;
    }

    /// <summary>One file: what to print on stderr, the JSON line or the result for the summary, and the exit code.</summary>
    private sealed record Outcome(int Exit, IReadOnlyList<Diagnostic> Diagnostics, string? Json, EvaluationResult? Result);

    private static Outcome Process(string path, NormModel model, Evaluator evaluator, EvaluationOptions options, bool json)
    {
        if (!File.Exists(path))
        {
            var shown = path.Replace('\\', '/');
            var missing = Diagnostic.Create(DiagnosticCodes.Files.NotFound, new Text.SourceLocation(new Text.SourceFile(shown, string.Empty), default), shown);
            return new Outcome(ExitCodes.Usage, [missing], null, null);
        }

        var diagnostics = new DiagnosticBag();
        var bevindingen = BevindingenReader.ReadFile(path, model, diagnostics);
        if (bevindingen is null)
        {
            return new Outcome(ExitCodes.For(diagnostics.Items), diagnostics.Items, null, null);
        }

        var result = evaluator.Evaluate(bevindingen, options);
        if (result.HasErrors)
        {
            return new Outcome(ExitCodes.Findings, [.. diagnostics.Items, .. result.Diagnostics], null, null);
        }

        return json
            ? new Outcome(ExitCodes.Ok, diagnostics.Items, ResultJson.Serialize(result, indented: false), null)
            : new Outcome(ExitCodes.Ok, diagnostics.Items, null, result);
    }
}
