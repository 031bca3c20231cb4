using IgjNormen.Rendering;
using Snapshooter.Xunit;
using Xunit;

namespace IgjNormen.Tests.Rendering;

/// <summary>
/// The Markdown documents as a whole, pinned with Snapshooter (__snapshots__/). After an intended change, delete the
/// .snap file (or look at __snapshots__/__mismatch__/) and run the tests again to accept the new output.
/// </summary>
public class SnapshotTests
{
    [Fact]
    public void Kader_document_in_Markdown()
    {
        var site = RenderFixtures.Site(RenderFixtures.Norms, DocumentFormat.Markdown);
        Snapshot.Match(site["klachten-en-incidenten.md"]);
    }

    [Fact]
    public void Checklist_in_Markdown()
    {
        var site = RenderFixtures.Site(RenderFixtures.Norms, DocumentFormat.Markdown);
        Snapshot.Match(site["klachten-en-incidenten-checklist.md"]);
    }

    [Fact]
    public void Overview_in_Markdown()
    {
        var site = RenderFixtures.Site(RenderFixtures.Norms, DocumentFormat.Markdown);
        Snapshot.Match(site["index.md"]);
    }

    [Fact]
    public void Visit_report_with_override_missing_facts_and_shortfalls_in_Markdown()
    {
        Snapshot.Match(RenderFixtures.Report("thuiszorg-het-anker.yaml", DocumentFormat.Markdown));
    }

    [Fact]
    public void Visit_report_of_a_second_provider_in_Markdown()
    {
        Snapshot.Match(RenderFixtures.Report("zorggroep-de-linde.yaml", DocumentFormat.Markdown));
    }

    [Fact]
    public void An_earlier_peildatum_shows_the_version_in_force_then()
    {
        // wkkgz.klachtenfunctionaris has a version until 1 July 2023 and one from then on.
        var before = RenderFixtures.Site(RenderFixtures.Norms, DocumentFormat.Markdown, new DateOnly(2023, 1, 1))["klachten-en-incidenten.md"]!;
        var after = RenderFixtures.Site(RenderFixtures.Norms, DocumentFormat.Markdown, new DateOnly(2025, 1, 1))["klachten-en-incidenten.md"]!;
        Assert.Contains("**Peildatum:** 1 januari 2023", before, StringComparison.Ordinal);
        Assert.Contains("- **Versie:** van 1 januari 2016 tot 1 juli 2023 (vastgesteld)", before, StringComparison.Ordinal);
        Assert.Contains("- **Versie:** vanaf 1 juli 2023 (vastgesteld)", after, StringComparison.Ordinal);
        Assert.DoesNotContain("functionaris_licht_regeling_toe", Section(before, "### 2.2"), StringComparison.Ordinal);
        Assert.Contains("functionaris_licht_regeling_toe", Section(after, "### 2.2"), StringComparison.Ordinal);
    }

    private static string Section(string document, string heading)
    {
        var start = document.IndexOf(heading, StringComparison.Ordinal);
        var end = document.IndexOf("\n### ", start + 1, StringComparison.Ordinal);
        return document[start..(end < 0 ? document.Length : end)];
    }
}
