using IgjNormen.Model;

namespace IgjNormen.Evaluation;

/// <summary>
/// Turns criteria outcomes into an oordeel (docs/oordelen.md). Unknown criteria are settled by looking at both
/// extremes: if the best and the worst case give the same oordeel, that is the oordeel; else 'niet te beoordelen'.
/// The rule is monotone in the number of criteria met, so the extremes decide every case in between.
/// </summary>
public static class VerdictRules
{
    public static Oordeel Decide(int met, int notMet, int unknown, bool kritiekFailed, bool kritiekUnknown)
    {
        var total = met + notMet + unknown;
        var best = Scale(met + unknown, total, kritiekFailed);
        var worst = Scale(met, total, kritiekFailed || kritiekUnknown);
        return best == worst ? best : Oordeel.NietTeBeoordelen;
    }

    /// <summary>The scale without unknowns: kritiek failed → voldoet niet; all → voldoet; ≥ half → grotendeels; some → grotendeels niet.</summary>
    public static Oordeel Scale(int met, int total, bool kritiekFailed)
    {
        if (kritiekFailed)
        {
            return Oordeel.VoldoetNiet;
        }

        if (met == total)
        {
            return Oordeel.Voldoet;
        }

        if (2 * met >= total)
        {
            return Oordeel.VoldoetGrotendeels;
        }

        return met > 0 ? Oordeel.VoldoetGrotendeelsNiet : Oordeel.VoldoetNiet;
    }
}
