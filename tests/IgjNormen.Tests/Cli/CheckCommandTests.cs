using System.Text.Json;
using IgjNormen.Tests.Support;
using Xunit;
using static IgjNormen.Tests.Cli.CliAssert;

namespace IgjNormen.Tests.Cli;

public class CheckCommandTests
{
    [Fact]
    public void Shipped_norms_pass_with_a_summary_line()
    {
        var run = CliRunner.Run("check", "norms");

        Assert.Equal(0, run.Exit);
        Assert.Equal(string.Empty, run.Err);
        var last = Lines(run.Out)[^1];
        Assert.Matches(@"^\d+ normen, \d+ begrippen, \d+ kaders? gecontroleerd: 0 fouten, \d+ waarschuwing(en)?\.$", last);
        Assert.All(Lines(run.Out)[..^1], line => Assert.Matches(DiagnosticLine(), line));
        NoCrash(run);
    }

    [Fact]
    public void Without_a_folder_check_reads_norms()
    {
        Assert.Equal(CliRunner.Run("check", "norms"), CliRunner.Run("check"));
    }

    [Fact]
    public void Broken_folder_exits_1_with_diagnostics_in_the_documented_format()
    {
        var run = CliRunner.Run("check", BrokenNorms);

        Assert.Equal(1, run.Exit);
        Assert.Equal(string.Empty, run.Err);
        var lines = Lines(run.Out);
        Assert.Equal("2 normen, 3 begrippen, 1 kader gecontroleerd: 7 fouten, 2 waarschuwingen.", lines[^1]);
        var diagnostics = lines[..^1].Select(line => DiagnosticLine().Match(line)).ToList();
        Assert.All(diagnostics, m => Assert.True(m.Success, m.Value));
        Assert.All(diagnostics, m => Assert.StartsWith(BrokenNorms + "/", m.Groups["pad"].Value, StringComparison.Ordinal));
        Assert.Equal(
            ["IGJ1101", "IGJ1301", "IGJ1302", "IGJ1402", "IGJ1404", "IGJ1409", "IGJ1411", "IGJ1502", "IGJ1507"],
            diagnostics.Select(m => m.Groups["code"].Value).Order(StringComparer.Ordinal));
        Assert.Contains($"{BrokenNorms}/wkkgz/wkkgz.klachtenregeling.norm.yaml(6,1): error IGJ1101: Onbekende sleutel 'toelichtng'. Bedoelde u 'toelichting'?", lines);
        Assert.Contains($"{BrokenNorms}/wkkgz/wkkgz.klachtenregeling.norm.yaml(13,16): error IGJ1301: Onbekend feit 'klachten.regeling_aanwezg'. Bedoelde u 'klachten.regeling_aanwezig'?", lines);
        NoCrash(run);
    }

    [Fact]
    public void Json_has_the_documented_fields()
    {
        var run = CliRunner.Run("check", BrokenNorms, "--format", "json");

        Assert.Equal(1, run.Exit);
        using var json = JsonDocument.Parse(run.Out);
        var root = json.RootElement;
        Assert.Equal(["fouten", "waarschuwingen", "bestanden", "diagnostieken"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal(7, root.GetProperty("fouten").GetInt32());
        Assert.Equal(2, root.GetProperty("waarschuwingen").GetInt32());
        Assert.Equal(4, root.GetProperty("bestanden").GetInt32());
        var diagnostics = root.GetProperty("diagnostieken").EnumerateArray().ToList();
        Assert.Equal(9, diagnostics.Count);
        foreach (var d in diagnostics)
        {
            Assert.Equal(["code", "ernst", "bericht", "bestand", "regel", "kolom", "eind_regel", "eind_kolom"], d.EnumerateObject().Select(p => p.Name));
            Assert.Matches(@"^IGJ1\d{3}$", d.GetProperty("code").GetString());
            Assert.Contains(d.GetProperty("ernst").GetString(), new[] { "fout", "waarschuwing" });
            Assert.StartsWith(BrokenNorms + "/", d.GetProperty("bestand").GetString(), StringComparison.Ordinal);
            Assert.True(d.GetProperty("regel").GetInt32() >= 1);
            Assert.True(d.GetProperty("kolom").GetInt32() >= 1);
            Assert.True(d.GetProperty("eind_regel").GetInt32() >= d.GetProperty("regel").GetInt32());
        }

        // The same diagnostics as the text form, in the same order.
        var text = Lines(CliRunner.Run("check", BrokenNorms).Out)[..^1];
        Assert.Equal(
            text,
            diagnostics.Select(d => $"{d.GetProperty("bestand").GetString()}({d.GetProperty("regel").GetInt32()},{d.GetProperty("kolom").GetInt32()}): {(d.GetProperty("ernst").GetString() == "fout" ? "error" : "warning")} {d.GetProperty("code").GetString()}: {d.GetProperty("bericht").GetString()}"));
    }

    [Fact]
    public void Json_on_shipped_norms_has_no_errors()
    {
        var run = CliRunner.Run("check", "norms", "--format", "json");

        Assert.Equal(0, run.Exit);
        using var json = JsonDocument.Parse(run.Out);
        Assert.Equal(0, json.RootElement.GetProperty("fouten").GetInt32());
        Assert.Equal(
            Directory.EnumerateFiles(RepositoryRoot.Combine("norms"), "*.yaml", SearchOption.AllDirectories).Count(),
            json.RootElement.GetProperty("bestanden").GetInt32());
    }

    [Fact]
    public void Missing_folder_exits_2_with_a_positioned_diagnostic()
    {
        var run = CliRunner.Run("check", "bestaat-niet");

        Assert.Equal(2, run.Exit);
        Assert.Equal("bestaat-niet(1,1): error IGJ1012: Bestand of map niet gevonden: bestaat-niet\n", run.Err);
        Assert.Equal(string.Empty, run.Out);
    }
}
