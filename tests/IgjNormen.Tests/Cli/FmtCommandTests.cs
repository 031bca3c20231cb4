using IgjNormen.Tests.Support;
using Xunit;

namespace IgjNormen.Tests.Cli;

/// <summary><c>igjnormen fmt [--check] [paden]</c>.</summary>
public sealed class FmtCommandTests : IDisposable
{
    private const string Messy = """
        id: rommel
        titel: Rommelig
        soort: wettelijk
        bron: { regeling: Wkkgz, bwb: BWBR0037173, artikel: "13" }
        versies:
          - geldig_vanaf: 2016-01-01   # eerste versie
            status: concept
            criteria:
              - id: a
                tekst: A.
                toets: klachten.regeling_aanwezig   EN  NIET klachten.regeling_bekendgemaakt
        """;

    private readonly string _folder = Directory.CreateTempSubdirectory("igj-fmt-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string WriteNorm(string name, string text, bool bom = false)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllBytes(path, [.. (bom ? new byte[] { 0xEF, 0xBB, 0xBF } : []), .. new System.Text.UTF8Encoding(false).GetBytes(text)]);
        return path;
    }

    [Fact]
    public void Check_names_the_files_that_would_change_and_writes_nothing()
    {
        var messy = WriteNorm("rommel.norm.yaml", Messy);
        WriteNorm("netjes.norm.yaml", Messy.Replace("klachten.regeling_aanwezig   EN  NIET", "klachten.regeling_aanwezig en niet", StringComparison.Ordinal).Replace("rommel", "netjes", StringComparison.Ordinal));
        var before = File.ReadAllText(messy);

        var run = CliRunner.Run("fmt", "--check", _folder);
        Assert.Equal(1, run.Exit);
        var lines = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.EndsWith("rommel.norm.yaml", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("1 van 2 bestanden niet volgens de vaste opmaak", lines[1], StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllText(messy));
    }

    [Fact]
    public void Fmt_rewrites_only_the_toets_keeps_the_byte_order_mark_and_then_check_passes()
    {
        var path = WriteNorm("rommel.norm.yaml", Messy, bom: true);

        var run = CliRunner.Run("fmt", path);
        Assert.Equal(0, run.Exit);
        Assert.Contains("opgemaakt: ", run.Out, StringComparison.Ordinal);
        var bytes = File.ReadAllBytes(path);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.Equal(
            Messy.Replace("klachten.regeling_aanwezig   EN  NIET", "klachten.regeling_aanwezig en niet", StringComparison.Ordinal),
            new System.Text.UTF8Encoding(false).GetString(bytes[3..]));
        Assert.Equal(["rommel.norm.yaml"], Directory.EnumerateFiles(_folder).Select(Path.GetFileName));

        var check = CliRunner.Run("fmt", "--check", path);
        Assert.Equal(0, check.Exit);
        Assert.Equal("1 bestand volgens de vaste opmaak.\n", check.Out);
    }

    [Fact]
    public void A_syntax_error_is_reported_in_the_usual_form_and_gives_exit_code_1()
    {
        var path = WriteNorm("fout.norm.yaml", Messy.Replace("EN  NIET klachten.regeling_bekendgemaakt", "EN", StringComparison.Ordinal));
        var run = CliRunner.Run("fmt", path);
        Assert.Equal(1, run.Exit);
        Assert.Matches(@"fout\.norm\.yaml\(11,\d+\): error IGJ1201: Onverwacht einde van de toets", run.Err);
    }

    [Fact]
    public void A_path_that_does_not_exist_is_a_usage_error()
    {
        var run = CliRunner.Run("fmt", Path.Combine(_folder, "bestaat-niet"));
        Assert.Equal(2, run.Exit);
        Assert.Contains("IGJ1012", run.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void The_shipped_norms_pass_the_check()
    {
        var run = CliRunner.Run("fmt", "--check", "norms");
        Assert.True(run.Exit == 0, run.Out + run.Err);
    }
}
