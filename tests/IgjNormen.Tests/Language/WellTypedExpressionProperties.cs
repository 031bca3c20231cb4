using CsCheck;
using IgjNormen.Evaluation;
using IgjNormen.Parsing;
using Xunit;
using static IgjNormen.Tests.Language.ToetsHarness;

namespace IgjNormen.Tests.Language;

/// <summary>
/// Property: every generated well-typed toets (booleans, numbers, dates, tijdstippen, keuzes, texts, lists with
/// quantifiers and aantal, oordeel()) parses, binds with zero diagnostics, and evaluates without an exception on
/// random, partly missing facts.
/// </summary>
public class WellTypedExpressionProperties
{
    [Fact]
    public void Generated_toetsen_parse_bind_and_evaluate()
    {
        Gen.Select(ToetsGenerators.Boolean(3).Array[1, 5], ToetsGenerators.Facts.Array[1, 3], (toetsen, facts) => (toetsen, facts))
            .Sample(
                sample =>
                {
                    var (toetsen, facts) = sample;
                    foreach (var toets in toetsen)
                    {
                        var parsed = ToetsParser.Parse(toets);
                        Assert.True(parsed.Success, $"'{toets}': {parsed.Error?.Format(parsed.ErrorArgs)}");
                    }

                    var loaded = Load(toetsen, OtherNorm(ToetsGenerators.OtherNormId, "klachten.regeling_aanwezig"));
                    Assert.Empty(loaded.Diagnostics.Where(d => d.IsError).Select(d => d.ToString()));
                    var evaluator = new Evaluator(loaded.Model);
                    foreach (var set in facts)
                    {
                        var result = evaluator.Evaluate(Facts(loaded.Model, set.Apply));
                        Assert.False(result.HasErrors);
                        var norm = result.Normen.Single(n => n.NormId == "t");
                        Assert.Equal(toetsen.Length, norm.Criteria.Count);
                        Assert.All(norm.Criteria, c => Assert.True(Enum.IsDefined(c.Uitkomst)));
                    }
                },
                iter: 80,
                print: s => string.Join("\n", s.toetsen) + "\n" + string.Join("\n", s.facts.Select(f => f.ToString())));
    }

    [Fact]
    public void Evaluation_is_deterministic_and_does_not_depend_on_other_criteria()
    {
        Gen.Select(ToetsGenerators.Boolean(3).Array[2, 4], ToetsGenerators.Facts, (toetsen, facts) => (toetsen, facts))
            .Sample(
                sample =>
                {
                    var (toetsen, facts) = sample;
                    var together = Outcomes(toetsen, facts.Apply, null, OtherNorm(ToetsGenerators.OtherNormId, "klachten.regeling_aanwezig"));
                    var again = Outcomes(toetsen, facts.Apply, null, OtherNorm(ToetsGenerators.OtherNormId, "klachten.regeling_aanwezig"));
                    Assert.Equal(together, again);
                    var alone = Outcomes([toetsen[^1]], facts.Apply, null, OtherNorm(ToetsGenerators.OtherNormId, "klachten.regeling_aanwezig"));
                    Assert.Equal(together[^1], alone[0]);
                },
                iter: 40,
                print: s => string.Join("\n", s.toetsen) + "\n" + s.facts);
    }

    private static IReadOnlyList<IgjNormen.Model.CriterionOutcome> Outcomes(string[] toetsen, Action<IgjNormen.Findings.BevindingenBuilder> facts, DateOnly? peildatum, params (string, string)[] extra) =>
        Judge(Load(toetsen, extra), facts, peildatum).Criteria.Select(c => c.Uitkomst).ToList();
}
