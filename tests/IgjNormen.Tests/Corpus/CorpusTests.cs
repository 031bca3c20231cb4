using IgjNormen.Citations;
using IgjNormen.Diagnostics;
using IgjNormen.Loading;
using IgjNormen.Model;
using IgjNormen.Tests.Support;
using Xunit;

namespace IgjNormen.Tests.Corpus;

/// <summary>The shipped corpus as a reviewer would check it: cited, dated, exemplified, covered.</summary>
public class CorpusTests
{
    private static readonly Lazy<NormModel> Model = new(() =>
    {
        var loaded = NormModelLoader.LoadFolder(RepositoryRoot.Combine("norms"));
        Assert.DoesNotContain(loaded.Diagnostics, d => d.IsError);
        return loaded.Model;
    });

    /// <summary>The consolidated law texts beside the project (../shared/wetten), as in CI.</summary>
    internal static string LawFolder
    {
        get
        {
            var folder = Path.GetFullPath(Path.Combine(RepositoryRoot.Path, "..", "shared", "wetten"));
            Assert.True(Directory.Exists(folder), $"De map met wetteksten ontbreekt: {folder} (../shared/wetten naast het project).");
            return folder;
        }
    }

    [Fact]
    public void Every_citation_exists_in_the_law_text()
    {
        var corpus = LawCorpus.Load(LawFolder, new DiagnosticBag());
        Assert.Equal(5, corpus.Laws.Count);
        var errors = CitationChecker.Check(Model.Value, corpus).Where(d => d.IsError).Select(d => d.ToString());
        Assert.Empty(errors);
    }

    [Fact]
    public void Every_wettelijke_norm_cites_a_law_article_with_bwb_id_and_juriconnect()
    {
        foreach (var norm in Model.Value.Norms.Where(n => n.Soort == NormSoort.Wettelijk))
        {
            Assert.True(norm.Bronnen.Count > 0, norm.Id);
            Assert.All(norm.Bronnen, b =>
            {
                Assert.Matches("^BWBR[0-9]{7}$", b.Bwb);
                Assert.False(string.IsNullOrWhiteSpace(b.Artikel), norm.Id);
                Assert.StartsWith("jci1.3:c:" + b.Bwb + "&artikel=", b.Juriconnect());
            });
        }
    }

    [Fact]
    public void Every_veldnorm_names_its_document_and_owner()
    {
        foreach (var norm in Model.Value.Norms.Where(n => n.Soort == NormSoort.Veldnorm))
        {
            Assert.All(norm.Bronnen, b =>
            {
                Assert.False(string.IsNullOrWhiteSpace(b.Document), norm.Id);
                Assert.False(string.IsNullOrWhiteSpace(b.Eigenaar), norm.Id);
            });
        }
    }

    [Fact]
    public void Every_norm_has_a_voorbeeld_that_voldoet_and_one_that_does_not()
    {
        foreach (var norm in Model.Value.Norms)
        {
            Assert.True(norm.Voorbeelden.Count >= 2, $"{norm.Id}: {norm.Voorbeelden.Count} voorbeelden");
            Assert.Contains(norm.Voorbeelden, v => v.Verwacht == Oordeel.Voldoet);
            Assert.Contains(norm.Voorbeelden, v => v.Verwacht is Oordeel.VoldoetNiet or Oordeel.VoldoetGrotendeelsNiet or Oordeel.VoldoetGrotendeels);
        }
    }

    [Fact]
    public void Every_version_change_has_voorbeelden_on_both_sides_of_the_date()
    {
        foreach (var norm in Model.Value.Norms)
        {
            foreach (var version in norm.Versies.Skip(1))
            {
                var day = version.GeldigVanaf;
                Assert.True(norm.Voorbeelden.Any(v => v.Peildatum == day), $"{norm.Id}: geen voorbeeld op {day:yyyy-MM-dd}");
                Assert.True(norm.Voorbeelden.Any(v => v.Peildatum < day && v.Peildatum >= day.AddDays(-31)), $"{norm.Id}: geen voorbeeld vlak voor {day:yyyy-MM-dd}");
            }
        }
    }

    [Fact]
    public void Every_kader_has_an_inleiding_and_themas_and_every_norm_is_in_a_kader()
    {
        var inKader = new HashSet<string>();
        foreach (var kader in Model.Value.Kaders)
        {
            Assert.False(string.IsNullOrWhiteSpace(kader.Inleiding), kader.Id);
            Assert.NotEmpty(kader.Themas);
            inKader.UnionWith(kader.Norms.Select(n => n.Id));
        }

        Assert.DoesNotContain(Model.Value.Norms.Select(n => n.Id), id => !inKader.Contains(id));
    }

    [Fact]
    public void The_samples_exercise_every_kader()
    {
        var kaders = Directory.EnumerateFiles(RepositoryRoot.Combine("samples", "bevindingen"), "*.yaml")
            .Select(path => BevindingenTestReader.Read(path, Model.Value).KaderId)
            .ToHashSet();
        Assert.DoesNotContain(Model.Value.Kaders.Select(k => k.Id), id => !kaders.Contains(id));
    }

    [Fact]
    public void Every_provider_duty_of_the_regelingen_has_a_norm()
    {
        var report = IgjNormen.Coverage.CoverageCalculator.Compute(Model.Value);
        Assert.True(report.DutiesTotal >= 50);
        Assert.Empty(report.Laws.SelectMany(l => l.Uncovered.Select(u => $"{l.Afkorting} {u.Label}")));
    }

    [Fact]
    public void Docs_dekking_md_is_current()
    {
        var run = CliRunner.Run("coverage", "norms", "--wetten", LawFolder, "--format", "markdown");
        Assert.Equal(0, run.Exit);
        var committed = File.ReadAllText(RepositoryRoot.Combine("docs", "dekking.md")).ReplaceLineEndings("\n");
        Assert.True(
            committed == run.Out,
            "docs/dekking.md is verouderd; maak het opnieuw met: dotnet run --project src/IgjNormen.Cli -- coverage norms --wetten ../shared/wetten --format markdown > docs/dekking.md");
    }
}

internal static class BevindingenTestReader
{
    public static IgjNormen.Findings.Bevindingen Read(string path, NormModel model)
    {
        var diagnostics = new DiagnosticBag();
        var bevindingen = IgjNormen.Findings.BevindingenReader.ReadFile(path, model, diagnostics);
        Assert.True(bevindingen is not null, string.Join("\n", diagnostics.Items));
        return bevindingen!;
    }
}
