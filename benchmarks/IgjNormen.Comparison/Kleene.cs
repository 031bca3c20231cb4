using IgjNormen.Model;

namespace IgjNormen.Comparison;

/// <summary>
/// Counts criteria outcomes of one norm and applies the verdict rule of docs/oordelen.md, written anew here (not the
/// library's VerdictRules) so that the differential test checks the library's rule too. Used by the hand-written form
/// and by the glue around the RulesEngine workflow.
/// </summary>
public struct Tally
{
    private int _met;
    private int _notMet;
    private int _unknown;
    private bool _kritiekFailed;
    private bool _kritiekUnknown;

    public void Add(bool? outcome, bool kritiek = false)
    {
        if (outcome is null)
        {
            _unknown++;
            _kritiekUnknown |= kritiek;
        }
        else if (outcome.Value)
        {
            _met++;
        }
        else
        {
            _notMet++;
            _kritiekFailed |= kritiek;
        }
    }

    public readonly Oordeel Verdict()
    {
        var total = _met + _notMet + _unknown;
        var best = Scale(_met + _unknown, total, _kritiekFailed);
        var worst = Scale(_met, total, _kritiekFailed || _kritiekUnknown);
        return best == worst ? best : Oordeel.NietTeBeoordelen;
    }

    private static Oordeel Scale(int met, int total, bool kritiekFailed) =>
        kritiekFailed ? Oordeel.VoldoetNiet
        : met == total ? Oordeel.Voldoet
        : 2 * met >= total ? Oordeel.VoldoetGrotendeels
        : met > 0 ? Oordeel.VoldoetGrotendeelsNiet
        : Oordeel.VoldoetNiet;
}

/// <summary>Date arithmetic with 'onbekend' (null) as a team would write it; also registered in RulesEngine.</summary>
public static class Termijn
{
    public static DateTime? Dagen(DateTime? date, int days) => date?.AddDays(days);

    public static DateTime? Werkdagen(DateTime? date, int days) =>
        date is { } d ? Evaluation.DutchCalendar.AddWorkingDays(d, days) : null;

    public static DateTime Jaren(DateTime date, int years) => date.AddYears(years);

    /// <summary>a &lt;= b with onbekend: null when either side is.</summary>
    public static bool? Le(DateTime? a, DateTime? b) => a is { } x && b is { } y ? x <= y : null;
}
