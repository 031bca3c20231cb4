using System.Text.Json;
using IgjNormen.Tests.Changes;
using IgjNormen.Tests.Support;
using Xunit;

namespace IgjNormen.Tests.Cli;

/// <summary><c>igjnormen diff &lt;basis&gt; &lt;nieuw&gt;</c> on folders and on git revisions.</summary>
public sealed class DiffCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("igj-diff-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string State(string name, string regeling)
    {
        var folder = Path.Combine(_folder, name);
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "klachten.begrippen.yaml"), NormTexts.Begrippen);
        File.WriteAllText(Path.Combine(folder, "test.regeling.norm.yaml"), regeling);
        return folder;
    }

    [Fact]
    public void Markdown_overview_names_law_and_article_and_lists_the_flips()
    {
        var basis = State("oud", NormTexts.Regeling);
        var nieuw = State("nieuw", ImpactReplayTests.WithNewVersion);
        var bevindingen = Path.Combine(_folder, "bevindingen");
        Directory.CreateDirectory(bevindingen);
        File.WriteAllText(Path.Combine(bevindingen, "a.yaml"), "aanbieder: { naam: Zorggroep A }\nbezoek: { datum: 2025-06-01 }\nfeiten:\n  klachten: { regeling_aanwezig: ja, regeling_bekendgemaakt: ja, functionaris_beschikbaar: nee }\n");

        var run = CliRunner.Run("diff", basis, nieuw, "--bevindingen", bevindingen, "--format", "markdown");
        Assert.Equal(0, run.Exit);
        var md = run.Out;
        Assert.StartsWith("<!-- igjnormen-wijzigingsoverzicht -->\n## Wijzigingsoverzicht normen\n", md, StringComparison.Ordinal);
        Assert.Contains("#### Nieuwe versie: `test.regeling` — Klachtenregeling", md, StringComparison.Ordinal);
        Assert.Contains("**Bron:** Wkkgz art. 13 lid 1", md, StringComparison.Ordinal);
        Assert.Contains("- **Nieuwe versie vanaf 2025-01-01, zonder einddatum (concept).**", md, StringComparison.Ordinal);
        Assert.Contains("    - was: `klachten.regeling_bekendgemaakt`\n    - wordt: `klachten.regeling_bekendgemaakt en klachten.functionaris_beschikbaar`", md, StringComparison.Ordinal);
        Assert.Contains("### Gevolgen voor eerdere bezoeken", md, StringComparison.Ordinal);
        Assert.Contains("| voldoet | **voldoet grotendeels** | Andere versie: versie vanaf 2016-01-01 → versie vanaf 2025-01-01.<br>Criterium 'bekendgemaakt': voldaan → niet voldaan. |", md, StringComparison.Ordinal);
        Assert.DoesNotContain("[!CAUTION]", md, StringComparison.Ordinal);
    }

    [Fact]
    public void An_edit_of_a_vastgestelde_version_fails_with_exit_code_1_in_every_format()
    {
        var basis = State("oud", NormTexts.Regeling);
        var nieuw = State("nieuw", NormTexts.Regeling.Replace("toets: klachten.regeling_bekendgemaakt", "toets: niet klachten.regeling_bekendgemaakt", StringComparison.Ordinal));

        var text = CliRunner.Run("diff", basis, nieuw);
        Assert.Equal(1, text.Exit);
        Assert.Matches(@"test\.regeling\.norm\.yaml\(15,16\): error IGJ1901: De vastgestelde versie vanaf 2016-01-01 van 'test\.regeling' is gewijzigd", text.Out);
        Assert.Contains("NIET TOEGESTAAN: De toets van criterium 'bekendgemaakt' is gewijzigd.", text.Out, StringComparison.Ordinal);

        var markdown = CliRunner.Run("diff", basis, nieuw, "--format", "markdown");
        Assert.Equal(1, markdown.Exit);
        Assert.Contains("> [!CAUTION]", markdown.Out, StringComparison.Ordinal);
        Assert.Contains("error IGJ1901", markdown.Err, StringComparison.Ordinal);

        var json = CliRunner.Run("diff", basis, nieuw, "--format", "json");
        Assert.Equal(1, json.Exit);
        using var document = JsonDocument.Parse(json.Out);
        var root = document.RootElement;
        Assert.Equal(1, root.GetProperty("samenvatting").GetProperty("fouten").GetInt32());
        var change = root.GetProperty("wijzigingen")[0];
        Assert.Equal(("norm", "test.regeling", "gewijzigd"), (change.GetProperty("soort").GetString(), change.GetProperty("id").GetString(), change.GetProperty("wijziging").GetString()));
        Assert.True(change.GetProperty("raakt_vastgestelde_versie").GetBoolean());
        Assert.Equal("IGJ1901", root.GetProperty("diagnostieken")[0].GetProperty("code").GetString());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("impact").ValueKind);
    }

    [Fact]
    public void Git_revisions_with_repo_and_output_to_a_file()
    {
        using var repo = new TempGitRepo();
        repo.Write("norms/klachten.begrippen.yaml", NormTexts.Begrippen);
        repo.Write("norms/test.regeling.norm.yaml", NormTexts.Regeling);
        repo.Commit("eerste");
        repo.Write("norms/test.regeling.norm.yaml", ImpactReplayTests.WithNewVersion);
        repo.Commit("nieuwe versie");
        var output = Path.Combine(_folder, "overzicht.md");

        var run = CliRunner.Run("diff", "HEAD~1", "HEAD", "--repo", repo.Root, "--format", "markdown", "--uitvoer", output);
        Assert.Equal(0, run.Exit);
        Assert.Equal($"Wijzigingsoverzicht (normen: 1 nieuwe versie) geschreven naar {output}.\n", run.Out);
        Assert.Contains("Vergeleken: `HEAD~1 (", File.ReadAllText(output), StringComparison.Ordinal);

        // The same comparison twice gives the same bytes.
        Assert.Equal(CliRunner.Run("diff", "HEAD~1", "HEAD", "--repo", repo.Root, "--format", "json").Out, CliRunner.Run("diff", "HEAD~1", "HEAD", "--repo", repo.Root, "--format", "json").Out);
    }

    [Fact]
    public void In_a_repository_with_one_commit_HEAD_1_is_a_usage_error()
    {
        using var repo = new TempGitRepo();
        repo.Write("norms/klachten.begrippen.yaml", NormTexts.Begrippen);
        repo.Commit("enige");
        var run = CliRunner.Run("diff", "HEAD~1", "HEAD", "--repo", repo.Root);
        Assert.Equal(2, run.Exit);
        Assert.Contains("error IGJ1921: 'HEAD~1' is geen map en geen git-revisie", run.Err, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Out);
    }

    [Fact]
    public void A_formatting_commit_has_no_changes()
    {
        var basis = State("oud", NormTexts.Regeling);
        var nieuw = State("nieuw", NormTexts.Regeling.Replace("toets: klachten.regeling_aanwezig", "toets: '(klachten.regeling_aanwezig)'", StringComparison.Ordinal));
        var run = CliRunner.Run("diff", basis, nieuw);
        Assert.Equal(0, run.Exit);
        Assert.EndsWith("Geen inhoudelijke wijzigingen.\n", run.Out, StringComparison.Ordinal);
    }
}
