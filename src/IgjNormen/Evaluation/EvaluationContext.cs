using IgjNormen.Model;

namespace IgjNormen.Evaluation;

/// <summary>
/// Everything a bound expression reads while it runs: fact values by slot, the peildatum, quantifier variables by
/// local slot, other norms' verdicts by norm index, and (when explanations are on) a recorder. The evaluator keeps one
/// per thread and nesting level and points it at each evaluation in turn, so evaluating allocates no context.
/// </summary>
public sealed class EvaluationContext
{
    public const int MaxLocals = 16;

    internal EvaluationContext(Value[] facts, DateOnly peildatum, Func<int, Oordeel>? verdicts, ExplanationRecorder? recorder)
    {
        Facts = facts;
        Peildatum = peildatum;
        Verdicts = verdicts;
        Recorder = recorder;
    }

    public Value[] Facts { get; internal set; }

    public DateOnly Peildatum { get; internal set; }

    /// <summary>The current element of each quantifier variable.</summary>
    public Value[] Locals { get; } = new Value[MaxLocals];

    /// <summary>The 0-based position of each quantifier variable's current element, for explanations.</summary>
    public int[] LocalPositions { get; } = new int[MaxLocals];

    public Func<int, Oordeel>? Verdicts { get; internal set; }

    public ExplanationRecorder? Recorder { get; internal set; }

    /// <summary>Points the context at one evaluation.</summary>
    internal void Reset(Value[] facts, DateOnly peildatum, Func<int, Oordeel>? verdicts, ExplanationRecorder? recorder)
    {
        Facts = facts;
        Peildatum = peildatum;
        Verdicts = verdicts;
        Recorder = recorder;
    }

    /// <summary>Drops the references to one evaluation's data, so a pooled context keeps nothing alive.</summary>
    internal void Release()
    {
        Facts = [];
        Verdicts = null;
        Recorder = null;
    }
}
