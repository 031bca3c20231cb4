using IgjNormen.Evaluation;
using IgjNormen.Model;
using Xunit;

namespace IgjNormen.Tests.Evaluation;

/// <summary>The verdict rule of docs/oordelen.md, case by case.</summary>
public class VerdictRuleTests
{
    [Theory]
    [InlineData(3, 0, 0, false, false, Oordeel.Voldoet)]
    [InlineData(2, 1, 0, false, false, Oordeel.VoldoetGrotendeels)]
    [InlineData(2, 2, 0, false, false, Oordeel.VoldoetGrotendeels)] // exactly half
    [InlineData(1, 2, 0, false, false, Oordeel.VoldoetGrotendeelsNiet)]
    [InlineData(0, 3, 0, false, false, Oordeel.VoldoetNiet)]
    [InlineData(2, 1, 0, true, false, Oordeel.VoldoetNiet)] // a failed kritiek criterion decides
    [InlineData(2, 0, 1, false, false, Oordeel.NietTeBeoordelen)] // could be voldoet or grotendeels
    [InlineData(0, 3, 1, false, false, Oordeel.NietTeBeoordelen)] // could be niet or grotendeels niet
    [InlineData(0, 2, 1, true, false, Oordeel.VoldoetNiet)] // kritiek failed: unknowns cannot help
    [InlineData(3, 1, 1, false, false, Oordeel.VoldoetGrotendeels)] // 3/5 or 4/5: grotendeels either way
    [InlineData(5, 0, 1, false, true, Oordeel.NietTeBeoordelen)] // unknown kritiek could fail the norm
    [InlineData(0, 0, 1, false, false, Oordeel.NietTeBeoordelen)]
    public void Decide_follows_the_rule(int met, int notMet, int unknown, bool kritiekFailed, bool kritiekUnknown, Oordeel expected) =>
        Assert.Equal(expected, VerdictRules.Decide(met, notMet, unknown, kritiekFailed, kritiekUnknown));

    [Fact]
    public void Decide_with_unknowns_equals_the_common_verdict_of_every_completion()
    {
        // Brute force over small cases: the verdict is defined iff every way of settling the unknowns agrees.
        for (var met = 0; met <= 4; met++)
        for (var notMet = 0; notMet <= 4; notMet++)
        for (var unknown = 0; unknown <= 3; unknown++)
        {
            if (met + notMet + unknown == 0)
            {
                continue;
            }

            var outcomes = Enumerable.Range(0, unknown + 1)
                .Select(extraMet => VerdictRules.Scale(met + extraMet, met + notMet + unknown, kritiekFailed: false))
                .Distinct()
                .ToList();
            var expected = outcomes.Count == 1 ? outcomes[0] : Oordeel.NietTeBeoordelen;
            Assert.Equal(expected, VerdictRules.Decide(met, notMet, unknown, false, false));
        }
    }
}
