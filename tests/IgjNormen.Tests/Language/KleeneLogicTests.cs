using IgjNormen.Diagnostics;
using IgjNormen.Evaluation;
using IgjNormen.Findings;
using IgjNormen.Model;
using Xunit;
using static IgjNormen.Tests.Language.ToetsHarness;

namespace IgjNormen.Tests.Language;

/// <summary>
/// en, of and niet over ja, nee and onbekend (Kleene), as in the table of docs/toets-taal.md. 'a' is
/// klachten.regeling_aanwezig, 'b' klachten.functionaris_beschikbaar; onbekend means the fact is left out.
/// </summary>
public class KleeneLogicTests
{
    private const string A = "klachten.regeling_aanwezig";
    private const string B = "klachten.functionaris_beschikbaar";

    private static Action<BevindingenBuilder> Facts(string a, string b) => builder => builder.Feit(A, Bool(a)).Feit(B, Bool(b));

    [Theory]
    [InlineData("ja", "ja", "ja", "ja")]
    [InlineData("ja", "nee", "nee", "ja")]
    [InlineData("ja", "onbekend", "onbekend", "ja")]
    [InlineData("nee", "ja", "nee", "ja")]
    [InlineData("nee", "nee", "nee", "nee")]
    [InlineData("nee", "onbekend", "nee", "onbekend")]
    [InlineData("onbekend", "ja", "onbekend", "ja")]
    [InlineData("onbekend", "nee", "nee", "onbekend")]
    [InlineData("onbekend", "onbekend", "onbekend", "onbekend")]
    public void En_and_of_over_facts(string a, string b, string en, string of)
    {
        var outcomes = Outcomes([$"{A} en {B}", $"{A} of {B}"], Facts(a, b));
        Assert.Equal([Truth(en), Truth(of)], outcomes);
    }

    [Theory]
    [InlineData("ja", "nee")]
    [InlineData("nee", "ja")]
    [InlineData("onbekend", "onbekend")]
    public void Niet_over_a_fact(string a, string niet) =>
        Assert.Equal(Truth(niet), Outcome($"niet {A}", Facts(a, "ja")));

    [Theory]
    [InlineData("ja en nee", "nee")]
    [InlineData("ja en ja", "ja")]
    [InlineData("nee of nee", "nee")]
    [InlineData("nee of ja", "ja")]
    [InlineData("niet nee", "ja")]
    [InlineData("niet niet ja", "ja")]
    [InlineData("ja of nee en nee", "ja")]
    [InlineData("(ja of nee) en nee", "nee")]
    [InlineData("niet ja en nee", "nee")]
    [InlineData("niet (ja en nee)", "ja")]
    public void Literals_follow_the_precedence(string toets, string expected) => Assert.Equal(Truth(expected), Outcome(toets));

    [Theory]
    [InlineData("onbekend", "onbekend en nee", "nee")]
    [InlineData("onbekend", "nee en onbekend", "nee")]
    [InlineData("onbekend", "onbekend of ja", "ja")]
    [InlineData("onbekend", "ja of onbekend", "ja")]
    [InlineData("onbekend", "niet onbekend of niet onbekend", "onbekend")]
    [InlineData("onbekend", "onbekend en ja", "onbekend")]
    [InlineData("onbekend", "onbekend of nee", "onbekend")]
    public void A_known_side_decides_whatever_the_order(string a, string template, string expected) =>
        Assert.Equal(Truth(expected), Outcome(template.Replace("onbekend", A, StringComparison.Ordinal), Facts(a, "ja")));

    [Fact]
    public void Onbekend_is_not_nee_the_criterion_is_onbekend_and_the_fact_is_named_as_missing()
    {
        var result = Judge(Load($"{A} en {B}"), Facts("onbekend", "ja"));
        var criterion = Assert.Single(result.Criteria);
        Assert.Equal(CriterionOutcome.Onbekend, criterion.Uitkomst);
        Assert.Equal([A], criterion.Ontbrekend);
        Assert.Equal(Oordeel.NietTeBeoordelen, result.Oordeel);
        Assert.Equal([A], result.Ontbrekend);
    }

    [Fact]
    public void A_side_that_decides_makes_the_criterion_known_even_with_a_missing_fact()
    {
        var result = Judge(Load($"{A} en {B}"), Facts("onbekend", "nee"));
        Assert.Equal(CriterionOutcome.NietVoldaan, Assert.Single(result.Criteria).Uitkomst);
        Assert.Equal(Oordeel.VoldoetNiet, result.Oordeel);
    }

    [Theory]
    [InlineData("onbekend")]
    [InlineData("~")]
    [InlineData("")]
    public void The_value_onbekend_in_bevindingen_is_onbekend(string value)
    {
        var loaded = Load($"{A} of {B}", $"niet {A}");
        AssertNoErrors(loaded);
        var diagnostics = new DiagnosticBag();
        var bevindingen = BevindingenReader.ReadText(
            $"""
            aanbieder:
              naam: Zorggroep De Linde
            peildatum: 2025-03-12
            feiten:
              klachten:
                regeling_aanwezig: {value}
                functionaris_beschikbaar: nee
            """,
            loaded.Model,
            diagnostics);
        Assert.Empty(diagnostics.Items);
        var result = new Evaluator(loaded.Model).Evaluate(bevindingen!);
        Assert.Equal([CriterionOutcome.Onbekend, CriterionOutcome.Onbekend], result.Normen.Single().Criteria.Select(c => c.Uitkomst));
    }
}
