using System.Text.Json;
using IgjNormen.Comparison;
using IgjNormen.Diagnostics;
using IgjNormen.Evaluation;
using IgjNormen.Findings;
using IgjNormen.Loading;
using IgjNormen.Results;
using IgjNormen.Tests.Support;
using Xunit;
using static IgjNormen.Tests.Cli.CliAssert;

namespace IgjNormen.Tests.Cli;

/// <summary>
/// <c>igjnormen eval</c> on a folder of many bevindingen: one JSON line per file (<c>--format jsonl</c>) or a table per
/// kader (<c>--format samenvatting</c>), in the order of the files, evaluated on all cores. A broken file gets its coded
/// diagnostic; the others are still evaluated; the exit code is 1. No progress bar when the output is not a terminal.
/// </summary>
public class BulkEvalTests
{
    private const int Files = 300;

    /// <summary>A folder of generated bevindingen (aanbieder-000.yaml …), one broken YAML file and one with a wrong value.</summary>
    private static TempDirectory Folder()
    {
        var dir = new TempDirectory();
        var providers = Workload.Generate(Files, 11);
        for (var i = 0; i < providers.Count; i++)
        {
            dir.Write($"in/aanbieder-{i:D3}.yaml", Workload.ToYaml(providers[i], $"Aanbieder {i}"));
        }

        dir.Write("in/sub/kapot.yaml", "aanbieder:\n  naam: [Kapot\n");
        dir.Write("in/sub/verkeerd.yaml", "aanbieder: { naam: Verkeerd }\nbezoek: { datum: 2025-04-08, kader: klachten-en-incidenten }\nfeiten:\n  klachten:\n    regeling_schriftelijk: misschien\n");
        dir.Write("in/leesmij.txt", "geen bevindingen");
        return dir;
    }

    [Fact]
    public void Jsonl_gives_one_line_per_good_file_in_order_and_reports_the_broken_ones()
    {
        using var dir = Folder();

        var run = CliRunner.Run("eval", dir.Combine("in"), "--format", "jsonl");

        Assert.Equal(1, run.Exit);
        var lines = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(Files, lines.Length);
        var files = lines.Select(l =>
        {
            using var json = JsonDocument.Parse(l);
            return json.RootElement.GetProperty("bestand").GetString()!;
        }).ToList();
        Assert.Equal(files.Order(StringComparer.Ordinal), files);
        Assert.EndsWith("in/aanbieder-000.yaml", files[0], StringComparison.Ordinal);
        Assert.Matches(@"kapot\.yaml\(3,1\): error IGJ1001: ", run.Err);
        Assert.Matches(@"verkeerd\.yaml\(5,28\): error IGJ1502: 'misschien' is geen ja/nee", run.Err);
        Assert.DoesNotContain("\r", run.Err, StringComparison.Ordinal);
        NoCrash(run);

        // Each line is exactly the library's result for that file.
        var model = NormModelLoader.LoadFolder(RepositoryRoot.Combine("norms")).Model;
        var evaluator = new Evaluator(model);
        foreach (var i in new[] { 0, 17, Files - 1 })
        {
            var bevindingen = BevindingenReader.ReadFile(files[i], model, new DiagnosticBag())!;
            Assert.Equal(ResultJson.Serialize(evaluator.Evaluate(bevindingen), indented: false), lines[i]);
        }
    }

    [Fact]
    public void Samenvatting_counts_every_oordeel_per_norm_of_the_kader()
    {
        using var dir = Folder();

        var run = CliRunner.Run("eval", dir.Combine("in"), "--format", "samenvatting");

        Assert.Equal(1, run.Exit);
        Assert.StartsWith($"{Files} van {Files + 2} bestanden beoordeeld.\n", run.Out, StringComparison.Ordinal);
        Assert.Contains($"Klachten en incidenten (klachten-en-incidenten, versie 2025.1): {Files} aanbieders, ", run.Out, StringComparison.Ordinal);
        var rows = run.Out.Split('\n').Where(l => l.StartsWith("wkkgz.", StringComparison.Ordinal)).ToList();
        Assert.Equal(Workload.NormIds, rows.Select(r => r.Split(' ')[0]));
        Assert.All(rows, r => Assert.Equal(Files, r.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).Sum(int.Parse)));
        Assert.Matches(@"kapot\.yaml\(3,1\): error IGJ1001: ", run.Err);
        NoCrash(run);
    }

    [Fact]
    public void A_folder_and_files_can_be_mixed_in_the_other_formats_too()
    {
        var run = CliRunner.Run("eval", "samples/bevindingen", EvalCommandTests.Anker, "--format", "json");

        Assert.Equal(0, run.Exit);
        using var json = JsonDocument.Parse(run.Out);
        var files = json.RootElement.EnumerateArray().Select(r => r.GetProperty("bestand").GetString()).ToList();
        Assert.Equal(Directory.GetFiles(RepositoryRoot.Combine("samples", "bevindingen"), "*.yaml").Length + 1, files.Count);
        Assert.Equal("samples/bevindingen/ggz-instelling-de-horizon.yaml", files[0]);
        Assert.Equal(EvalCommandTests.Anker, files[^1]);
    }

    [Fact]
    public void A_missing_file_among_others_exits_2_and_the_rest_is_evaluated()
    {
        var run = CliRunner.Run("eval", EvalCommandTests.Linde, "samples/bevindingen/bestaat-niet.yaml", EvalCommandTests.Anker, "--format", "jsonl");

        Assert.Equal(2, run.Exit);
        Assert.Equal(2, run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Contains("samples/bevindingen/bestaat-niet.yaml(1,1): error IGJ1012: ", run.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_folder_exits_2_with_a_dutch_message()
    {
        using var dir = new TempDirectory();
        Directory.CreateDirectory(dir.Combine("leeg"));

        var run = CliRunner.Run("eval", dir.Combine("leeg"), "--format", "jsonl");

        Assert.Equal(2, run.Exit);
        Assert.Contains("bevat geen bevindingen (*.yaml, *.yml of *.json).", run.Err, StringComparison.Ordinal);
    }
}
