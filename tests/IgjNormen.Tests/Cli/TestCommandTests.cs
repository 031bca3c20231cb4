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
    public void Errors_in_the_norms_are_listed_and_the_norms_with_errors_do_not_run()
    {
        var run = CliRunner.Run("test", BrokenNorms);

        Assert.Equal(1, run.Exit);
        var lines = Lines(run.Out);
        Assert.Matches(@"^\d+ passed, 0 failed, \d+ niet uitgevoerd$", lines[^1]);
        Assert.Contains("De normen bevatten 7 fouten, 0 waarschuwingen; los die op ('igjnormen check'). De voorbeelden van de normen zonder fouten zijn wel uitgevoerd.", lines);
        Assert.All(
            lines[..^1].Where(l => !l.StartsWith("De normen bevatten", StringComparison.Ordinal)),
            line => Assert.True(DiagnosticLine().IsMatch(line) || line.StartsWith("niet uitgevoerd: ", StringComparison.Ordinal) || line.StartsWith("niet gelezen: ", StringComparison.Ordinal), line));
    }

    [Fact]
    public void A_norm_with_an_error_is_left_out_and_so_is_a_norm_reading_its_oordeel_while_the_others_run()
    {
        using var dir = new TempDirectory();
        dir.Write(Inputs.BegrippenPath, TestModel.Begrippen);
        dir.Write(Inputs.NormPath, Inputs.NormText);
        dir.Write("norms/b.norm.yaml", Inputs.Replace(Inputs.NormWithToets("klachten.regeling_aanwezg"), "id: a\n", "id: b\n"));
        dir.Write("norms/c.norm.yaml", Inputs.Replace(Inputs.NormWithToets("oordeel(b) = voldoet en klachten.regeling_aanwezig"), "id: a\n", "id: c\n"));
        dir.Write("norms/d.norm.yaml", "id: d\ntitel: [kapot\n");
        var report = dir.Combine("junit.xml");

        var run = CliRunner.Run("test", dir.Combine("norms"), "--junit", report);

        Assert.Equal(1, run.Exit);
        var lines = Lines(run.Out);
        Assert.Equal("2 passed, 0 failed, 4 niet uitgevoerd", lines[^1]);
        Assert.Contains("niet uitgevoerd: b (2 voorbeelden): de norm heeft fouten", lines);
        Assert.Contains("niet uitgevoerd: c (2 voorbeelden): de norm leest het oordeel van 'b', die niet getest kan worden", lines);
        Assert.Contains(lines, l => l.StartsWith("niet gelezen: ", StringComparison.Ordinal) && l.Contains("d.norm.yaml: het bestand heeft fouten", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("b.norm.yaml(11,16): error IGJ1301: ", StringComparison.Ordinal));

        var xml = System.Xml.Linq.XDocument.Load(report).Root!;
        Assert.Equal(("7", "1", "4"), (xml.Attribute("tests")?.Value, xml.Attribute("failures")?.Value, xml.Attribute("errors")?.Value));
        Assert.Equal(["normen laden", "a", "b", "c"], xml.Elements("testsuite").Select(s => s.Attribute("name")?.Value));
        Assert.All(xml.Elements("testsuite").Skip(2).SelectMany(s => s.Elements("testcase")), c => Assert.StartsWith("Niet uitgevoerd: ", c.Element("error")?.Attribute("message")?.Value, StringComparison.Ordinal));
        NoCrash(run);
    }

    [Fact]
    public void Missing_folder_exits_2()
    {
        var run = CliRunner.Run("test", "bestaat-niet");

        Assert.Equal(2, run.Exit);
        Assert.Equal("bestaat-niet(1,1): error IGJ1012: Bestand of map niet gevonden: bestaat-niet\n", run.Err);
    }
}
