using IgjNormen.Binding;
using IgjNormen.Findings;
using IgjNormen.Model;

namespace IgjNormen.Evaluation;

/// <summary>
/// Whole results: per norm how it was judged, per criterion its outcome and (with explanations) the missing facts or
/// deciding elements, recorded in this run's buffers and copied into an <see cref="EvaluationRecord"/> at the end. The
/// result objects are made from that record when someone reads them.
/// </summary>
internal sealed partial class EvaluationRun
{
    private CriterionRecord[] _criteria = new CriterionRecord[32];
    private string?[] _reasons = new string?[32];
    private MissingFact[] _missing = new MissingFact[16];
    private (FactDefinition List, int Position)[] _witnesses = new (FactDefinition, int)[16];
    private int _criteriaCount;
    private int _missingCount;
    private int _witnessCount;
    private bool _anyReason;

    /// <summary>Judges a norm (once per run) and gives its final oordeel; what was found is in <see cref="_records"/>.</summary>
    public Oordeel Result(Norm norm)
    {
        var index = norm.Index;
        if (_stamp[index] == _generation)
        {
            // In progress means a cycle: rejected when the model is checked; this guards models built without it.
            return _state[index] == Done ? _records[index].Final : Oordeel.NietTeBeoordelen;
        }

        _stamp[index] = _generation;
        _state[index] = InProgress;
        var record = Compute(norm);
        record.Final = FindAfwijking(norm.Id) is { } afwijking ? afwijking.Oordeel : record.Computed;
        _records[index] = record;
        _state[index] = Done;
        return record.Final;
    }

    /// <summary>
    /// Copies what this run found about <paramref name="norms"/> (all judged with <see cref="Result"/>) out of the
    /// reused buffers, into a record that belongs to the caller.
    /// </summary>
    public EvaluationRecord Record(Norm[] norms, KaderPlan? kader)
    {
        var records = new NormRecord[norms.Length];
        Afwijking?[]? afwijkingen = _bevindingen.Afwijkingen.Count > 0 ? new Afwijking?[norms.Length] : null;
        for (var i = 0; i < records.Length; i++)
        {
            records[i] = _records[norms[i].Index];
            if (afwijkingen is not null)
            {
                afwijkingen[i] = FindAfwijking(norms[i].Id);
            }
        }

        return new EvaluationRecord(
            norms,
            records,
            _criteria.AsSpan(0, _criteriaCount).ToArray(),
            _anyReason ? _reasons.AsSpan(0, _criteriaCount).ToArray() : null,
            afwijkingen,
            _missingCount == 0 ? [] : _missing.AsSpan(0, _missingCount).ToArray(),
            _witnessCount == 0 ? [] : _witnesses.AsSpan(0, _witnessCount).ToArray(),
            _explain ? _bevindingen.Facts : [],
            _peildatum,
            _explain,
            kader);
    }

    /// <summary>Drops the references the buffers hold to the last evaluation's data.</summary>
    private void ReleaseBuffers()
    {
        Array.Clear(_missing, 0, _missingCount);
        if (_anyReason)
        {
            Array.Clear(_reasons, 0, _criteriaCount);
        }
    }

    private NormRecord Compute(Norm norm)
    {
        var version = norm.Plan.VersionOn(_peildatum);
        if (version is null)
        {
            return new NormRecord { Kind = NormRecordKind.NotInForce, Computed = Oordeel.NietVanKracht };
        }

        var context = Context;
        version.CountUse();
        var compiled = version.Compiled;
        if (version.Toepassing?.Bound is { } applicability)
        {
            var value = Execute(applicability, compiled is null ? null : version.CompiledToepassing, context);
            if (value == CompiledOps.False)
            {
                return new NormRecord { Kind = NormRecordKind.NotApplicable, Computed = Oordeel.NietVanToepassing };
            }

            if (value == CompiledOps.Unknown)
            {
                // One criterion entry holds what the toepassing missed, and why it could not be computed.
                var start = Reserve(1);
                var missing = default(CriterionRecord);
                missing.Outcome = CriterionOutcome.Onbekend;
                if (context.Recorder is { } recorder)
                {
                    missing.Start = _missingCount;
                    missing.Count = CopyMissing(recorder);
                    SetReason(start, recorder.Reason);
                }

                _criteria[start] = missing;
                return new NormRecord { Kind = NormRecordKind.ApplicabilityUnknown, CriteriaStart = start, Computed = Oordeel.NietTeBeoordelen };
            }
        }

        return Judge(version, compiled, context);
    }

    private NormRecord Judge(VersionPlan version, Func<EvaluationContext, int>?[]? compiled, EvaluationContext context)
    {
        int met = 0, notMet = 0, unknown = 0;
        bool kritiekFailed = false, kritiekUnknown = false;
        var toetsen = version.Toetsen;
        var kritiek = version.Kritiek;
        var count = toetsen.Length;

        // The criteria's places are taken before any runs: oordeel() in a toets may judge other norms meanwhile.
        var start = Reserve(count);
        for (var i = 0; i < count; i++)
        {
            var value = Execute(toetsen[i]!, compiled?[i], context);
            var record = default(CriterionRecord);
            switch (value)
            {
                case CompiledOps.True:
                    met++;
                    record.Outcome = CriterionOutcome.Voldaan;
                    break;
                case CompiledOps.False:
                    notMet++;
                    kritiekFailed |= kritiek[i];
                    record.Outcome = CriterionOutcome.NietVoldaan;
                    break;
                default:
                    unknown++;
                    kritiekUnknown |= kritiek[i];
                    record.Outcome = CriterionOutcome.Onbekend;
                    break;
            }

            if (context.Recorder is { } recorder)
            {
                if (record.Outcome == CriterionOutcome.Onbekend)
                {
                    record.Start = _missingCount;
                    record.Count = CopyMissing(recorder);
                    SetReason(start + i, recorder.Reason);
                }
                else
                {
                    record.Start = _witnessCount;
                    record.Count = CopyWitnesses(recorder);
                }
            }

            _criteria[start + i] = record;
        }

        return new NormRecord
        {
            Kind = NormRecordKind.Judged,
            CriteriaStart = start,
            Computed = VerdictRules.Decide(met, notMet, unknown, kritiekFailed, kritiekUnknown),
            KritiekFailed = kritiekFailed,
        };
    }

    /// <summary>Takes <paramref name="count"/> places in the criteria buffer; returns the first.</summary>
    private int Reserve(int count)
    {
        var start = _criteriaCount;
        if (start + count > _criteria.Length)
        {
            var size = Math.Max(start + count, _criteria.Length * 2);
            Array.Resize(ref _criteria, size);
            Array.Resize(ref _reasons, size);
        }

        _criteriaCount += count;
        return start;
    }

    private void SetReason(int criterion, string? reason)
    {
        if (reason is not null)
        {
            _reasons[criterion] = reason;
            _anyReason = true;
        }
    }

    /// <summary>Evaluates a toets (0 nee, 1 ja, 2 onbekend); with explanations the recorder holds what it saw.</summary>
    private static int Execute(BoundExpr expr, Func<EvaluationContext, int>? compiled, EvaluationContext context)
    {
        context.Recorder?.Clear();
        if (compiled is not null)
        {
            return compiled(context);
        }

        var value = expr.Evaluate(context);
        return value.IsUnknown ? CompiledOps.Unknown : value.AsBoolean ? CompiledOps.True : CompiledOps.False;
    }

    private int CopyMissing(ExplanationRecorder recorder) => Append(ref _missing, ref _missingCount, recorder.MissingFacts);

    private int CopyWitnesses(ExplanationRecorder recorder) => Append(ref _witnesses, ref _witnessCount, recorder.WitnessEntries);

    /// <summary>Appends <paramref name="items"/> to a reused buffer, growing it when needed; gives how many were added.</summary>
    private static int Append<T>(ref T[] buffer, ref int used, List<T> items)
    {
        var count = items.Count;
        if (count == 0)
        {
            return 0;
        }

        if (used + count > buffer.Length)
        {
            Array.Resize(ref buffer, Math.Max(used + count, buffer.Length * 2));
        }

        items.CopyTo(buffer, used);
        used += count;
        return count;
    }

    internal static string JoinOrDash(IReadOnlyList<string> items) => items.Count == 0 ? "-" : string.Join(", ", items);
}
