using IgjNormen.Binding;
using IgjNormen.Findings;
using IgjNormen.Model;

namespace IgjNormen.Evaluation;

/// <summary>
/// One evaluation of one set of bevindingen: the facts, the date, and the verdicts computed so far (for oordeel()).
/// Instances are kept per thread and reused (<see cref="Rent"/>/<see cref="Return"/>), so that evaluating allocates
/// no contexts, recorders or per-norm arrays: a generation number marks which entries belong to the current run.
/// </summary>
internal sealed partial class EvaluationRun
{
    private const byte InProgress = 1;
    private const byte Done = 2;

    [ThreadStatic]
    private static EvaluationRun? t_cached;

    private readonly Evaluator _owner;
    private readonly Norm[] _norms;
    private readonly int[] _stamp;
    private readonly byte[] _state;
    private readonly NormRecord[] _records;
    private readonly Oordeel[] _verdicts;
    private readonly Func<int, Oordeel> _finalVerdict;
    private EvaluationContext[] _contexts = [];
    private ExplanationRecorder?[] _recorders = [];
    private int _generation;
    private int _depth;
    private bool _busy;
    private Bevindingen _bevindingen = null!;
    private DateOnly _peildatum;
    private bool _explain;
    private bool _verdictsOnly;
    private int _touched;

    private EvaluationRun(Evaluator owner)
    {
        _owner = owner;
        _norms = [.. owner.Model.Norms];
        _stamp = new int[_norms.Length];
        _state = new byte[_norms.Length];
        _records = new NormRecord[_norms.Length];
        _verdicts = new Oordeel[_norms.Length];
        _finalVerdict = FinalVerdict;
    }

    /// <summary>This thread's run for <paramref name="owner"/> (a new one if it has none or is in one already).</summary>
    public static EvaluationRun Rent(Evaluator owner)
    {
        var run = t_cached;
        if (run is null || run._owner != owner || run._busy)
        {
            run = new EvaluationRun(owner);
            if (t_cached is null || !t_cached._busy)
            {
                t_cached = run;
            }
        }

        run._busy = true;
        return run;
    }

    public void Return()
    {
        // Keep nothing of this evaluation alive: what it found has been copied to the caller's record.
        if (!_verdictsOnly)
        {
            ReleaseBuffers();
        }

        foreach (var context in _contexts)
        {
            context.Release();
        }

        _bevindingen = null!;
        _busy = false;
    }

    public void Begin(Bevindingen bevindingen, DateOnly peildatum, bool explain, bool verdictsOnly, FactPrefetch? prefetch)
    {
        if (prefetch is not null)
        {
            _touched = prefetch.Touch(bevindingen.Facts);
        }

        if (++_generation == int.MaxValue)
        {
            _generation = 1;
            Array.Clear(_stamp);
        }

        _bevindingen = bevindingen;
        _peildatum = peildatum;
        _explain = explain && !verdictsOnly;
        _verdictsOnly = verdictsOnly;
        _depth = 0;
        _criteriaCount = 0;
        _missingCount = 0;
        _witnessCount = 0;
        _anyReason = false;
    }

    /// <summary>The context of the current nesting level, pointed at this run.</summary>
    private EvaluationContext Context
    {
        get
        {
            if (_depth >= _contexts.Length)
            {
                Array.Resize(ref _contexts, _depth + 1);
                Array.Resize(ref _recorders, _depth + 1);
                _contexts[_depth] = new EvaluationContext([], default, null, null);
            }

            var context = _contexts[_depth];
            context.Reset(_bevindingen.Facts, _peildatum, _finalVerdict, _explain ? _recorders[_depth] ??= new ExplanationRecorder() : null);
            return context;
        }
    }

    /// <summary>
    /// oordeel(norm) during another norm's toets: a norm not yet judged is judged one nesting level deeper, with its
    /// own context, so the outer criterion's locals and explanation are left alone; results are shared.
    /// </summary>
    private Oordeel FinalVerdict(int normIndex)
    {
        var norm = _norms[normIndex];
        _depth++;
        try
        {
            return _verdictsOnly ? Verdict(norm) : Result(norm);
        }
        finally
        {
            _depth--;
        }
    }

    // ---- verdicts only --------------------------------------------------------------------------------------

    public Oordeel Verdict(Norm norm)
    {
        var index = norm.Index;
        if (_stamp[index] == _generation)
        {
            // In progress means a cycle: rejected when the model is checked; this guards models built without it.
            return _state[index] == Done ? _verdicts[index] : Oordeel.NietTeBeoordelen;
        }

        _stamp[index] = _generation;
        _state[index] = InProgress;
        var verdict = ComputeVerdict(norm);
        if (FindAfwijking(norm.Id) is { } afwijking)
        {
            verdict = afwijking.Oordeel;
        }

        _verdicts[index] = verdict;
        _state[index] = Done;
        return verdict;
    }

    private Oordeel ComputeVerdict(Norm norm)
    {
        var version = norm.Plan.VersionOn(_peildatum);
        if (version is null)
        {
            return Oordeel.NietVanKracht;
        }

        var context = Context;
        version.CountUse();
        var compiled = version.Compiled;
        if (compiled is not null)
        {
            return CompiledVerdict(version, compiled, context);
        }

        if (version.Toepassing?.Bound is { } toepassing)
        {
            var applies = toepassing.Evaluate(context);
            if (applies.IsFalse)
            {
                return Oordeel.NietVanToepassing;
            }

            if (applies.IsUnknown)
            {
                return Oordeel.NietTeBeoordelen;
            }
        }

        int met = 0, notMet = 0, unknown = 0;
        bool kritiekFailed = false, kritiekUnknown = false;
        var toetsen = version.Toetsen;
        var kritiek = version.Kritiek;
        for (var i = 0; i < toetsen.Length; i++)
        {
            var value = toetsen[i]!.Evaluate(context);
            if (value.IsUnknown)
            {
                unknown++;
                kritiekUnknown |= kritiek[i];
            }
            else if (value.AsBoolean)
            {
                met++;
            }
            else
            {
                notMet++;
                kritiekFailed |= kritiek[i];
            }
        }

        return VerdictRules.Decide(met, notMet, unknown, kritiekFailed, kritiekUnknown);
    }

    private static Oordeel CompiledVerdict(VersionPlan version, Func<EvaluationContext, int>?[] compiled, EvaluationContext context)
    {
        if (version.CompiledToepassing is { } toepassing)
        {
            switch (toepassing(context))
            {
                case CompiledOps.False:
                    return Oordeel.NietVanToepassing;
                case CompiledOps.Unknown:
                    return Oordeel.NietTeBeoordelen;
            }
        }

        int met = 0, notMet = 0, unknown = 0;
        bool kritiekFailed = false, kritiekUnknown = false;
        var kritiek = version.Kritiek;
        for (var i = 0; i < compiled.Length; i++)
        {
            switch (compiled[i]!(context))
            {
                case CompiledOps.True:
                    met++;
                    break;
                case CompiledOps.False:
                    notMet++;
                    kritiekFailed |= kritiek[i];
                    break;
                default:
                    unknown++;
                    kritiekUnknown |= kritiek[i];
                    break;
            }
        }

        return VerdictRules.Decide(met, notMet, unknown, kritiekFailed, kritiekUnknown);
    }

    private Afwijking? FindAfwijking(string normId)
    {
        var afwijkingen = _bevindingen.Afwijkingen;
        for (var i = 0; i < afwijkingen.Count; i++)
        {
            if (afwijkingen[i].NormId == normId)
            {
                return afwijkingen[i];
            }
        }

        return null;
    }
}
