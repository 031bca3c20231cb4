using IgjNormen.Findings;
using IgjNormen.Model;
using Xunit;
using static IgjNormen.Tests.Language.ToetsHarness;

namespace IgjNormen.Tests.Language;

/// <summary>
/// alle, enige, geen and aantal over klachten.klachten: empty, all true, some false, some unknown, and an unknown
/// list. 'alle' is an 'en' over the elements (empty: ja), 'enige' an 'of' (empty: nee), 'geen' is 'niet enige'.
/// </summary>
public class QuantifierEvaluationTests
{
    private static readonly string[] Quantifiers =
    [
        "alle k in klachten.klachten: k.verlengd",
        "enige k in klachten.klachten: k.verlengd",
        "geen k in klachten.klachten: k.verlengd",
    ];

    /// <summary>The list as a string of j (verlengd: ja), n (nee) and ? (left out); null: the list itself is unknown.</summary>
    private static Action<BevindingenBuilder> List(string? elements) => builder =>
    {
        if (elements is not null)
        {
            builder.Lijst("klachten.klachten", elements.Select(e => Klacht("2025-01-06", verlengd: e switch { 'j' => true, 'n' => false, _ => null })));
        }
    };

    [Theory]
    [InlineData("", "ja", "nee", "ja")]
    [InlineData("jjj", "ja", "ja", "nee")]
    [InlineData("nnn", "nee", "nee", "ja")]
    [InlineData("jn", "nee", "ja", "nee")]
    [InlineData("nj", "nee", "ja", "nee")]
    [InlineData("j?", "onbekend", "ja", "nee")]
    [InlineData("?j", "onbekend", "ja", "nee")]
    [InlineData("n?", "nee", "onbekend", "onbekend")]
    [InlineData("?n", "nee", "onbekend", "onbekend")]
    [InlineData("??", "onbekend", "onbekend", "onbekend")]
    [InlineData("j?n", "nee", "ja", "nee")]
    [InlineData(null, "onbekend", "onbekend", "onbekend")]
    public void Alle_enige_geen(string? elements, string alle, string enige, string geen) =>
        Assert.Equal([Truth(alle), Truth(enige), Truth(geen)], Outcomes(Quantifiers, List(elements)));

    [Theory]
    [InlineData("", "aantal(klachten.klachten) = 0", "ja")]
    [InlineData("jnn", "aantal(klachten.klachten) = 3", "ja")]
    [InlineData("???", "aantal(klachten.klachten) = 3", "ja")]
    [InlineData(null, "aantal(klachten.klachten) >= 0", "onbekend")]
    public void Aantal_counts_every_element_known_or_not(string? elements, string toets, string expected) =>
        Assert.Equal(Truth(expected), Outcome(toets, List(elements)));

    [Theory]
    [InlineData("", "aantal(k in klachten.klachten: k.verlengd) = 0", "ja")]
    [InlineData("jnj", "aantal(k in klachten.klachten: k.verlengd) = 2", "ja")]
    [InlineData("jnj", "aantal(k in klachten.klachten: niet k.verlengd) = 1", "ja")]
    [InlineData("nnn", "aantal(k in klachten.klachten: k.verlengd) = 0", "ja")]
    [InlineData("jj?", "aantal(k in klachten.klachten: k.verlengd) >= 0", "onbekend")]
    [InlineData("?nn", "aantal(k in klachten.klachten: k.verlengd) >= 0", "onbekend")]
    [InlineData("?nn", "aantal(k in klachten.klachten: k.verlengd is bekend) = 2", "ja")]
    [InlineData(null, "aantal(k in klachten.klachten: k.verlengd) >= 0", "onbekend")]
    public void Aantal_with_a_condition_is_onbekend_as_soon_as_the_condition_is_onbekend_for_an_element(string? elements, string toets, string expected) =>
        Assert.Equal(Truth(expected), Outcome(toets, List(elements)));

    [Fact]
    public void Quantifiers_read_the_fields_of_each_element()
    {
        var facts = new Action<BevindingenBuilder>(b => b.Lijst(
            "klachten.klachten",
            [Klacht("2025-01-06", "2025-02-17"), Klacht("2025-01-07", "2025-02-19"), Klacht("2025-02-01", "2025-02-03")]));
        Assert.Equal(
            [CriterionOutcome.Voldaan, CriterionOutcome.NietVoldaan, CriterionOutcome.Voldaan, CriterionOutcome.Voldaan],
            Outcomes(
                [
                    "enige k in klachten.klachten: k.besluit_op > k.ingediend_op + 6 weken",
                    "alle k in klachten.klachten: k.besluit_op <= k.ingediend_op + 6 weken",
                    "aantal(k in klachten.klachten: k.besluit_op <= k.ingediend_op + 6 weken) = 2",
                    "geen k in klachten.klachten: k.besluit_op < k.ingediend_op",
                ],
                facts));
    }

    [Fact]
    public void Nested_quantifiers_see_both_variables()
    {
        var facts = new Action<BevindingenBuilder>(b => b.Lijst(
            "klachten.klachten",
            [Klacht("2025-01-06", "2025-01-20"), Klacht("2025-01-20", "2025-02-01")]));
        Assert.Equal(
            [CriterionOutcome.Voldaan, CriterionOutcome.NietVoldaan, CriterionOutcome.Voldaan],
            Outcomes(
                [
                    "enige k in klachten.klachten: enige m in klachten.klachten: m.ingediend_op = k.besluit_op",
                    "alle k in klachten.klachten: enige m in klachten.klachten: m.ingediend_op = k.besluit_op",
                    "alle k in klachten.klachten: aantal(m in klachten.klachten: m.ingediend_op <= k.ingediend_op) >= 1",
                ],
                facts));
    }

    [Fact]
    public void The_element_that_decides_is_named_and_a_missing_field_is_named_by_position()
    {
        var loaded = Load("enige k in klachten.klachten: k.verlengd", "alle k in klachten.klachten: k.verlengd");
        var result = Judge(loaded, List("n?j"));
        var enige = result.Criteria[0];
        Assert.Equal(CriterionOutcome.Voldaan, enige.Uitkomst);
        Assert.Equal(["klachten.klachten[3]: ingediend_op = 2025-01-06, besluit_op = onbekend, verlengd = ja"], enige.Doorslaggevend);
        var alle = result.Criteria[1];
        Assert.Equal(CriterionOutcome.NietVoldaan, alle.Uitkomst);
        Assert.Equal(["klachten.klachten[1]: ingediend_op = 2025-01-06, besluit_op = onbekend, verlengd = nee"], alle.Doorslaggevend);

        var unknown = Judge(Load("alle k in klachten.klachten: k.verlengd"), List("j?"));
        Assert.Equal(["klachten.klachten[2].verlengd"], unknown.Criteria[0].Ontbrekend);
        Assert.Equal(Oordeel.NietTeBeoordelen, unknown.Oordeel);
    }

    [Fact]
    public void A_missing_list_is_named_as_missing()
    {
        var result = Judge(Load("alle k in klachten.klachten: k.verlengd"));
        Assert.Equal(["klachten.klachten"], result.Criteria[0].Ontbrekend);
    }

    [Fact]
    public void Lists_from_bevindingen_in_yaml()
    {
        var loaded = Load(Quantifiers);
        var diagnostics = new IgjNormen.Diagnostics.DiagnosticBag();
        var bevindingen = BevindingenReader.ReadText(
            """
            aanbieder:
              naam: Zorggroep De Linde
            peildatum: 2025-03-12
            feiten:
              klachten:
                klachten:
                  - { ingediend_op: 2025-01-06, verlengd: ja }
                  - { ingediend_op: 2025-01-07, verlengd: onbekend }
                  - { ingediend_op: 2025-01-08 }
            """,
            loaded.Model,
            diagnostics);
        Assert.Empty(diagnostics.Items);
        var result = new IgjNormen.Evaluation.Evaluator(loaded.Model).Evaluate(bevindingen!);
        Assert.Equal([CriterionOutcome.Onbekend, CriterionOutcome.Voldaan, CriterionOutcome.NietVoldaan], result.Normen.Single().Criteria.Select(c => c.Uitkomst));
    }
}
