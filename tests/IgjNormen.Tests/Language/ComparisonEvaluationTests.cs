using IgjNormen.Findings;
using IgjNormen.Model;
using Xunit;
using static IgjNormen.Tests.Language.ToetsHarness;

namespace IgjNormen.Tests.Language;

/// <summary>
/// Comparisons, 'in', 'tussen' and 'is bekend' on known and unknown values: text and keuze equality, numbers,
/// dates and tijdstippen.
/// </summary>
public class ComparisonEvaluationTests
{
    private static Action<BevindingenBuilder> Aantal(int? aantal) => b => b.Feit("aanbieder.aantal_zorgverleners", aantal);

    [Theory]
    [InlineData("= 3", "ja")]
    [InlineData("!= 3", "nee")]
    [InlineData("< 3", "nee")]
    [InlineData("<= 3", "ja")]
    [InlineData("> 3", "nee")]
    [InlineData(">= 3", "ja")]
    [InlineData("= 3.0", "ja")]
    [InlineData("> 2.99", "ja")]
    [InlineData("< 3.01", "ja")]
    [InlineData("= -3", "nee")]
    public void Numbers(string comparison, string expected) =>
        Assert.Equal(Truth(expected), Outcome("aanbieder.aantal_zorgverleners " + comparison, Aantal(3)));

    [Theory]
    [InlineData("=")]
    [InlineData("!=")]
    [InlineData("<")]
    [InlineData("<=")]
    [InlineData(">")]
    [InlineData(">=")]
    public void Every_comparison_with_onbekend_is_onbekend(string op)
    {
        Assert.Equal(CriterionOutcome.Onbekend, Outcome($"aanbieder.aantal_zorgverleners {op} 3", Aantal(null)));
        Assert.Equal(CriterionOutcome.Onbekend, Outcome($"3 {op} aanbieder.aantal_zorgverleners", Aantal(null)));
        Assert.Equal(CriterionOutcome.Onbekend, Outcome($"aanbieder.aantal_zorgverleners {op} aanbieder.aantal_zorgverleners", Aantal(null)));
    }

    [Fact]
    public void Onbekend_is_not_equal_to_itself_it_is_onbekend() =>
        Assert.Equal(CriterionOutcome.Onbekend, Outcome("aanbieder.naam = aanbieder.naam"));

    [Theory]
    [InlineData("aanbieder.naam = \"Zorggroep \\\"De Linde\\\"\"", "ja")]
    [InlineData("aanbieder.naam = \"zorggroep \\\"de linde\\\"\"", "nee")]
    [InlineData("aanbieder.naam != \"Zorggroep\"", "ja")]
    [InlineData("aanbieder.naam = \"Zorggroep \\\"De Linde\\\" \"", "nee")]
    [InlineData("aanbieder.naam in [\"a\", \"Zorggroep \\\"De Linde\\\"\"]", "ja")]
    public void Text_equality_is_exact(string toets, string expected) =>
        Assert.Equal(Truth(expected), Outcome(toets, b => b.Feit("aanbieder.naam", "Zorggroep \"De Linde\"")));

    [Theory]
    [InlineData("instelling", "aanbieder.soort = \"instelling\"", "ja")]
    [InlineData("solistisch", "aanbieder.soort = \"instelling\"", "nee")]
    [InlineData("solistisch", "aanbieder.soort != \"instelling\"", "ja")]
    [InlineData("solistisch", "\"solistisch\" = aanbieder.soort", "ja")]
    [InlineData("instelling", "aanbieder.soort = aanbieder.naam", "ja")]
    [InlineData("solistisch", "aanbieder.soort = aanbieder.naam", "nee")]
    [InlineData(null, "aanbieder.soort = \"instelling\"", "onbekend")]
    [InlineData(null, "aanbieder.soort != \"instelling\"", "onbekend")]
    public void Keuze_equality(string? soort, string toets, string expected) =>
        Assert.Equal(Truth(expected), Outcome(toets, b => b.Feit("aanbieder.soort", soort).Feit("aanbieder.naam", "instelling")));

    [Theory]
    [InlineData(3, "aanbieder.aantal_zorgverleners in [1, 2, 3]", "ja")]
    [InlineData(4, "aanbieder.aantal_zorgverleners in [1, 2, 3]", "nee")]
    [InlineData(4, "aanbieder.aantal_zorgverleners niet in [1, 2, 3]", "ja")]
    [InlineData(3, "aanbieder.aantal_zorgverleners niet in [1, 2, 3]", "nee")]
    [InlineData(null, "aanbieder.aantal_zorgverleners in [1, 2, 3]", "onbekend")]
    [InlineData(null, "aanbieder.aantal_zorgverleners niet in [1, 2, 3]", "onbekend")]
    [InlineData(3, "aanbieder.aantal_zorgverleners in []", "nee")]
    [InlineData(3, "aanbieder.aantal_zorgverleners niet in []", "ja")]
    [InlineData(null, "aanbieder.aantal_zorgverleners in []", "onbekend")]
    [InlineData(3, "aanbieder.aantal_zorgverleners in [1 + 2]", "ja")]
    public void In_a_list_of_values(int? aantal, string toets, string expected) =>
        Assert.Equal(Truth(expected), Outcome(toets, Aantal(aantal)));

    [Theory]
    [InlineData("\"De Linde\" in [aanbieder.naam, \"x\"]", "onbekend")]
    [InlineData("\"x\" in [aanbieder.naam, \"x\"]", "ja")]
    [InlineData("\"x\" niet in [aanbieder.naam, \"x\"]", "nee")]
    [InlineData("\"y\" niet in [aanbieder.naam, \"x\"]", "onbekend")]
    public void An_unknown_item_only_matters_when_no_known_item_matches(string toets, string expected) =>
        Assert.Equal(Truth(expected), Outcome(toets));

    [Theory]
    [InlineData("instelling", "ja")]
    [InlineData("solistisch", "nee")]
    [InlineData(null, "onbekend")]
    public void A_keuze_in_a_list_of_its_values(string? soort, string expected) =>
        Assert.Equal(Truth(expected), Outcome("aanbieder.soort in [\"instelling\"]", b => b.Feit("aanbieder.soort", soort)));

    [Theory]
    [InlineData(0, "nee")]
    [InlineData(1, "ja")]
    [InlineData(5, "ja")]
    [InlineData(10, "ja")]
    [InlineData(11, "nee")]
    [InlineData(null, "onbekend")]
    public void Tussen_includes_both_bounds(int? aantal, string expected) =>
        Assert.Equal(Truth(expected), Outcome("aanbieder.aantal_zorgverleners tussen 1 en 10", Aantal(aantal)));

    [Theory]
    [InlineData("2024-01-01", "ja")]
    [InlineData("2024-12-31", "ja")]
    [InlineData("2023-12-31", "nee")]
    [InlineData("2025-01-01", "nee")]
    public void Tussen_on_dates(string date, string expected) =>
        Assert.Equal(Truth(expected), Outcome("kwaliteit.laatste_toetsing_op tussen 2024-01-01 en 2024-12-31", b => b.Feit("kwaliteit.laatste_toetsing_op", D(date))));

    [Theory]
    [InlineData("aanbieder.aantal_zorgverleners tussen aanbieder.aantal_zorgverleners en 10", "onbekend")]
    [InlineData("3 tussen aanbieder.aantal_zorgverleners en 10", "onbekend")]
    [InlineData("3 tussen 1 en aanbieder.aantal_zorgverleners", "onbekend")]
    [InlineData("3 tussen 5 en 1", "nee")]
    [InlineData("3 tussen 3 en 3", "ja")]
    public void Tussen_with_unknown_or_reversed_bounds(string toets, string expected) =>
        Assert.Equal(Truth(expected), Outcome(toets, Aantal(null)));

    [Theory]
    [InlineData("2025-06-03T10:00", "ja")]
    [InlineData("2025-06-03T10:01", "nee")]
    [InlineData("2025-06-01T09:59", "ja")]
    public void Tijdstippen_compare_to_the_minute(string besluit, string expected) =>
        Assert.Equal(
            Truth(expected),
            Outcome(
                "melding.besluit_op <= melding.noodsituatie_begin + 48 uur",
                b => b.Feit("melding.noodsituatie_begin", T("2025-06-01T10:00")).Feit("melding.besluit_op", T(besluit))));

    [Theory]
    [InlineData("melding.besluit_op > 2025-06-01T10:00", "ja")]
    [InlineData("melding.besluit_op >= 2025-06-01T10:30", "ja")]
    [InlineData("melding.besluit_op < 2025-06-01T10:30", "nee")]
    [InlineData("melding.besluit_op = 2025-06-01T10:30", "ja")]
    [InlineData("melding.besluit_op tussen 2025-06-01T10:30 en 2025-06-01T10:30", "ja")]
    [InlineData("melding.besluit_op != melding.noodsituatie_begin", "onbekend")]
    public void Tijdstip_comparisons(string toets, string expected) =>
        Assert.Equal(Truth(expected), Outcome(toets, b => b.Feit("melding.besluit_op", T("2025-06-01T10:30"))));

    [Theory]
    [InlineData("ja", "ja", "nee")]
    [InlineData("nee", "ja", "nee")]
    [InlineData("onbekend", "nee", "ja")]
    public void Is_bekend_is_never_onbekend(string value, string bekend, string onbekend)
    {
        var outcomes = Outcomes(
            ["klachten.regeling_aanwezig is bekend", "klachten.regeling_aanwezig is onbekend", "klachten.regeling_aanwezig is niet bekend", "klachten.regeling_aanwezig is niet onbekend"],
            b => b.Feit("klachten.regeling_aanwezig", Bool(value)));
        Assert.Equal([Truth(bekend), Truth(onbekend), Truth(onbekend), Truth(bekend)], outcomes);
    }

    [Fact]
    public void Is_bekend_on_a_list_field_and_an_expression()
    {
        var outcomes = Outcomes(
            [
                "klachten.klachten is bekend",
                "alle k in klachten.klachten: k.besluit_op is bekend",
                "(aanbieder.aantal_zorgverleners + 1) is bekend",
                "aantal(klachten.klachten) is onbekend",
            ],
            b => b.Lijst("klachten.klachten", [Klacht("2025-01-06", "2025-02-10"), Klacht("2025-01-07")]));
        Assert.Equal([CriterionOutcome.Voldaan, CriterionOutcome.NietVoldaan, CriterionOutcome.NietVoldaan, CriterionOutcome.NietVoldaan], outcomes);
    }

    [Fact]
    public void An_empty_list_is_known_a_missing_list_is_not()
    {
        Assert.Equal(CriterionOutcome.Voldaan, Outcome("klachten.klachten is bekend", b => b.Lijst("klachten.klachten", [])));
        Assert.Equal(CriterionOutcome.NietVoldaan, Outcome("klachten.klachten is bekend"));
    }

    [Fact]
    public void Asking_whether_a_fact_is_known_does_not_make_it_missing()
    {
        var result = Judge(Load("aanbieder.naam is onbekend of aanbieder.aantal_zorgverleners > 1"));
        var criterion = Assert.Single(result.Criteria);
        Assert.Equal(CriterionOutcome.Voldaan, criterion.Uitkomst);
        Assert.Empty(criterion.Ontbrekend);
        Assert.Equal(Oordeel.Voldoet, result.Oordeel);
    }

    [Fact]
    public void Booleans_compare_with_equals() =>
        Assert.Equal(
            [CriterionOutcome.Voldaan, CriterionOutcome.NietVoldaan, CriterionOutcome.Voldaan],
            Outcomes(
                ["klachten.regeling_aanwezig = ja", "klachten.regeling_aanwezig != ja", "klachten.regeling_aanwezig = klachten.functionaris_beschikbaar"],
                b => b.Feit("klachten.regeling_aanwezig", true).Feit("klachten.functionaris_beschikbaar", true)));
}
