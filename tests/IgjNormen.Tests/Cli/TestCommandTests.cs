using IgjNormen.Tests.Diagnostics;
using IgjNormen.Tests.Support;
using Xunit;
using static IgjNormen.Tests.Cli.CliAssert;

namespace IgjNormen.Tests.Cli;

public class TestCommandTests
{
    [Fact]
    public void Shipped_voorbeelden_pass()
    {
        var run = CliRunner.Run("test", "norms");

        Assert.Equal(0, run.Exit);
        Assert.Equal(string.Empty, run.Err);
        var last = Lines(run.Out)[^1];
        var match = System.Text.RegularExpressions.Regex.Match(last, @"^(\d+) passed, 0 failed$");
        Assert.True(match.Success, last);
        Assert.True(int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) > 0);
    }

    [Fact]
    public void Uitgebreid_lists_the_passing_voorbeelden()
    {
        var run = CliRunner.Run("test", "norms", "--uitgebreid");

        Assert.Equal(0, run.Exit);
        var lines = Lines(run.Out);
        var passed = int.Parse(lines[^1].Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(passed, lines.Count(l => l.StartsWith("geslaagd: ", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_failing_voorbeeld_exits_1_and_is_reported_at_the_voorbeeld()
    {
        using var dir = new TempDirectory();
        dir.Write(Inputs.BegrippenPath, TestModel.Begrippen);
        dir.Write(Inputs.NormPath, Inputs.Replace(Inputs.NormText, "verwacht: voldoet\n", "verwacht: voldoet niet\n"));

        var run = CliRunner.Run("test", dir.Combine("norms"));

        Assert.Equal(1, run.Exit);
        var lines = Lines(run.Out);
        Assert.Equal("1 passed, 1 failed", lines[^1]);
        var failure = Assert.Single(lines[..^1]);
        Assert.Matches(DiagnosticLine(), failure);
        Assert.EndsWith("a.norm.yaml(13,5): error IGJ1601: Voorbeeld 'op orde': verwacht 'voldoet niet', maar het oordeel is 'voldoet'. Het criterium is voldaan.", failure, StringComparison.Ordinal);
        NoCrash(run);
    }

    [Fact]
    public void Errors_in_the_norms_stop_the_run()
    {
        var run = CliRunner.Run("test", BrokenNorms);

        Assert.Equal(1, run.Exit);
        var lines = Lines(run.Out);
        Assert.Equal("0 passed, 0 failed", lines[^1]);
        Assert.All(lines[..^2], line => Assert.Matches(DiagnosticLine(), line));
        Assert.Equal("De normen bevatten 7 fouten, 0 waarschuwingen; los die eerst op ('igjnormen check').", lines[^2]);
    }

    [Fact]
    public void Missing_folder_exits_2()
    {
        var run = CliRunner.Run("test", "bestaat-niet");

        Assert.Equal(2, run.Exit);
        Assert.Equal("bestaat-niet(1,1): error IGJ1012: Bestand of map niet gevonden: bestaat-niet\n", run.Err);
    }
}
