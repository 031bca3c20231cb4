using IgjNormen.Diagnostics;
using IgjNormen.Evaluation;
using IgjNormen.Findings;
using IgjNormen.Model;
using IgjNormen.Tests.Support;
using Xunit;
using static IgjNormen.Tests.Language.ToetsHarness;

namespace IgjNormen.Tests.Language;

/// <summary>
/// <c>oordeel(norm-id)</c>: the final oordeel on another norm on the same peildatum, including an inspector's reasoned
/// override. Norm 'a' (judged before 't') and norm 'z' (judged after 't') test both orders.
/// </summary>
public class VerdictOfTests
{
    private const string Fact = "klachten.regeling_aanwezig";

    private static Action<BevindingenBuilder> Regeling(bool? value, Action<BevindingenBuilder>? more = null) => b =>
    {
        b.Feit(Fact, value);
        more?.Invoke(b);
    };

    [Theory]
    [InlineData("a", true, "ja")]
    [InlineData("a", false, "nee")]
    [InlineData("z", true, "ja")]
    [InlineData("z", false, "nee")]
    public void Oordeel_equals_a_verdict(string id, bool regeling, string expected) =>
        Assert.Equal(Truth(expected), Outcomes([$"oordeel({id}) = voldoet"], Regeling(regeling), other: OtherNorm(id, Fact))[0]);

    [Theory]
    [InlineData(true, "ja", "nee", "ja")]
    [InlineData(false, "nee", "ja", "nee")]
    [InlineData(null, "nee", "nee", "nee")]
    public void Oordeel_in_a_list_of_verdicts(bool? regeling, string voldoetOfGrotendeels, string voldoetNiet, string nietIn)
    {
        var outcomes = Outcomes(
            ["oordeel(a) in [voldoet, voldoet grotendeels]", "oordeel(a) in [voldoet niet]", "oordeel(a) niet in [voldoet niet, niet te beoordelen]"],
            Regeling(regeling),
            other: OtherNorm("a", Fact));
        Assert.Equal([Truth(voldoetOfGrotendeels), Truth(voldoetNiet), Truth(nietIn)], outcomes);
    }

    [Theory]
    [InlineData("a")]
    [InlineData("z")]
    public void Oordeel_sees_the_inspectors_override(string id)
    {
        var loaded = Load(["oordeel(" + id + ") = voldoet", "oordeel(" + id + ") = voldoet grotendeels", "oordeel(" + id + ") in [voldoet, voldoet grotendeels]"], OtherNorm(id, Fact));
        AssertNoErrors(loaded);
        var bevindingen = Facts(loaded.Model, b => b.Feit(Fact, true).Afwijking(id, Oordeel.VoldoetGrotendeels, "De regeling is nog niet bekendgemaakt."));
        var result = new Evaluator(loaded.Model).Evaluate(bevindingen);
        var other = result.Normen.Single(n => n.NormId == id);
        Assert.Equal(Oordeel.Voldoet, other.BerekendOordeel);
        Assert.Equal(Oordeel.VoldoetGrotendeels, other.Oordeel);
        Assert.Equal(
            [CriterionOutcome.NietVoldaan, CriterionOutcome.Voldaan, CriterionOutcome.Voldaan],
            result.Normen.Single(n => n.NormId == "t").Criteria.Select(c => c.Uitkomst));
    }

    [Fact]
    public void Oordeel_sees_an_override_read_from_bevindingen()
    {
        var loaded = Load(["oordeel(a) = voldoet niet"], OtherNorm("a", Fact));
        var diagnostics = new DiagnosticBag();
        var bevindingen = BevindingenReader.ReadText(
            """
            aanbieder:
              naam: Zorggroep De Linde
            peildatum: 2025-03-12
            feiten:
              klachten:
                regeling_aanwezig: ja
            oordelen:
              a:
                oordeel: voldoet niet
                motivering: De regeling bestaat alleen op papier.
            """,
            loaded.Model,
            diagnostics);
        Assert.Empty(diagnostics.Items);
        var result = new Evaluator(loaded.Model).Evaluate(bevindingen!);
        Assert.Equal(CriterionOutcome.Voldaan, result.Normen.Single(n => n.NormId == "t").Criteria.Single().Uitkomst);
    }

    [Fact]
    public void Niet_te_beoordelen_is_a_known_verdict_not_onbekend()
    {
        var outcomes = Outcomes(
            ["oordeel(a) = niet te beoordelen", "oordeel(a) = voldoet", "oordeel(a) != voldoet"],
            Regeling(null),
            other: OtherNorm("a", Fact));
        Assert.Equal([CriterionOutcome.Voldaan, CriterionOutcome.NietVoldaan, CriterionOutcome.Voldaan], outcomes);
    }

    [Fact]
    public void Niet_van_toepassing()
    {
        var outcomes = Outcomes(
            ["oordeel(a) = niet van toepassing"],
            b => b.Feit("aanbieder.soort", "solistisch"),
            other: OtherNorm("a", Fact, toepassing: "aanbieder.soort = \"instelling\""));
        Assert.Equal([CriterionOutcome.Voldaan], outcomes);
    }

    [Fact]
    public void Niet_van_kracht()
    {
        var (path, text) = OtherNorm("a", Fact);
        var outcomes = Outcomes(["oordeel(a) = niet van kracht"], Regeling(true), other: (path, text.Replace("geldig_vanaf: 2016-01-01", "geldig_vanaf: 2030-01-01", StringComparison.Ordinal)));
        Assert.Equal([CriterionOutcome.Voldaan], outcomes);
    }

    [Fact]
    public void Oordeel_through_a_chain_of_norms()
    {
        var outcomes = Outcomes(
            ["oordeel(m) = voldoet niet"],
            Regeling(false),
            OtherNorm("m", "oordeel(z) = voldoet"),
            OtherNorm("z", Fact));
        Assert.Equal([CriterionOutcome.Voldaan], outcomes);
    }

    [Fact]
    public void Oordeel_in_a_toepassing()
    {
        var loaded = TestModel.WithBegrippen(
            (NormPath, TestModel.Norm("t", "oordeel(a) != voldoet", "ja")),
            OtherNorm("a", Fact));
        AssertNoErrors(loaded);
        var evaluator = new Evaluator(loaded.Model);
        Assert.Equal(Oordeel.NietVanToepassing, evaluator.Evaluate(Facts(loaded.Model, Regeling(true))).Normen.Single(n => n.NormId == "t").Oordeel);
        Assert.Equal(Oordeel.Voldoet, evaluator.Evaluate(Facts(loaded.Model, Regeling(false))).Normen.Single(n => n.NormId == "t").Oordeel);
    }

    [Fact]
    public void A_cycle_through_oordeel_is_an_error()
    {
        var loaded = Load(["oordeel(a) = voldoet"], OtherNorm("a", "oordeel(t) = voldoet"));
        Assert.Contains(loaded.Diagnostics, d => d.Code == "IGJ1403" && d.Message == "Kringverwijzing: a → t → a.");
    }

    private static IReadOnlyList<CriterionOutcome> Outcomes(IEnumerable<string> toetsen, Action<BevindingenBuilder> facts, params (string Path, string Text)[] other) =>
        Judge(Load(toetsen, other), facts).Criteria.Select(c => c.Uitkomst).ToList();
}
