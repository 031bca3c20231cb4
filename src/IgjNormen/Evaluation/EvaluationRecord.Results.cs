using IgjNormen.Model;
using IgjNormen.Results;

namespace IgjNormen.Evaluation;

/// <summary>Making the result objects from the record: the same objects and text the evaluator used to make at once.</summary>
internal sealed partial class EvaluationRecord
{
    private NormResult Build(int index)
    {
        var norm = Norms[index];
        ref readonly var record = ref Records[index];
        var version = VersionOf(index);
        var result = record.Kind switch
        {
            NormRecordKind.NotInForce => new NormResult
            {
                NormId = norm.Id,
                Titel = norm.Titel,
                Soort = norm.Soort,
                Bronnen = norm.Plan.Bronnen,
                BerekendOordeel = Oordeel.NietVanKracht,
                Oordeel = Oordeel.NietVanKracht,
                Reden = $"Op {Evaluator.Format(Peildatum)} geldt geen versie van deze norm.",
            },
            NormRecordKind.NotApplicable => Header(norm, version!, Oordeel.NietVanToepassing, version!.NotApplicableReason),
            NormRecordKind.ApplicabilityUnknown => ApplicabilityUnknown(norm, version!, record),
            _ => Judged(norm, version!, record),
        };

        return Afwijkingen?[index] is { } afwijking
            ? result with { Oordeel = afwijking.Oordeel, Motivering = afwijking.Motivering }
            : result;
    }

    private static NormResult Header(Norm norm, VersionPlan version, Oordeel oordeel, string reden) => new()
    {
        NormId = norm.Id,
        Titel = norm.Titel,
        Soort = norm.Soort,
        Bronnen = version.Bronnen,
        Versie = version.Version.GeldigVanaf,
        BerekendOordeel = oordeel,
        Oordeel = oordeel,
        Reden = reden,
    };

    private NormResult ApplicabilityUnknown(Norm norm, VersionPlan version, in NormRecord record)
    {
        var missing = Criteria[record.CriteriaStart];
        var names = Names(missing.Start, missing.Count);
        var reden = CriterionReasons?[record.CriteriaStart] is not { } reason
            ? $"Onbekend of de norm van toepassing is ('{version.ToepassingText}'); ontbrekend: {EvaluationRun.JoinOrDash(names)}."
            : $"Onbekend of de norm van toepassing is: {reason}.";
        return Header(norm, version, Oordeel.NietTeBeoordelen, reden) with { Ontbrekend = names };
    }

    private NormResult Judged(Norm norm, VersionPlan version, in NormRecord record)
    {
        var oordeel = record.Computed;
        var reden = oordeel == Oordeel.Voldoet ? null : new JudgeReason(this, record, version);
        return new NormResult
        {
            NormId = norm.Id,
            Titel = norm.Titel,
            Soort = norm.Soort,
            Bronnen = version.Bronnen,
            Versie = version.Version.GeldigVanaf,
            BerekendOordeel = oordeel,
            Oordeel = oordeel,
            Reden = reden is null ? version.AllMetReason : null!,
            RedenSource = reden,
            KritiekNietVoldaan = record.KritiekFailed,
            Ontbrekend = oordeel == Oordeel.NietTeBeoordelen ? MissingOfUnknownCriteria(record, version) : [],
            Criteria = Explained && version.Criteria.Length > 0 ? new CriterionList(this, record.CriteriaStart, version) : [],
        };
    }

    /// <summary>The missing facts of a norm's onbekend criteria, each once, in the order met.</summary>
    internal IReadOnlyList<string> MissingOfUnknownCriteria(in NormRecord record, VersionPlan version)
    {
        var count = version.Criteria.Length;
        List<MissingFact>? all = null;
        for (var i = record.CriteriaStart; i < record.CriteriaStart + count; i++)
        {
            var criterion = Criteria[i];
            if (criterion.Outcome != CriterionOutcome.Onbekend)
            {
                continue;
            }

            for (var m = criterion.Start; m < criterion.Start + criterion.Count; m++)
            {
                if (!(all ??= []).Contains(Missing[m]))
                {
                    all.Add(Missing[m]);
                }
            }
        }

        return all is null ? [] : new MissingList([.. all]);
    }

    /// <summary>Why a norm's onbekend criteria could not be computed (division by zero, …), each reason once.</summary>
    internal List<string>? ReasonsOfUnknownCriteria(in NormRecord record, VersionPlan version)
    {
        if (CriterionReasons is null)
        {
            return null;
        }

        List<string>? reasons = null;
        var count = version.Criteria.Length;
        for (var i = record.CriteriaStart; i < record.CriteriaStart + count; i++)
        {
            if (Criteria[i].Outcome == CriterionOutcome.Onbekend && CriterionReasons[i] is { } reason && !(reasons ??= []).Contains(reason))
            {
                reasons.Add(reason);
            }
        }

        return reasons;
    }

    internal CriterionResult BuildCriterion(int index, VersionPlan version, int position)
    {
        var criterion = version.Criteria[position];
        var record = Criteria[index];
        var unknown = record.Outcome == CriterionOutcome.Onbekend;
        return new CriterionResult
        {
            Id = criterion.Id,
            Tekst = criterion.Tekst,
            Kritiek = version.Kritiek[position],
            Uitkomst = record.Outcome,
            Waarden = criterion.Toets.Facts.Count == 0 ? [] : new FactValueList(criterion.Toets.Facts, Facts),
            Doorslaggevend = unknown || record.Count == 0 ? [] : new WitnessList(Witnesses, record.Start, record.Count, Facts),
            Ontbrekend = unknown ? Names(record.Start, record.Count) : [],
            Reden = unknown ? CriterionReasons?[index] : null,
        };
    }

    private IReadOnlyList<string> Names(int start, int count) =>
        count == 0 ? [] : new MissingList(Missing, start, count);
}
