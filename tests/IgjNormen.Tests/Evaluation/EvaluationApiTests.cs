using IgjNormen.Diagnostics;
using IgjNormen.Evaluation;
using IgjNormen.Findings;
using IgjNormen.Loading;
using IgjNormen.Model;
using IgjNormen.Results;
using IgjNormen.Tests.Support;
using Xunit;

namespace IgjNormen.Tests.Evaluation;

/// <summary>Evaluation through the public API: versions, toepassing, kritiek, overrides, kaders and explanations.</summary>
public class EvaluationApiTests
{
    private const string VersionedNorm = """
        id: test.versies
        titel: Norm met twee versies
        soort: wettelijk
        bron: { regeling: Wkkgz, bwb: BWBR0037173, artikel: "15", lid: "1" }
        toepassing: aanbieder.soort = "instelling"
        versies:
          - geldig_vanaf: 2016-01-01
            geldig_tot: 2023-07-01
            status: vastgesteld
            criteria:
              - id: functionaris
                tekst: Er is een klachtenfunctionaris.
                toets: klachten.functionaris_beschikbaar
          - geldig_vanaf: 2023-07-01
            status: concept
            criteria:
              - id: functionaris
                tekst: Er is een klachtenfunctionaris.
                toets: klachten.functionaris_beschikbaar
                kritiek: ja
              - id: regeling
                tekst: Er is een regeling.
                toets: klachten.regeling_aanwezig
        """;

    private const string Kader = """
        id: test-kader
        titel: Testkader
        versie: "1"
        geldig_vanaf: 2016-01-01
        status: concept
        themas:
          - id: een
            titel: Thema een
            normen: [test.versies, test.afgeleid]
        """;

    private const string DerivedNorm = """
        id: test.afgeleid
        titel: Afgeleid
        soort: veldnorm
        bron: { document: Testcode, eigenaar: Test }
        versies:
          - geldig_vanaf: 2016-01-01
            status: concept
            criteria:
              - id: volgt
                tekst: De andere norm voldoet (grotendeels).
                toets: oordeel(test.versies) in [voldoet, voldoet grotendeels]
        """;

    private static NormModel Model()
    {
        var loaded = TestModel.WithBegrippen(
            ("norms/test/test.versies.norm.yaml", VersionedNorm),
            ("norms/test/test.afgeleid.norm.yaml", DerivedNorm),
            ("norms/kaders/test-kader.kader.yaml", Kader));
        Assert.DoesNotContain(loaded.Diagnostics, d => d.IsError);
        return loaded.Model;
    }

    private static EvaluationResult Evaluate(string yaml, EvaluationOptions? options = null)
    {
        var model = Model();
        var diagnostics = new DiagnosticBag();
        var bevindingen = BevindingenReader.ReadText(yaml, model, diagnostics);
        Assert.True(bevindingen is not null, string.Join("\n", diagnostics.Items));
        return new Evaluator(model).Evaluate(bevindingen!, options);
    }

    private static string Findings(string date, string feiten, string extra = "") => $"""
        aanbieder: {"{"} naam: Test B.V. {"}"}
        bezoek: {"{"} datum: {date}, kader: test-kader {"}"}
        feiten:
        {feiten}
        {extra}
        """;

    [Fact]
    public void The_version_in_force_on_the_peildatum_is_applied()
    {
        var feiten = "  aanbieder: { soort: instelling }\n  klachten: { functionaris_beschikbaar: ja, regeling_aanwezig: nee }";
        var old = Evaluate(Findings("2022-06-01", feiten)).Normen[0];
        Assert.Equal(new DateOnly(2016, 1, 1), old.Versie);
        Assert.Equal(Oordeel.Voldoet, old.Oordeel);

        var current = Evaluate(Findings("2024-06-01", feiten)).Normen[0];
        Assert.Equal(new DateOnly(2023, 7, 1), current.Versie);
        Assert.Equal(Oordeel.VoldoetGrotendeels, current.Oordeel);
    }

    [Fact]
    public void Peildatum_option_overrides_the_visit_date()
    {
        var feiten = "  aanbieder: { soort: instelling }\n  klachten: { functionaris_beschikbaar: ja, regeling_aanwezig: nee }";
        var result = Evaluate(Findings("2024-06-01", feiten), new EvaluationOptions { Peildatum = new DateOnly(2020, 1, 1) });
        Assert.Equal(new DateOnly(2020, 1, 1), result.Peildatum);
        Assert.Equal(new DateOnly(2016, 1, 1), result.Normen[0].Versie);
    }

    [Fact]
    public void A_norm_not_in_force_is_reported_as_such()
    {
        var result = Evaluate(Findings("2015-06-01", "  aanbieder: { soort: instelling }"));
        Assert.Equal(Oordeel.NietVanKracht, result.Normen[0].Oordeel);
        Assert.Contains("geldt geen versie", result.Normen[0].Reden);
    }

    [Fact]
    public void Toepassing_false_gives_niet_van_toepassing_and_unknown_gives_niet_te_beoordelen()
    {
        var solist = Evaluate(Findings("2024-06-01", "  aanbieder: { soort: solistisch }")).Normen[0];
        Assert.Equal(Oordeel.NietVanToepassing, solist.Oordeel);

        var unknown = Evaluate(Findings("2024-06-01", "  klachten: { functionaris_beschikbaar: ja }")).Normen[0];
        Assert.Equal(Oordeel.NietTeBeoordelen, unknown.Oordeel);
        Assert.Equal(["aanbieder.soort"], unknown.Ontbrekend);
    }

    [Fact]
    public void A_failed_kritiek_criterion_makes_the_norm_voldoet_niet()
    {
        var feiten = "  aanbieder: { soort: instelling }\n  klachten: { functionaris_beschikbaar: nee, regeling_aanwezig: ja }";
        var norm = Evaluate(Findings("2024-06-01", feiten)).Normen[0];
        Assert.Equal(Oordeel.VoldoetNiet, norm.Oordeel);
        Assert.True(norm.KritiekNietVoldaan);
        Assert.Contains("functionaris", norm.Reden);
    }

    [Fact]
    public void Missing_facts_are_named_when_they_could_change_the_outcome()
    {
        var feiten = "  aanbieder: { soort: instelling }\n  klachten: { regeling_aanwezig: ja }";
        var norm = Evaluate(Findings("2024-06-01", feiten)).Normen[0];
        Assert.Equal(Oordeel.NietTeBeoordelen, norm.Oordeel);
        Assert.Equal(["klachten.functionaris_beschikbaar"], norm.Ontbrekend);
        var criterion = norm.Criteria.Single(c => c.Id == "functionaris");
        Assert.Equal(CriterionOutcome.Onbekend, criterion.Uitkomst);
        Assert.Equal("onbekend", criterion.Waarden.Single().Waarde);
    }

    [Fact]
    public void An_override_needs_a_motivering_and_both_verdicts_are_reported()
    {
        var feiten = "  aanbieder: { soort: instelling }\n  klachten: { functionaris_beschikbaar: ja, regeling_aanwezig: nee }";
        var withOverride = Findings("2024-06-01", feiten, """
            oordelen:
              test.versies:
                oordeel: voldoet
                motivering: De regeling is na het bezoek aangetoond.
            """);
        var result = Evaluate(withOverride);
        var norm = result.Normen[0];
        Assert.Equal(Oordeel.VoldoetGrotendeels, norm.BerekendOordeel);
        Assert.Equal(Oordeel.Voldoet, norm.Oordeel);
        Assert.Equal("De regeling is na het bezoek aangetoond.", norm.Motivering);

        // oordeel() in another norm sees the final (overridden) verdict.
        Assert.Equal(Oordeel.Voldoet, result.Normen[1].Oordeel);

        var model = Model();
        var diagnostics = new DiagnosticBag();
        var noMotivation = Findings("2024-06-01", feiten, "oordelen:\n  test.versies: { oordeel: voldoet }");
        Assert.Null(BevindingenReader.ReadText(noMotivation, model, diagnostics));
        Assert.Contains(diagnostics.Items, d => d.Code == "IGJ1503");
    }

    [Fact]
    public void Kader_results_have_counts_per_thema_and_shortfalls_with_wettelijke_eisen_first()
    {
        var feiten = "  aanbieder: { soort: instelling }\n  klachten: { functionaris_beschikbaar: nee, regeling_aanwezig: ja }";
        var result = Evaluate(Findings("2024-06-01", feiten));
        Assert.Equal("test-kader", result.KaderId);
        var thema = Assert.Single(result.Themas);
        Assert.Equal(2, thema.Telling.Totaal);
        Assert.Equal(2, thema.Telling.VoldoetNiet);
        Assert.Equal(["test.versies", "test.afgeleid"], result.Tekortkomingen);
    }

    [Fact]
    public void Bevindingen_built_in_code_give_the_same_result_as_from_a_file()
    {
        var model = Model();
        var feiten = "  aanbieder: { soort: instelling }\n  klachten: { functionaris_beschikbaar: ja, regeling_aanwezig: nee }";
        var fromText = BevindingenReader.ReadText(Findings("2024-06-01", feiten), model, new DiagnosticBag())!;
        var built = new BevindingenBuilder(model)
            .Aanbieder("Test B.V.")
            .Bezoek(new DateOnly(2024, 6, 1), "test-kader")
            .Feit("aanbieder.soort", "instelling")
            .Feit("klachten.functionaris_beschikbaar", true)
            .Feit("klachten.regeling_aanwezig", false)
            .Build();
        var evaluator = new Evaluator(model);
        var a = evaluator.Evaluate(fromText) with { Bestand = null };
        var b = evaluator.Evaluate(built);
        Assert.Equal(ResultJson.Serialize(a), ResultJson.Serialize(b));
        Assert.Throws<ArgumentException>(() => new BevindingenBuilder(model).Feit("klachten.regeling_aanwezg", true));
        Assert.Throws<ArgumentException>(() => new BevindingenBuilder(model).Feit("klachten.regeling_aanwezig", "ja"));
    }

    [Fact]
    public void Json_bevindingen_are_read_like_yaml()
    {
        var json = """
            {
              "aanbieder": { "naam": "Test B.V." },
              "bezoek": { "datum": "2024-06-01", "kader": "test-kader" },
              "feiten": { "aanbieder": { "soort": "instelling" },
                          "klachten": { "functionaris_beschikbaar": true, "regeling_aanwezig": false } }
            }
            """;
        var model = Model();
        var diagnostics = new DiagnosticBag();
        var bevindingen = BevindingenReader.ReadText(json, model, diagnostics, "bevindingen.json");
        Assert.True(bevindingen is not null, string.Join("\n", diagnostics.Items));
        Assert.Equal(Oordeel.VoldoetGrotendeels, new Evaluator(model).Evaluate(bevindingen!).Normen[0].Oordeel);
    }

    [Fact]
    public void Unknown_kader_and_missing_peildatum_are_diagnostics_not_exceptions()
    {
        var model = Model();
        var evaluator = new Evaluator(model);
        var noDate = BevindingenReader.ReadText("aanbieder: { naam: X }\nfeiten: {}", model, new DiagnosticBag())!;
        var result = evaluator.Evaluate(noDate);
        Assert.Contains(result.Diagnostics, d => d.Code == "IGJ1506");

        var wrongKader = evaluator.Evaluate(noDate, new EvaluationOptions { KaderId = "test-kadr", Peildatum = new DateOnly(2024, 1, 1) });
        var diagnostic = Assert.Single(wrongKader.Diagnostics);
        Assert.Equal("IGJ1505", diagnostic.Code);
        Assert.Contains("Bedoelde u 'test-kader'?", diagnostic.Message);
    }

    [Fact]
    public void Without_a_kader_every_norm_is_evaluated()
    {
        var model = Model();
        var bevindingen = new BevindingenBuilder(model).Aanbieder("X").Peildatum(new DateOnly(2024, 1, 1)).Build();
        var result = new Evaluator(model).Evaluate(bevindingen);
        Assert.Null(result.KaderId);
        Assert.Equal(["test.afgeleid", "test.versies"], result.Normen.Select(n => n.NormId));
        Assert.Empty(result.Themas);
    }

    [Fact]
    public void Verdicts_only_mode_gives_the_same_verdicts_without_explanations()
    {
        var feiten = "  aanbieder: { soort: instelling }\n  klachten: { regeling_aanwezig: ja }";
        var explained = Evaluate(Findings("2024-06-01", feiten));
        var bare = Evaluate(Findings("2024-06-01", feiten), new EvaluationOptions { Explain = false });
        Assert.Equal(explained.Normen.Select(n => n.Oordeel), bare.Normen.Select(n => n.Oordeel));
        Assert.All(bare.Normen, n => Assert.Empty(n.Criteria));
    }
}
