using IgjNormen.Model;

namespace IgjNormen.Evaluation;

/// <summary>
/// Why the rules gave the oordeel of a norm whose criteria were evaluated: made into text only when someone reads
/// <see cref="Results.NormResult.Reden"/>, from the recorded outcomes of its criteria.
/// </summary>
internal sealed class JudgeReason(EvaluationRecord record, NormRecord norm, VersionPlan version)
{
    public override string ToString()
    {
        int met = 0, unknown = 0;
        for (var i = 0; i < version.Criteria.Length; i++)
        {
            switch (record.Criteria[norm.CriteriaStart + i].Outcome)
            {
                case CriterionOutcome.Voldaan:
                    met++;
                    break;
                case CriterionOutcome.Onbekend:
                    unknown++;
                    break;
            }
        }

        var total = version.Criteria.Length;
        return norm.Computed switch
        {
            Oordeel.NietTeBeoordelen => $"Niet te beoordelen: {unknown} van {total} criteria onbekend; {Unknowns()}.",
            _ when norm.KritiekFailed => $"Kritiek criterium niet voldaan: {Failed(kritiekOnly: true)}.",
            _ => $"{met} van {total} criteria voldaan; niet voldaan: {Failed(kritiekOnly: false)}.",
        };
    }

    /// <summary>Why criteria are unknown: the missing facts, and reasons such as a division by zero.</summary>
    private string Unknowns()
    {
        var parts = new List<string>();
        var missing = record.MissingOfUnknownCriteria(norm, version);
        if (missing.Count > 0)
        {
            parts.Add("ontbrekend: " + string.Join(", ", missing));
        }

        if (record.ReasonsOfUnknownCriteria(norm, version) is { Count: > 0 } reasons)
        {
            parts.Add("niet te berekenen: " + string.Join(", ", reasons));
        }

        return parts.Count == 0 ? "ontbrekend: -" : string.Join("; ", parts);
    }

    private string Failed(bool kritiekOnly)
    {
        var names = new List<string>();
        for (var i = 0; i < version.Criteria.Length; i++)
        {
            if (record.Criteria[norm.CriteriaStart + i].Outcome == CriterionOutcome.NietVoldaan && (!kritiekOnly || version.Kritiek[i]))
            {
                names.Add(version.Criteria[i].Id);
            }
        }

        return string.Join(", ", names);
    }
}
