using IgjNormen.Binding;
using IgjNormen.Findings;
using IgjNormen.Model;
using IgjNormen.Results;

namespace IgjNormen.Evaluation;

/// <summary>
/// One evaluation of one set of bevindingen: the facts, the date, and the verdicts computed so far (for oordeel()).
/// Instances are kept per thread and reused (<see cref="Rent"/>/<see cref="Return"/>), so that evaluating allocates
/// no contexts, recorders or per-norm arrays: a generation number marks which entries belong to the current run.
/// </summary>
internal sealed class EvaluationRun
{
    private const byte InProgress = 1;
    private const byte Done = 2;

    [ThreadStatic]
    private static EvaluationRun? t_cached;

    private readonly Evaluator _owner;
    private readonly Norm[] _norms;
    private readonly int[] _stamp;
    private readonly byte[] _state;
    private readonly NormResult?[] _results;
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

    private EvaluationRun(Evaluator owner)
    {
        _owner = owner;
        _norms = [.. owner.Model.Norms];
        _stamp = new int[_norms.Length];
        _state = new byte[_norms.Length];
        _results = new NormResult?[_norms.Length];
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
        // Keep nothing of this evaluation alive: the results belong to the caller now.
        if (!_verdictsOnly)
        {
            Array.Clear(_results);
        }

        foreach (var context in _contexts)
        {
            context.Release();
        }

        _bevindingen = null!;
        _busy = false;
    }

    public void Begin(Bevindingen bevindingen, DateOnly peildatum, bool explain, bool verdictsOnly)
    {
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
            return _verdictsOnly ? Verdict(norm) : Result(norm).Oordeel;
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

    // ---- whole results ----------------------------------------------------------------------------------------

    public NormResult Result(Norm norm)
    {
        var index = norm.Index;
        if (_stamp[index] == _generation)
        {
            if (_state[index] == Done)
            {
                return _results[index]!;
            }

            // Cycles are rejected when the model is checked; this guards models built without the checker.
            return new NormResult { NormId = norm.Id, Titel = norm.Titel, Reden = "Kringverwijzing via oordeel().", Oordeel = Oordeel.NietTeBeoordelen, BerekendOordeel = Oordeel.NietTeBeoordelen };
        }

        _stamp[index] = _generation;
        _state[index] = InProgress;
        var result = Compute(norm);
        if (FindAfwijking(norm.Id) is { } afwijking)
        {
            result = result with { Oordeel = afwijking.Oordeel, Motivering = afwijking.Motivering };
        }

        _results[index] = result;
        _state[index] = Done;
        return result;
    }

    private NormResult Compute(Norm norm)
    {
        var plan = norm.Plan;
        var version = plan.VersionOn(_peildatum);
        if (version is null)
        {
            return new NormResult
            {
                NormId = norm.Id,
                Titel = norm.Titel,
                Soort = norm.Soort,
                Bronnen = plan.Bronnen,
                BerekendOordeel = Oordeel.NietVanKracht,
                Oordeel = Oordeel.NietVanKracht,
                Reden = $"Op {Evaluator.Format(_peildatum)} geldt geen versie van deze norm.",
            };
        }

        var context = Context;
        version.CountUse();
        var compiled = version.Compiled;
        if (version.Toepassing?.Bound is { } applicability)
        {
            var (value, missing, _, reason) = Execute(applicability, compiled is null ? null : version.CompiledToepassing, context);
            if (value.IsFalse)
            {
                return Header(norm, version, Oordeel.NietVanToepassing, version.NotApplicableReason);
            }

            if (value.IsUnknown)
            {
                var names = Names(missing);
                return Header(
                    norm,
                    version,
                    Oordeel.NietTeBeoordelen,
                    reason is null
                        ? $"Onbekend of de norm van toepassing is ('{version.ToepassingText}'); ontbrekend: {JoinOrDash(names)}."
                        : $"Onbekend of de norm van toepassing is: {reason}.") with { Ontbrekend = names };
            }
        }

        return Judge(norm, version, compiled, context);
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

    private NormResult Judge(Norm norm, VersionPlan version, Func<EvaluationContext, int>?[]? compiled, EvaluationContext context)
    {
        int met = 0, notMet = 0, unknown = 0;
        var kritiekFailed = false;
        var kritiekUnknown = false;
        var count = version.Toetsen.Length;
        var criteria = _explain ? new CriterionResult[count] : null;
        List<MissingFact>? missingAll = null;
        List<string>? reasons = null;
        var outcomes = count <= 64 ? null : new CriterionOutcome[count];
        ulong failed = 0;
        for (var i = 0; i < count; i++)
        {
            var criterion = version.Criteria[i];
            var kritiek = version.Kritiek[i];
            var (value, missing, witnesses, reason) = Execute(version.Toetsen[i]!, compiled?[i], context);
            var outcome = value.IsUnknown ? CriterionOutcome.Onbekend : value.AsBoolean ? CriterionOutcome.Voldaan : CriterionOutcome.NietVoldaan;
            if (outcomes is not null)
            {
                outcomes[i] = outcome;
            }

            switch (outcome)
            {
                case CriterionOutcome.Voldaan:
                    met++;
                    break;
                case CriterionOutcome.NietVoldaan:
                    notMet++;
                    failed |= i < 64 ? 1UL << i : 0;
                    kritiekFailed |= kritiek;
                    break;
                default:
                    unknown++;
                    kritiekUnknown |= kritiek;
                    if (reason is not null && !(reasons ??= []).Contains(reason))
                    {
                        reasons.Add(reason);
                    }

                    missingAll ??= [];
                    foreach (var m in missing)
                    {
                        if (!missingAll.Contains(m))
                        {
                            missingAll.Add(m);
                        }
                    }

                    break;
            }

            if (criteria is not null)
            {
                criteria[i] = new CriterionResult
                {
                    Id = criterion.Id,
                    Tekst = criterion.Tekst,
                    Kritiek = kritiek,
                    Uitkomst = outcome,
                    Waarden = criterion.Toets.Facts.Count == 0 ? [] : new FactValueList(criterion.Toets.Facts, _bevindingen.Facts),
                    Doorslaggevend = outcome == CriterionOutcome.Onbekend ? [] : witnesses,
                    Ontbrekend = outcome == CriterionOutcome.Onbekend ? Names(missing) : [],
                    Reden = outcome == CriterionOutcome.Onbekend ? reason : null,
                };
            }
        }

        var oordeel = VerdictRules.Decide(met, notMet, unknown, kritiekFailed, kritiekUnknown);
        var missingNames = missingAll is null ? [] : Names([.. missingAll]);
        var reden = oordeel == Oordeel.Voldoet
            ? null
            : new JudgeReason(version, oordeel, met, met + notMet + unknown, unknown, kritiekFailed, failed, outcomes, missingNames, reasons);
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
            KritiekNietVoldaan = kritiekFailed,
            Ontbrekend = oordeel == Oordeel.NietTeBeoordelen ? missingNames : [],
            Criteria = criteria ?? [],
        };
    }

    private static IReadOnlyList<string> Names(MissingFact[] missing) => missing.Length == 0 ? [] : new MissingList(missing);

    /// <summary>Evaluates a toets; with explanations, also what was missing, which elements decided, and why it could not finish.</summary>
    private static (Value Value, MissingFact[] Missing, IReadOnlyList<string> Witnesses, string? Reason) Execute(BoundExpr expr, Func<EvaluationContext, int>? compiled, EvaluationContext context)
    {
        var recorder = context.Recorder;
        if (recorder is null)
        {
            return (compiled is null ? expr.Evaluate(context) : CompiledOps.ToValue(compiled(context)), [], [], null);
        }

        recorder.Clear();
        var value = compiled is null ? expr.Evaluate(context) : CompiledOps.ToValue(compiled(context));
        MissingFact[] missing = recorder.MissingFacts.Count == 0 ? [] : [.. recorder.MissingFacts];
        IReadOnlyList<string> witnesses = recorder.Witnesses.Count == 0 ? [] : new WitnessList([.. recorder.Witnesses], context.Facts);
        return (value, missing, witnesses, recorder.Reason);
    }

    internal static string JoinOrDash(IReadOnlyList<string> items) => items.Count == 0 ? "-" : string.Join(", ", items);

    /// <summary>
    /// Why the rules gave the oordeel of a norm whose criteria were evaluated: made into text only when someone reads
    /// <see cref="NormResult.Reden"/>, from the counts and which criteria failed.
    /// </summary>
    private sealed class JudgeReason
    {
        private readonly VersionPlan _version;
        private readonly Oordeel _oordeel;
        private readonly int _met;
        private readonly int _total;
        private readonly int _unknown;
        private readonly bool _kritiekFailed;
        private readonly ulong _failed;
        private readonly CriterionOutcome[]? _outcomes;
        private readonly IReadOnlyList<string> _missing;
        private readonly List<string>? _reasons;

        public JudgeReason(VersionPlan version, Oordeel oordeel, int met, int total, int unknown, bool kritiekFailed, ulong failed, CriterionOutcome[]? outcomes, IReadOnlyList<string> missing, List<string>? reasons)
        {
            (_version, _oordeel, _met, _total, _unknown, _kritiekFailed, _failed, _outcomes, _missing, _reasons) = (version, oordeel, met, total, unknown, kritiekFailed, failed, outcomes, missing, reasons);
        }

        public override string ToString() => _oordeel switch
        {
            Oordeel.NietTeBeoordelen => $"Niet te beoordelen: {_unknown} van {_total} criteria onbekend; {Unknowns()}.",
            _ when _kritiekFailed => $"Kritiek criterium niet voldaan: {Failed(kritiekOnly: true)}.",
            _ => $"{_met} van {_total} criteria voldaan; niet voldaan: {Failed(kritiekOnly: false)}.",
        };

        /// <summary>Why criteria are unknown: the missing facts, and reasons such as a division by zero.</summary>
        private string Unknowns()
        {
            var parts = new List<string>();
            if (_missing.Count > 0)
            {
                parts.Add("ontbrekend: " + string.Join(", ", _missing));
            }

            if (_reasons is { Count: > 0 })
            {
                parts.Add("niet te berekenen: " + string.Join(", ", _reasons));
            }

            return parts.Count == 0 ? "ontbrekend: -" : string.Join("; ", parts);
        }

        private string Failed(bool kritiekOnly)
        {
            var names = new List<string>();
            for (var i = 0; i < _version.Criteria.Length; i++)
            {
                var failed = _outcomes is null ? (_failed & (1UL << i)) != 0 : _outcomes[i] == CriterionOutcome.NietVoldaan;
                if (failed && (!kritiekOnly || _version.Kritiek[i]))
                {
                    names.Add(_version.Criteria[i].Id);
                }
            }

            return string.Join(", ", names);
        }
    }
}
