using IgjNormen.Changes;
using IgjNormen.Diagnostics;
using IgjNormen.Tests.Support;
using Xunit;

namespace IgjNormen.Tests.Changes;

/// <summary>diff across real commits in a temporary git repository.</summary>
public sealed class GitDiffTests : IDisposable
{
    private readonly TempGitRepo _repo = new();

    public void Dispose() => _repo.Dispose();

    private void FirstCommit()
    {
        _repo.Write("norms/begrippen/klachten.begrippen.yaml", NormTexts.Begrippen);
        _repo.Write("norms/test/test.regeling.norm.yaml", NormTexts.Regeling);
        _repo.Write("norms/test/test.functionaris.norm.yaml", NormTexts.Functionaris);
        _repo.Write("norms/kaders/klachten.kader.yaml", NormTexts.Kader("test.regeling", "test.functionaris"));
        _repo.Write("README.md", "buiten de normenmap\n");
        _repo.Commit("eerste stand");
    }

    private ChangeSet Diff(string basis, string nieuw, string map = "norms")
    {
        var bag = new DiagnosticBag();
        var before = NormSnapshot.Resolve(basis, _repo.Root, map, bag);
        var after = NormSnapshot.Resolve(nieuw, _repo.Root, map, bag);
        Assert.True(before is not null && after is not null, string.Join("\n", bag.Items));
        Assert.False(before!.Loaded.HasErrors, string.Join("\n", before.Loaded.Diagnostics));
        Assert.False(after!.Loaded.HasErrors, string.Join("\n", after.Loaded.Diagnostics));
        return ModelDiff.Compare(before, after);
    }

    [Fact]
    public void Added_changed_new_version_and_removed_norms_between_two_commits()
    {
        FirstCommit();
        _repo.Git("tag", "v1");

        // A new version of the adopted norm (allowed), a change to a concept norm (allowed), a new norm, a removed
        // concept norm, a new begrip and a kader that follows.
        _repo.Write("norms/test/test.regeling.norm.yaml", NormTexts.Regeling.Replace("voorbeelden:", """
              - geldig_vanaf: 2025-01-01
                status: concept
                wijziging: De regeling moet ook bekendgemaakt zijn aan de klachtenfunctionaris.
                criteria:
                  - id: aanwezig
                    tekst: Er is een schriftelijke klachtenregeling.
                    toets: klachten.regeling_aanwezig
                    kritiek: ja
                  - id: bekendgemaakt
                    tekst: De regeling is bekendgemaakt, ook aan de klachtenfunctionaris.
                    toets: klachten.regeling_bekendgemaakt en klachten.functionaris_beschikbaar
            voorbeelden:
            """, StringComparison.Ordinal));
        _repo.Delete("norms/test/test.functionaris.norm.yaml");
        _repo.Write("norms/test/test.digitaal.norm.yaml", NormTexts.Functionaris
            .Replace("test.functionaris", "test.digitaal", StringComparison.Ordinal)
            .Replace("klachten.functionaris_beschikbaar", "klachten.digitaal", StringComparison.Ordinal)
            .Replace("functionaris_beschikbaar:", "digitaal:", StringComparison.Ordinal)
            .Replace("Klachtenfunctionaris", "Digitale klachtenregeling", StringComparison.Ordinal));
        _repo.Write("norms/begrippen/klachten.begrippen.yaml", NormTexts.Begrippen + "\n  klachten.digitaal:\n    type: ja/nee\n    omschrijving: De regeling staat op de website.\n");
        _repo.Write("norms/kaders/klachten.kader.yaml", NormTexts.Kader("test.regeling", "test.digitaal"));
        _repo.Commit("tweede stand");

        var changes = Diff("HEAD~1", "HEAD");
        Assert.Empty(changes.Diagnostics);
        Assert.StartsWith("HEAD~1 (", changes.Basis, StringComparison.Ordinal);

        var norms = changes.Changes.Where(c => c.Subject == ChangeSubject.Norm).ToDictionary(c => c.Id, c => c.Kind);
        Assert.Equal(
            new Dictionary<string, ChangeKind>
            {
                ["test.digitaal"] = ChangeKind.Nieuw,
                ["test.functionaris"] = ChangeKind.Vervallen,
                ["test.regeling"] = ChangeKind.NieuweVersie,
            },
            norms);

        var regeling = changes.Changes.Single(c => c.Id == "test.regeling");
        Assert.Equal(["Wkkgz art. 13 lid 1"], regeling.Bronnen);
        var toets = Assert.Single(regeling.Details, d => d.Onderdeel == "toets");
        Assert.Equal(new DateOnly(2025, 1, 1), toets.Versie);
        Assert.Equal("klachten.regeling_bekendgemaakt", toets.Oud);
        Assert.Equal("klachten.regeling_bekendgemaakt en klachten.functionaris_beschikbaar", toets.Nieuw);
        Assert.False(toets.RaaktVastgesteldeVersie);
        Assert.Contains(regeling.Details, d => d.Onderdeel == "einde" && d.Versie == new DateOnly(2016, 1, 1) && d.Nieuw == "2025-01-01");

        var begrip = Assert.Single(changes.Changes, c => c.Subject == ChangeSubject.Begrip);
        Assert.Equal(("klachten.digitaal", ChangeKind.Nieuw), (begrip.Id, begrip.Kind));
        Assert.Equal(["test.digitaal"], begrip.GebruiktIn);

        var kader = Assert.Single(changes.Changes, c => c.Subject == ChangeSubject.Kader);
        Assert.Equal(ChangeKind.Gewijzigd, kader.Kind);
        Assert.Contains(kader.Details, d => d.Kind == ChangeKind.Nieuw && d.Nieuw == "test.digitaal");
        Assert.Contains(kader.Details, d => d.Kind == ChangeKind.Vervallen && d.Oud == "test.functionaris");

        // A tag and a commit id work as well as HEAD~1.
        Assert.Equal(changes.Changes.Count, Diff("v1", _repo.Git("rev-parse", "HEAD").Trim()).Changes.Count);
    }

    [Fact]
    public void Editing_a_vastgestelde_version_is_an_error_that_points_into_the_new_file()
    {
        FirstCommit();
        _repo.Write("norms/test/test.regeling.norm.yaml", NormTexts.Regeling
            .Replace("toets: klachten.regeling_bekendgemaakt", "toets: klachten.regeling_bekendgemaakt en klachten.functionaris_beschikbaar", StringComparison.Ordinal));
        _repo.Commit("vastgestelde versie aangepast");

        var changes = Diff("HEAD~1", "HEAD");
        var error = Assert.Single(changes.Diagnostics);
        Assert.Equal("IGJ1901", error.Code);
        Assert.Equal("norms/test/test.regeling.norm.yaml", error.Location.Path);
        Assert.Equal(15, error.Location.Start.Line);
        Assert.Contains("2016-01-01", error.Message, StringComparison.Ordinal);
        Assert.Contains("'bekendgemaakt'", error.Message, StringComparison.Ordinal);
        var change = Assert.Single(changes.Changes);
        Assert.True(change.RaaktVastgesteldeVersie);
    }

    [Fact]
    public void A_change_of_layout_only_is_no_change()
    {
        FirstCommit();
        _repo.Write("norms/test/test.regeling.norm.yaml", NormTexts.Regeling
            .Replace("toets: klachten.regeling_bekendgemaakt", "toets: >-\n          (  klachten.regeling_bekendgemaakt\n          )", StringComparison.Ordinal));
        _repo.Commit("alleen opmaak");

        var changes = Diff("HEAD~1", "HEAD");
        Assert.Empty(changes.Changes);
        Assert.Empty(changes.Diagnostics);
    }

    [Fact]
    public void The_norms_folder_can_be_elsewhere_in_the_repository()
    {
        _repo.Write("regels/norms/klachten.begrippen.yaml", NormTexts.Begrippen);
        _repo.Commit("alleen begrippen");
        _repo.Write("regels/norms/test.regeling.norm.yaml", NormTexts.Regeling);
        _repo.Commit("een norm");

        var changes = Diff("HEAD~1", "HEAD", map: "regels/norms");
        Assert.Equal(("test.regeling", ChangeKind.Nieuw), (changes.Changes.Single().Id, changes.Changes.Single().Kind));
        Assert.Equal("regels/norms/test.regeling.norm.yaml", changes.Changes.Single().Location.Path);
    }

    [Fact]
    public void A_revision_that_does_not_exist_is_reported()
    {
        FirstCommit();
        var bag = new DiagnosticBag();
        Assert.Null(NormSnapshot.Resolve("HEAD~1", _repo.Root, "norms", bag));
        var error = Assert.Single(bag.Items);
        Assert.Equal("IGJ1921", error.Code);
        Assert.Contains("'HEAD~1' is geen map en geen git-revisie", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_revision_without_a_norms_folder_has_no_norms()
    {
        _repo.Write("README.md", "nog niets\n");
        _repo.Commit("leeg");
        FirstCommit();
        var changes = Diff("HEAD~1", "HEAD");
        Assert.All(changes.Changes, c => Assert.Equal(ChangeKind.Nieuw, c.Kind));
        Assert.Equal(2, changes.Count(ChangeSubject.Norm, ChangeKind.Nieuw));
    }
}
