using IgjNormen.Changes;
using IgjNormen.Tests.Support;
using Xunit;

namespace IgjNormen.Tests.Changes;

/// <summary>The rules for vastgestelde versies, on in-memory states of the norms.</summary>
public class ModelDiffTests
{
    private static NormSnapshot State(string label, string regeling, string? functionaris = null)
    {
        var files = new List<(string, string)>
        {
            ("norms/klachten.begrippen.yaml", NormTexts.Begrippen),
            ("norms/test.regeling.norm.yaml", regeling),
        };
        if (functionaris is not null)
        {
            files.Add(("norms/test.functionaris.norm.yaml", functionaris));
        }

        var loaded = TestModel.Load([.. files]);
        Assert.False(loaded.HasErrors, string.Join("\n", loaded.Diagnostics));
        return NormSnapshot.FromModel(label, loaded);
    }

    private static ChangeSet Diff(string before, string after) => ModelDiff.Compare(State("oud", before), State("nieuw", after));

    private static string TwoVersions(string firstExtra = "") => NormTexts.Regeling.Replace("voorbeelden:", $"""
          - geldig_vanaf: 2025-01-01
            status: vastgesteld
            criteria:
              - id: aanwezig
                tekst: Er is een schriftelijke klachtenregeling.
                toets: klachten.regeling_aanwezig
        voorbeelden:
        """, StringComparison.Ordinal).Replace("  - geldig_vanaf: 2016-01-01\n", $"  - geldig_vanaf: 2016-01-01\n{firstExtra}", StringComparison.Ordinal);

    [Fact]
    public void Ending_the_last_open_version_with_geldig_tot_is_allowed()
    {
        var changes = Diff(NormTexts.Regeling, NormTexts.Regeling.Replace("    status: vastgesteld", "    geldig_tot: 2026-01-01\n    status: vastgesteld", StringComparison.Ordinal));
        Assert.Empty(changes.Diagnostics);
        var detail = Assert.Single(Assert.Single(changes.Changes).Details);
        Assert.Equal((ChangeKind.Vervallen, "geldig_tot", "2026-01-01"), (detail.Kind, detail.Onderdeel, detail.Nieuw));
    }

    [Fact]
    public void Moving_the_end_of_a_vastgestelde_version_that_another_follows_is_an_error()
    {
        var changes = Diff(TwoVersions(), TwoVersions("    geldig_tot: 2024-01-01\n"));
        Assert.Equal(["IGJ1901"], changes.Diagnostics.Select(d => d.Code));
    }

    [Fact]
    public void Writing_down_the_end_a_version_already_had_is_no_error()
    {
        var changes = Diff(TwoVersions(), TwoVersions("    geldig_tot: 2025-01-01\n"));
        Assert.Empty(changes.Diagnostics);
    }

    [Fact]
    public void Adopting_a_concept_is_allowed_and_going_back_to_concept_is_not()
    {
        var concept = NormTexts.Regeling.Replace("status: vastgesteld", "status: concept", StringComparison.Ordinal);
        Assert.Empty(Diff(concept, NormTexts.Regeling).Diagnostics);
        Assert.Equal(["IGJ1901"], Diff(NormTexts.Regeling, concept).Diagnostics.Select(d => d.Code));
    }

    [Fact]
    public void Removing_a_vastgestelde_version_or_the_whole_norm_is_an_error()
    {
        Assert.Equal(["IGJ1902"], Diff(TwoVersions(), NormTexts.Regeling).Diagnostics.Select(d => d.Code));

        var withNorm = State("oud", NormTexts.Regeling, NormTexts.Functionaris.Replace("status: concept", "status: vastgesteld", StringComparison.Ordinal));
        var without = State("nieuw", NormTexts.Regeling);
        var changes = ModelDiff.Compare(withNorm, without);
        Assert.Equal(["IGJ1902"], changes.Diagnostics.Select(d => d.Code));
        Assert.Equal(ChangeKind.Vervallen, changes.Changes.Single(c => c.Id == "test.functionaris").Kind);

        // A concept norm may go.
        Assert.Empty(ModelDiff.Compare(State("oud", NormTexts.Regeling, NormTexts.Functionaris), without).Diagnostics);
    }

    [Fact]
    public void A_norm_level_toepassing_or_oordeelregel_that_changes_a_vastgestelde_version_is_an_error()
    {
        var withToepassing = NormTexts.Regeling.Replace("versies:", "toepassing: aanbieder.soort = \"instelling\"\nversies:", StringComparison.Ordinal);
        var toepassing = Diff(NormTexts.Regeling, withToepassing);
        Assert.Equal(["IGJ1903"], toepassing.Diagnostics.Select(d => d.Code));
        Assert.Contains("De toepassing van 'test.regeling' is gewijzigd", toepassing.Diagnostics[0].Message, StringComparison.Ordinal);

        var streng = Diff(NormTexts.Regeling, NormTexts.Regeling.Replace("versies:", "oordeelregel: streng\nversies:", StringComparison.Ordinal));
        Assert.Equal(["IGJ1903"], streng.Diagnostics.Select(d => d.Code));

        // A version with its own toepassing is not affected by the norm's.
        var own = NormTexts.Regeling.Replace("    status: vastgesteld", "    status: vastgesteld\n    toepassing: aanbieder.soort is bekend", StringComparison.Ordinal);
        Assert.Empty(Diff(own, own.Replace("versies:", "toepassing: aanbieder.soort = \"instelling\"\nversies:", StringComparison.Ordinal)).Diagnostics);
    }

    [Fact]
    public void Titel_bron_toelichting_and_voorbeelden_may_change()
    {
        var after = NormTexts.Regeling
            .Replace("titel: Klachtenregeling", "titel: Schriftelijke klachtenregeling\ntoelichting: Uitleg.", StringComparison.Ordinal)
            .Replace("lid: \"1\"", "lid: \"2\"", StringComparison.Ordinal)
            .Replace("naam: geen regeling", "naam: zonder regeling", StringComparison.Ordinal);
        var changes = Diff(NormTexts.Regeling, after);
        Assert.Empty(changes.Diagnostics);
        var change = Assert.Single(changes.Changes);
        Assert.Equal(ChangeKind.Gewijzigd, change.Kind);
        Assert.Equal(["Wkkgz art. 13 lid 2"], change.Bronnen);
        Assert.Equal(
            ["titel", "bron", "toelichting", "voorbeeld", "voorbeeld"],
            change.Details.Select(d => d.Onderdeel));
    }

    [Fact]
    public void Criteria_in_another_order_and_a_toets_in_another_layout_are_no_change()
    {
        var reordered = NormTexts.Regeling.Replace("""
              - id: aanwezig
                tekst: Er is een schriftelijke klachtenregeling.
                toets: klachten.regeling_aanwezig
                kritiek: ja
              - id: bekendgemaakt
                tekst: De regeling is bekendgemaakt.
                toets: klachten.regeling_bekendgemaakt
        """, """
              - id: bekendgemaakt
                tekst: De regeling is bekendgemaakt.
                toets: "((klachten.regeling_bekendgemaakt))"
              - id: aanwezig
                tekst: >-
                  Er is een schriftelijke
                  klachtenregeling.
                toets: klachten.regeling_aanwezig
                kritiek: ja
        """, StringComparison.Ordinal);
        Assert.NotEqual(NormTexts.Regeling, reordered);
        Assert.Empty(Diff(NormTexts.Regeling, reordered).Changes);
    }

    [Fact]
    public void Every_edit_of_a_vastgestelde_version_gets_its_own_error()
    {
        var after = NormTexts.Regeling
            .Replace("tekst: De regeling is bekendgemaakt.", "tekst: De regeling is aan iedereen bekendgemaakt.", StringComparison.Ordinal)
            .Replace("\n        kritiek: ja", string.Empty, StringComparison.Ordinal);
        var changes = Diff(NormTexts.Regeling, after);
        Assert.Equal(["IGJ1901", "IGJ1901"], changes.Diagnostics.Select(d => d.Code));
        Assert.Contains(changes.Diagnostics, d => d.Message.Contains("niet meer kritiek", StringComparison.Ordinal));
        Assert.Contains(changes.Diagnostics, d => d.Message.Contains("tekst van criterium 'bekendgemaakt'", StringComparison.Ordinal));
    }
}
