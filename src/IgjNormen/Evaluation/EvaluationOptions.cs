namespace IgjNormen.Evaluation;

/// <summary>How to evaluate: which kader, on which date, and whether to record explanations.</summary>
public sealed record EvaluationOptions
{
    public static EvaluationOptions Default { get; } = new();

    /// <summary>The kader to apply; when null the kader of the bevindingen (bezoek.kader), else every norm.</summary>
    public string? KaderId { get; init; }

    /// <summary>Overrides the peildatum of the bevindingen (default: their peildatum, else the visit date).</summary>
    public DateOnly? Peildatum { get; init; }

    /// <summary>Record per criterion the values that decided it and the missing facts (default true).</summary>
    public bool Explain { get; init; } = true;
}
