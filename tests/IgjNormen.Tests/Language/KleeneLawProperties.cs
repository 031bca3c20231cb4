using CsCheck;
using IgjNormen.Evaluation;
using IgjNormen.Model;
using Xunit;
using static IgjNormen.Tests.Language.ToetsHarness;

namespace IgjNormen.Tests.Language;

/// <summary>
/// Property: the laws of Kleene's three-valued logic hold for generated ja/nee toetsen on random, partly missing
/// facts: De Morgan, 'a en nee' = nee, 'a of ja' = ja, double negation, commutativity and idempotence, the
/// quantifier dualities (geen = niet enige, alle = niet enige niet), and en/of/niet agree with Kleene's tables.
/// </summary>
public class KleeneLawProperties
{
    private static CriterionOutcome Not(CriterionOutcome a) => a switch
    {
        CriterionOutcome.Voldaan => CriterionOutcome.NietVoldaan,
        CriterionOutcome.NietVoldaan => CriterionOutcome.Voldaan,
        _ => CriterionOutcome.Onbekend,
    };

    private static CriterionOutcome And(CriterionOutcome a, CriterionOutcome b) =>
        a == CriterionOutcome.NietVoldaan || b == CriterionOutcome.NietVoldaan ? CriterionOutcome.NietVoldaan
        : a == CriterionOutcome.Onbekend || b == CriterionOutcome.Onbekend ? CriterionOutcome.Onbekend
        : CriterionOutcome.Voldaan;

    private static CriterionOutcome Or(CriterionOutcome a, CriterionOutcome b) => Not(And(Not(a), Not(b)));

    [Fact]
    public void Kleene_laws_hold_on_generated_expressions()
    {
        var gen = Gen.Select(
            ToetsGenerators.Boolean(2),
            ToetsGenerators.Boolean(2),
            ToetsGenerators.Boolean(2, scope: 1),
            ToetsGenerators.Facts.Array[2, 4],
            (a, b, p, facts) => (a, b, p, facts));
        gen.Sample(
            sample =>
            {
                var (a, b, p, facts) = sample;
                string[] toetsen =
                [
                    /* 0 */ a,
                    /* 1 */ b,
                    /* 2 */ $"niet (({a}) en ({b}))",
                    /* 3 */ $"(niet ({a})) of (niet ({b}))",
                    /* 4 */ $"niet (({a}) of ({b}))",
                    /* 5 */ $"(niet ({a})) en (niet ({b}))",
                    /* 6 */ $"({a}) en nee",
                    /* 7 */ $"({a}) of ja",
                    /* 8 */ $"niet (niet ({a}))",
                    /* 9 */ $"({a}) en ({b})",
                    /* 10 */ $"({b}) en ({a})",
                    /* 11 */ $"({a}) of ({b})",
                    /* 12 */ $"({b}) of ({a})",
                    /* 13 */ $"({a}) en ({a})",
                    /* 14 */ $"({a}) of ({a})",
                    /* 15 */ $"niet ({a})",
                    /* 16 */ $"geen v1 in klachten.klachten: {p}",
                    /* 17 */ $"niet (enige v1 in klachten.klachten: {p})",
                    /* 18 */ $"alle v1 in klachten.klachten: {p}",
                    /* 19 */ $"niet (enige v1 in klachten.klachten: niet ({p}))",
                ];
                var loaded = Load(toetsen, OtherNorm(ToetsGenerators.OtherNormId, "klachten.regeling_aanwezig"));
                AssertNoErrors(loaded);
                var evaluator = new Evaluator(loaded.Model);
                foreach (var set in facts)
                {
                    var o = evaluator.Evaluate(Facts(loaded.Model, set.Apply)).Normen.Single(n => n.NormId == "t").Criteria.Select(c => c.Uitkomst).ToArray();
                    Assert.Equal(o[2], o[3]);
                    Assert.Equal(o[4], o[5]);
                    Assert.Equal(CriterionOutcome.NietVoldaan, o[6]);
                    Assert.Equal(CriterionOutcome.Voldaan, o[7]);
                    Assert.Equal(o[0], o[8]);
                    Assert.Equal(o[9], o[10]);
                    Assert.Equal(o[11], o[12]);
                    Assert.Equal(o[0], o[13]);
                    Assert.Equal(o[0], o[14]);
                    Assert.Equal(And(o[0], o[1]), o[9]);
                    Assert.Equal(Or(o[0], o[1]), o[11]);
                    Assert.Equal(Not(o[0]), o[15]);
                    Assert.Equal(Not(And(o[0], o[1])), o[2]);
                    Assert.Equal(o[16], o[17]);
                    Assert.Equal(o[18], o[19]);
                }
            },
            iter: 50,
            print: s => $"a: {s.a}\nb: {s.b}\np: {s.p}\n" + string.Join("\n", s.facts.Select(f => f.ToString())));
    }
}
