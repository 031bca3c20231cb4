using System.CommandLine;
using IgjNormen.Cli.Output;
using IgjNormen.Diagnostics;
using IgjNormen.Evaluation;
using IgjNormen.Findings;
using IgjNormen.Loading;
using IgjNormen.Rendering;
using IgjNormen.Results;

namespace IgjNormen.Cli.Commands;

/// <summary><c>igjnormen eval &lt;bevindingen&gt;</c>: judge bevindingen against the norms.</summary>
internal static class EvalCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var files = new Argument<string[]>("bevindingen")
        {
            Description = "Een of meer bestanden met bevindingen (YAML of JSON), of mappen met zulke bestanden.",
            Arity = ArgumentArity.OneOrMore,
        };
        CommonOptions.RejectUnknownOptions(files);
        var norms = new Option<string>("--normen")
        {
            Description = "De normenmap (standaard: norms).",
            DefaultValueFactory = _ => "norms",
        };
        var kader = new Option<string?>("--kader") { Description = "Het kader om toe te passen (standaard: bezoek.kader uit de bevindingen)." };
        var peildatum = CommonOptions.Peildatum();
        var format = CommonOptions.Format("text", "json", "markdown", "html", "jsonl", "samenvatting");
        var command = new Command("eval", "Beoordeel bevindingen tegen de normen: een oordeel per norm, met de redenen.");
        command.Arguments.Add(files);
        command.Options.Add(norms);
        command.Options.Add(kader);
        command.Options.Add(peildatum);
        command.Options.Add(format);
        command.SetAction(parse =>
        {
            var folder = parse.GetValue(norms)!;
            if (parse.GetValue(format) == "html" && parse.GetValue(files)!.Length > 1)
            {
                stderr.WriteLine("Ongeldige aanroep: --format html maakt één pagina per bezoek; geef één bestand met bevindingen.");
                return ExitCodes.Usage;
            }

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

            var evaluator = new Evaluator(loaded.Model);
            var options = new EvaluationOptions { KaderId = parse.GetValue(kader), Peildatum = parse.GetValue(peildatum) };
            var exit = ExitCodes.Ok;
            var inputs = BulkEval.ExpandInputs(parse.GetValue(files)!, stderr, ref exit);
            if (parse.GetValue(format) == "html" && inputs.Count > 1)
            {
                stderr.WriteLine("Ongeldige aanroep: --format html maakt één pagina per bezoek; geef één bestand met bevindingen.");
                return ExitCodes.Usage;
            }

            if (BulkEval.Handles(parse.GetValue(format)))
            {
                return Math.Max(exit, BulkEval.Run(inputs, loaded.Model, evaluator, options, parse.GetValue(format)!, stdout, stderr));
            }

            var results = new List<EvaluationResult>();
            foreach (var path in inputs)
            {
                var diagnostics = new DiagnosticBag();
                if (!File.Exists(path))
                {
                    DiagnosticPrinter.PrintNotFound(stderr, path);
                    exit = ExitCodes.Usage;
                    continue;
                }

                var bevindingen = BevindingenReader.ReadFile(path, loaded.Model, diagnostics);
                DiagnosticPrinter.PrintText(stderr, diagnostics.Items);
                if (bevindingen is null)
                {
                    exit = Math.Max(exit, ExitCodes.For(diagnostics.Items));
                    continue;
                }

                var result = evaluator.Evaluate(bevindingen, options);
                if (result.HasErrors)
                {
                    DiagnosticPrinter.PrintText(stderr, result.Diagnostics);
                    exit = Math.Max(exit, ExitCodes.Findings);
                    continue;
                }

                results.Add(result);
            }

            switch (parse.GetValue(format))
            {
                case "json" when results.Count == 1:
                    stdout.WriteLine(ResultJson.Serialize(results[0]));
                    break;
                case "json" when results.Count == 0:
                    stdout.WriteLine("[]");
                    break;
                case "json":
                    stdout.WriteLine("[");
                    stdout.WriteLine(string.Join(",\n", results.Select(r => ResultJson.Serialize(r))));
                    stdout.WriteLine("]");
                    break;
                case "markdown" or "html":
                    var diagnostics = new DiagnosticBag();
                    var documentFormat = parse.GetValue(format) == "html" ? DocumentFormat.Html : DocumentFormat.Markdown;
                    var renderer = DocumentRenderer.Create(loaded.Model, new RenderOptions { Format = documentFormat }, diagnostics)!;
                    foreach (var result in results)
                    {
                        var report = renderer.RenderReport(result);
                        DiagnosticPrinter.PrintText(stderr, report.Diagnostics);
                        if (report.HasErrors)
                        {
                            exit = Math.Max(exit, ExitCodes.Findings);
                            continue;
                        }

                        if (!ReferenceEquals(result, results[0]))
                        {
                            stdout.WriteLine();
                        }

                        stdout.Write(report.Files[0].Content);
                    }

                    break;
                default:
                    foreach (var result in results)
                    {
                        TextReport.Write(stdout, result);
                    }

                    break;
            }

            return exit;
        });
        return command;
    }
}
