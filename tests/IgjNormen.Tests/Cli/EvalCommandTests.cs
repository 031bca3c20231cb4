using System.Text.Json;
using IgjNormen.Tests.Support;
using Xunit;
using static IgjNormen.Tests.Cli.CliAssert;

namespace IgjNormen.Tests.Cli;

public class EvalCommandTests
{
    public const string Anker = "samples/bevindingen/thuiszorg-het-anker.yaml";
    public const string Linde = "samples/bevindingen/zorggroep-de-linde.yaml";

    public static TheoryData<string, string> SamplesAndFormats()
    {
        var data = new TheoryData<string, string>();
        foreach (var sample in Directory.GetFiles(RepositoryRoot.Combine("samples", "bevindingen"), "*.yaml").Order(StringComparer.Ordinal))
        {
            foreach (var format in new[] { "text", "json", "markdown" })
            {
                data.Add("samples/bevindingen/" + Path.GetFileName(sample), format);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(SamplesAndFormats))]
    public void Every_sample_evaluates_in_every_format(string sample, string format)
    {
        var run = CliRunner.Run("eval", sample, "--format", format);

        Assert.Equal(0, run.Exit);
        Assert.Equal(string.Empty, run.Err);
        Assert.False(string.IsNullOrWhiteSpace(run.Out));
        switch (format)
        {
            case "json":
                using (var json = JsonDocument.Parse(run.Out))
                {
                    Assert.Equal(sample, json.RootElement.GetProperty("bestand").GetString());
                    Assert.NotEqual(0, json.RootElement.GetProperty("telling").GetProperty("totaal").GetInt32());
                }

                break;
            case "markdown":
                Assert.StartsWith("# Bezoekrapport ", run.Out, StringComparison.Ordinal);
                Assert.Contains("## Samenvatting", run.Out, StringComparison.Ordinal);
                break;
            default:
                Assert.Contains("Samenvatting: ", run.Out, StringComparison.Ordinal);
                Assert.Contains($" · {sample}\n", run.Out, StringComparison.Ordinal);
                break;
        }

        NoCrash(run);
        NoMachinePaths(run.Out);
    }

    [Fact]
    public void Two_files_give_a_json_array()
    {
        var run = CliRunner.Run("eval", Anker, Linde, "--format", "json");

        Assert.Equal(0, run.Exit);
        using var json = JsonDocument.Parse(run.Out);
        Assert.Equal([Anker, Linde], json.RootElement.EnumerateArray().Select(r => r.GetProperty("bestand").GetString()));
    }

    [Fact]
    public void Peildatum_option_overrides_the_visit_date()
    {
        var run = CliRunner.Run("eval", Linde, "--format", "json", "--peildatum", "2024-02-29");

        Assert.Equal(0, run.Exit);
        using var json = JsonDocument.Parse(run.Out);
        Assert.Equal("2024-02-29", json.RootElement.GetProperty("peildatum").GetString());
        Assert.Equal("2025-05-20", json.RootElement.GetProperty("bezoekdatum").GetString());
    }

    [Fact]
    public void Peildatum_before_any_version_gives_niet_van_kracht()
    {
        var run = CliRunner.Run("eval", Linde, "--format", "json", "--peildatum", "1990-01-01");

        Assert.Equal(0, run.Exit);
        using var json = JsonDocument.Parse(run.Out);
        var telling = json.RootElement.GetProperty("telling");
        Assert.Equal(telling.GetProperty("totaal").GetInt32(), telling.GetProperty("niet_van_kracht").GetInt32());
    }

    [Theory]
    [InlineData("2025-13-01")]
    [InlineData("2025-02-30")]
    [InlineData("20-05-2025")]
    [InlineData("gisteren")]
    public void Invalid_peildatum_exits_2_with_a_dutch_message(string value)
    {
        var run = CliRunner.Run("eval", Linde, "--peildatum", value);

        Assert.Equal(2, run.Exit);
        Assert.Equal(string.Empty, run.Out);
        Assert.Contains($"Ongeldige aanroep: '{value}' is geen datum; schrijf JJJJ-MM-DD.", run.Err, StringComparison.Ordinal);
        NoCrash(run);
    }

    [Fact]
    public void Kader_option_chooses_the_kader()
    {
        var run = CliRunner.Run("eval", Linde, "--format", "json", "--kader", "klachten-en-incidenten");

        Assert.Equal(0, run.Exit);
        using var json = JsonDocument.Parse(run.Out);
        Assert.Equal("klachten-en-incidenten", json.RootElement.GetProperty("kader").GetProperty("id").GetString());
        Assert.NotEqual(0, json.RootElement.GetProperty("themas").GetArrayLength());
    }

    [Fact]
    public void Unknown_kader_option_is_IGJ1505_with_exit_1()
    {
        var run = CliRunner.Run("eval", Linde, "--kader", "klachten-en-incidenten-2");

        Assert.Equal(1, run.Exit);
        Assert.Equal(string.Empty, run.Out);
        Assert.Equal($"{Linde}(1,1): error IGJ1505: Onbekend kader 'klachten-en-incidenten-2'. Bedoelde u 'klachten-en-incidenten'?\n", run.Err);
    }

    [Fact]
    public void Unknown_kader_in_the_file_is_IGJ1505_at_bezoek_kader()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("bevindingen.yaml", File.ReadAllText(RepositoryRoot.Combine(Linde)).Replace("kader: klachten-en-incidenten", "kader: klachten", StringComparison.Ordinal));

        var run = CliRunner.Run("eval", path, "--format", "json");

        Assert.Equal(1, run.Exit);
        Assert.Equal("[]\n", run.Out);
        Assert.Matches(@"bevindingen\.yaml\(7,10\): error IGJ1505: Onbekend kader 'klachten'\.", run.Err);
    }

    [Fact]
    public void Missing_bevindingen_file_exits_2()
    {
        var run = CliRunner.Run("eval", "samples/bevindingen/bestaat-niet.yaml");

        Assert.Equal(2, run.Exit);
        Assert.Equal("samples/bevindingen/bestaat-niet.yaml(1,1): error IGJ1012: Bestand of map niet gevonden: samples/bevindingen/bestaat-niet.yaml\n", run.Err);
    }

    [Fact]
    public void Missing_norms_folder_exits_2()
    {
        var run = CliRunner.Run("eval", Linde, "--normen", "bestaat-niet");

        Assert.Equal(2, run.Exit);
        Assert.Equal("bestaat-niet(1,1): error IGJ1012: Bestand of map niet gevonden: bestaat-niet\n", run.Err);
    }

    [Fact]
    public void Broken_norms_folder_exits_1_and_points_to_check()
    {
        var run = CliRunner.Run("eval", Linde, "--normen", BrokenNorms);

        Assert.Equal(1, run.Exit);
        Assert.Equal(string.Empty, run.Out);
        var lines = Lines(run.Err);
        Assert.All(lines[..^1], line => Assert.Matches(DiagnosticLine(), line));
        Assert.Equal($"De normen in '{BrokenNorms}' bevatten fouten; controleer ze met 'igjnormen check {BrokenNorms}'.", lines[^1]);
    }
}
