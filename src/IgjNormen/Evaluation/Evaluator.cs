using System.Globalization;
using IgjNormen.Diagnostics;
using IgjNormen.Findings;
using IgjNormen.Model;
using IgjNormen.Results;
using IgjNormen.Text;

namespace IgjNormen.Evaluation;

/// <summary>
/// Evaluates bevindingen against a checked <see cref="NormModel"/>. Thread-safe: one evaluator can serve many threads
/// at once, and keeps no state between calls that a caller could see. No wall clock: the peildatum comes from the
/// options or the bevindingen.
/// </summary>
/// <remarks>
/// Two ways to evaluate: <see cref="Evaluate"/> gives the whole result (oordeel, reasons, counts, and with
/// <see cref="EvaluationOptions.Explain"/> the values per criterion); <see cref="EvaluateVerdicts(Bevindingen, EvaluationOptions?)"/>
/// gives only the final oordelen, allocating nothing but the array it returns. The batch and stream forms (for many
/// providers at once, on all cores) are in <c>Evaluator.Bulk.cs</c>.
/// </remarks>
public sealed partial class Evaluator
{
    private readonly KaderPlan _allNorms;
    private readonly Dictionary<string, KaderPlan> _kaders;

    public Evaluator(NormModel model)
    {
        Model = model;
        _allNorms = new KaderPlan(null, [.. model.Norms]);
        _kaders = new Dictionary<string, KaderPlan>(StringComparer.Ordinal);
        foreach (var kader in model.Kaders)
        {
            _kaders[kader.Id] = new KaderPlan(kader, null);
        }
    }

    public NormModel Model { get; }

    /// <summary>
    /// The norms a kader evaluates, in the order of its themas: the order of <see cref="EvaluationResult.Normen"/> and
    /// of the arrays of <see cref="EvaluateVerdicts(Bevindingen, EvaluationOptions?)"/>. Null: every norm, by id.
    /// </summary>
    public IReadOnlyList<Norm> NormsOf(string? kaderId)
    {
        if (kaderId is null)
        {
            return _allNorms.Norms;
        }

        return _kaders.TryGetValue(kaderId, out var plan)
            ? plan.Norms
            : throw new ArgumentException($"Onbekend kader '{kaderId}'.{Suggestions.Hint(kaderId, Model.KadersById.Keys)}", nameof(kaderId));
    }

    public EvaluationResult Evaluate(Bevindingen bevindingen, EvaluationOptions? options = null)
    {
        options ??= EvaluationOptions.Default;
        DiagnosticBag? diagnostics = null;
        var kaderId = options.KaderId ?? bevindingen.KaderId;
        KaderPlan? plan = null;
        if (kaderId is not null && !_kaders.TryGetValue(kaderId, out plan))
        {
            diagnostics = new DiagnosticBag();
            diagnostics.Add(DiagnosticCodes.Bevindingen.UnknownKader, LocationOf(bevindingen), kaderId, Suggestions.Hint(kaderId, Model.KadersById.Keys));
        }

        var peildatum = options.Peildatum ?? bevindingen.Peildatum ?? bevindingen.Bezoekdatum;
        if (peildatum is null)
        {
            diagnostics ??= new DiagnosticBag();
            diagnostics.Add(DiagnosticCodes.Bevindingen.NoReferenceDate, LocationOf(bevindingen));
        }

        var kader = plan?.Kader;
        if (diagnostics is not null)
        {
            return Header(bevindingen, peildatum, kader, kaderId, new Telling(), diagnostics.Items);
        }

        plan ??= _allNorms;

        // Read before evaluating: the provider's objects are often not in the cache, and these misses can overlap.
        var aanbieder = bevindingen.Aanbieder;
        var (naam, kvk, bestand) = (aanbieder.Naam, aanbieder.Kvk, bevindingen.File?.Path);
        var run = EvaluationRun.Rent(this);
        try
        {
            run.Begin(bevindingen, peildatum!.Value, options.Explain, verdictsOnly: false, plan.Prefetch);
            var norms = plan.Norms;
            for (var i = 0; i < norms.Length; i++)
            {
                run.Result(norms[i]);
            }

            return new EvaluationResult
            {
                Aanbieder = naam,
                Kvk = kvk,
                Bestand = bestand,
                Bezoekdatum = bevindingen.Bezoekdatum,
                Peildatum = peildatum!.Value,
                KaderId = kader?.Id ?? kaderId,
                KaderTitel = kader?.Titel,
                KaderVersie = kader?.Versie,
                Record = run.Record(norms, plan),
            };
        }
        finally
        {
            run.Return();
        }
    }

    /// <summary>
    /// The final oordeel on every norm of the kader (<see cref="EvaluationOptions.KaderId"/>, else bezoek.kader, else
    /// every norm), in the order of <see cref="NormsOf"/>: the same oordelen as <see cref="Evaluate"/>, without
    /// reasons, counts or explanations, and without allocating anything but the returned array.
    /// </summary>
    /// <exception cref="ArgumentException">The kader is unknown, or there is no peildatum (the messages are Dutch).</exception>
    public Oordeel[] EvaluateVerdicts(Bevindingen bevindingen, EvaluationOptions? options = null)
    {
        var plan = PlanFor(bevindingen, options, out _);
        var verdicts = new Oordeel[plan.Norms.Length];
        EvaluateVerdicts(bevindingen, verdicts, options);
        return verdicts;
    }

    /// <summary>As <see cref="EvaluateVerdicts(Bevindingen, EvaluationOptions?)"/>, into a span the caller owns: no allocation at all.</summary>
    public void EvaluateVerdicts(Bevindingen bevindingen, Span<Oordeel> destination, EvaluationOptions? options = null)
    {
        var plan = PlanFor(bevindingen, options, out var peildatum);
        if (destination.Length < plan.Norms.Length)
        {
            throw new ArgumentException($"Er is plaats voor {destination.Length} oordelen; het kader heeft er {plan.Norms.Length}.", nameof(destination));
        }

        var run = EvaluationRun.Rent(this);
        try
        {
            run.Begin(bevindingen, peildatum, explain: false, verdictsOnly: true, plan.Prefetch);
            var norms = plan.Norms;
            for (var i = 0; i < norms.Length; i++)
            {
                destination[i] = run.Verdict(norms[i]);
            }
        }
        finally
        {
            run.Return();
        }
    }

    /// <summary>Evaluates one norm on given facts (used for voorbeelden).</summary>
    public NormResult EvaluateNorm(Norm norm, Bevindingen bevindingen, DateOnly peildatum)
    {
        var run = EvaluationRun.Rent(this);
        try
        {
            run.Begin(bevindingen, peildatum, explain: true, verdictsOnly: false, prefetch: null);
            run.Result(norm);
            return run.Record([norm], null)[0];
        }
        finally
        {
            run.Return();
        }
    }

    /// <summary>For tests: compile every toets now, or make sure none ever is (walked and compiled must agree).</summary>
    internal void SetCompiled(bool compiled)
    {
        foreach (var norm in Model.Norms)
        {
            foreach (var version in norm.Plan.Versions)
            {
                if (compiled)
                {
                    version.Compile();
                }
                else
                {
                    version.NeverCompile();
                }
            }
        }
    }

    private KaderPlan PlanFor(Bevindingen bevindingen, EvaluationOptions? options, out DateOnly peildatum)
    {
        options ??= EvaluationOptions.Default;
        var kaderId = options.KaderId ?? bevindingen.KaderId;
        var plan = _allNorms;
        if (kaderId is not null && !_kaders.TryGetValue(kaderId, out plan))
        {
            throw new ArgumentException($"Onbekend kader '{kaderId}'.{Suggestions.Hint(kaderId, Model.KadersById.Keys)}", nameof(options));
        }

        peildatum = options.Peildatum ?? bevindingen.Peildatum ?? bevindingen.Bezoekdatum
            ?? throw new ArgumentException("Er is geen peildatum: geef bezoek.datum of peildatum op (of EvaluationOptions.Peildatum).", nameof(bevindingen));
        return plan;
    }

    private static SourceLocation LocationOf(Bevindingen bevindingen) =>
        bevindingen.File is null ? SourceLocation.None : new SourceLocation(bevindingen.File, default);

    private static EvaluationResult Header(Bevindingen bevindingen, DateOnly? peildatum, Kader? kader, string? kaderId, Telling telling, IReadOnlyList<Diagnostic> diagnostics) => new()
    {
        Aanbieder = bevindingen.Aanbieder.Naam,
        Kvk = bevindingen.Aanbieder.Kvk,
        Bestand = bevindingen.File?.Path,
        Bezoekdatum = bevindingen.Bezoekdatum,
        Peildatum = peildatum ?? default,
        KaderId = kader?.Id ?? kaderId,
        KaderTitel = kader?.Titel,
        KaderVersie = kader?.Versie,
        Telling = telling,
        Diagnostics = diagnostics,
    };

    internal static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
