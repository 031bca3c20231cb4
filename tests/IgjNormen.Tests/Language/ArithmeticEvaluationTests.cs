using IgjNormen.Findings;
using IgjNormen.Model;
using Xunit;
using static IgjNormen.Tests.Language.ToetsHarness;

namespace IgjNormen.Tests.Language;

/// <summary>Arithmetic on getallen: exact decimals, onbekend operands, division by zero and overflow.</summary>
public class ArithmeticEvaluationTests
{
    private static Action<BevindingenBuilder> Aantal(object? aantal) => b => b.Feit("aanbieder.aantal_zorgverleners", aantal);

    [Theory]
    [InlineData("aanbieder.aantal_zorgverleners * 2 + 1 = 7")]
    [InlineData("aanbieder.aantal_zorgverleners + 2 * 2 = 7")]
    [InlineData("(aanbieder.aantal_zorgverleners + 2) * 2 = 10")]
    [InlineData("aanbieder.aantal_zorgverleners - 1 - 1 = 1")]
    [InlineData("aanbieder.aantal_zorgverleners / 4 = 0.75")]
    [InlineData("12 / aanbieder.aantal_zorgverleners / 2 = 2")]
    [InlineData("-aanbieder.aantal_zorgverleners = -3")]
    [InlineData("--aanbieder.aantal_zorgverleners = 3")]
    [InlineData("0 - aanbieder.aantal_zorgverleners < 0")]
    [InlineData("aanbieder.aantal_zorgverleners / 3 * 3 = 3")]
    [InlineData("1 / 3 * 3 != 1")]
    [InlineData("0.1 + 0.2 = 0.3")]
    [InlineData("1.5 * 2 = 3")]
    public void Arithmetic_is_exact_decimal(string toets) =>
        Assert.Equal(CriterionOutcome.Voldaan, Outcome(toets, Aantal(3)));

    [Fact]
    public void A_fact_with_decimals_from_a_double() =>
        Assert.Equal(CriterionOutcome.Voldaan, Outcome("aanbieder.aantal_zorgverleners * 2 = 5", Aantal(2.5)));

    [Theory]
    [InlineData("aanbieder.aantal_zorgverleners + 1 > 0")]
    [InlineData("1 - aanbieder.aantal_zorgverleners > 0")]
    [InlineData("aanbieder.aantal_zorgverleners * 0 = 0")]
    [InlineData("0 / aanbieder.aantal_zorgverleners = 0")]
    [InlineData("-aanbieder.aantal_zorgverleners < 1")]
    public void Arithmetic_with_onbekend_is_onbekend(string toets) =>
        Assert.Equal(CriterionOutcome.Onbekend, Outcome(toets, Aantal(null)));

    [Theory]
    [InlineData("aanbieder.aantal_zorgverleners / 0 > 1", 3)]
    [InlineData("10 / aanbieder.aantal_zorgverleners > 1", 0)]
    [InlineData("1 / (aanbieder.aantal_zorgverleners - 3) = 1", 3)]
    public void Division_by_zero_is_onbekend_with_its_reason_and_the_norm_is_niet_te_beoordelen(string toets, int aantal)
    {
        var result = Judge(Load(toets), Aantal(aantal));
        var criterion = Assert.Single(result.Criteria);
        Assert.Equal(CriterionOutcome.Onbekend, criterion.Uitkomst);
        Assert.Equal("deling door nul", criterion.Reden);
        Assert.Empty(criterion.Ontbrekend);
        Assert.Equal(Oordeel.NietTeBeoordelen, result.Oordeel);
    }

    [Fact]
    public void Division_by_zero_does_not_matter_when_the_other_side_decides() =>
        Assert.Equal(
            [CriterionOutcome.Voldaan, CriterionOutcome.NietVoldaan],
            Outcomes(["ja of 1 / aanbieder.aantal_zorgverleners > 0", "nee en 1 / aanbieder.aantal_zorgverleners > 0"], Aantal(0)));

    [Theory]
    [InlineData("79228162514264337593543950335 + 1 > 0")]
    [InlineData("aanbieder.aantal_zorgverleners * 79228162514264337593543950335 > 0")]
    [InlineData("-79228162514264337593543950335 - aanbieder.aantal_zorgverleners < 0")]
    [InlineData("79228162514264337593543950335 / 0.5 > 0")]
    public void Overflow_is_onbekend_with_its_reason(string toets)
    {
        var result = Judge(Load(toets), Aantal(3));
        var criterion = Assert.Single(result.Criteria);
        Assert.Equal(CriterionOutcome.Onbekend, criterion.Uitkomst);
        Assert.Equal("de uitkomst is te groot (overloop)", criterion.Reden);
        Assert.Equal(Oordeel.NietTeBeoordelen, result.Oordeel);
    }

    [Fact]
    public void The_largest_decimal_itself_is_fine() =>
        Assert.Equal(CriterionOutcome.Voldaan, Outcome("79228162514264337593543950335 - 1 < 79228162514264337593543950335"));

    [Theory]
    [InlineData("aantal(klachten.klachten) * 2 = 4")]
    [InlineData("aantal(k in klachten.klachten: k.verlengd) / aantal(klachten.klachten) = 0.5")]
    [InlineData("aantal(klachten.klachten) - aantal(k in klachten.klachten: k.verlengd) = 1")]
    public void Counts_are_numbers(string toets) =>
        Assert.Equal(
            CriterionOutcome.Voldaan,
            Outcome(toets, b => b.Lijst("klachten.klachten", [Klacht(verlengd: true), Klacht(verlengd: false)])));
}
