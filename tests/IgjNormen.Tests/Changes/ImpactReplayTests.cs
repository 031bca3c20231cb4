using IgjNormen.Changes;
using IgjNormen.Model;
using IgjNormen.Tests.Support;
using Xunit;

namespace IgjNormen.Tests.Changes;

/// <summary>Impact replay: bevindingen judged under both states; the oordelen that flip, and why.</summary>
public sealed class ImpactReplayTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("igj-impact-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    /// <summary>From 2025 the regeling must also be known to the klachtenfunctionaris.</summary>
    public static readonly string WithNewVersion = NormTexts.Regeling.Replace("voorbeelden:", """
          - geldig_vanaf: 2025-01-01
            status: concept
            criteria:
              - id: aanwezig
                tekst: Er is een schriftelijke klachtenregeling.
                toets: klachten.regeling_aanwezig
                kritiek: ja
              - id: bekendgemaakt
                tekst: De regeling is bekendgemaakt, ook aan de klachtenfunctionaris.
                toets: klachten.regeling_bekendgemaakt en klachten.functionaris_beschikbaar
        voorbeelden:
        """, StringComparison.Ordinal);

    private static NormSnapshot State(string label, string regeling)
    {
        var loaded = TestModel.Load(("norms/klachten.begrippen.yaml", NormTexts.Begrippen), ("norms/test.regeling.norm.yaml", regeling));
        Assert.False(loaded.HasErrors, string.Join("\n", loaded.Diagnostics));
        return NormSnapshot.FromModel(label, loaded);
    }

    private void Bevindingen(string name, string naam, string datum, string feiten) =>
        File.WriteAllText(Path.Combine(_folder, name), $"aanbieder: {{ naam: {naam} }}\nbezoek: {{ datum: {datum} }}\nfeiten:\n  klachten: {{ {feiten} }}\n");

    [Fact]
    public void Lists_every_oordeel_that_flips_with_the_criterion_that_caused_it()
    {
        Bevindingen("a.yaml", "Zorggroep A", "2025-06-01", "regeling_aanwezig: ja, regeling_bekendgemaakt: ja, functionaris_beschikbaar: nee");
        Bevindingen("b.yaml", "Zorggroep B", "2024-06-01", "regeling_aanwezig: ja, regeling_bekendgemaakt: ja, functionaris_beschikbaar: nee");
        Bevindingen("c.yaml", "Zorggroep C", "2025-06-01", "regeling_aanwezig: ja, regeling_bekendgemaakt: ja, functionaris_beschikbaar: ja");
        File.WriteAllText(Path.Combine(_folder, "notities.txt"), "geen bevindingen");

        var files = ImpactReplay.FindFiles(_folder);
        Assert.Equal(3, files.Count);
        var report = ImpactReplay.Run(State("oud", NormTexts.Regeling), State("nieuw", WithNewVersion), files);

        Assert.Equal(3, report.Bestanden);
        Assert.Equal(3, report.Oordelen);
        Assert.Empty(report.Diagnostics);
        var flip = Assert.Single(report.Omslagen);
        Assert.Equal(("Zorggroep A", "test.regeling", Oordeel.Voldoet), (flip.Aanbieder, flip.NormId, flip.Oud));
        Assert.Equal(Oordeel.VoldoetGrotendeels, flip.Nieuw);
        Assert.EndsWith("a.yaml", flip.Bestand, StringComparison.Ordinal);
        Assert.Equal(
            ["Andere versie: versie vanaf 2016-01-01 → versie vanaf 2025-01-01.", "Criterium 'bekendgemaakt': voldaan → niet voldaan."],
            flip.Oorzaken);
    }

    [Fact]
    public void Bevindingen_that_cannot_be_judged_are_reported_and_skipped()
    {
        File.WriteAllText(Path.Combine(_folder, "x.yaml"), "aanbieder: { naam: X }\nbezoek: { datum: 2025-06-01 }\nfeiten:\n  klachten: { bestaat_niet: ja }\n");
        var report = ImpactReplay.Run(State("oud", NormTexts.Regeling), State("nieuw", WithNewVersion), ImpactReplay.FindFiles(_folder));
        Assert.Equal(0, report.Bestanden);
        Assert.Empty(report.Omslagen);
        Assert.Equal(["IGJ1930", "IGJ1930"], report.Diagnostics.Select(d => d.Code));
        Assert.Contains("IGJ1501", report.Diagnostics[0].Message, StringComparison.Ordinal);
    }
}
