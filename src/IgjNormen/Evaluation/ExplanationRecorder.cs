namespace IgjNormen.Evaluation;

/// <summary>
/// Collects, for one criterion, the facts that were missing, the list elements that decided a quantifier and the
/// reason an evaluation could not finish (division by zero). Only used when explanations are asked for.
/// </summary>
public sealed class ExplanationRecorder
{
    private readonly List<string> _missing = [];
    private readonly List<(Model.FactDefinition List, int Position)> _witnesses = [];

    public IReadOnlyList<string> Missing => _missing;

    /// <summary>The list elements (list begrip, 0-based position) that decided a quantifier.</summary>
    public IReadOnlyList<(Model.FactDefinition List, int Position)> Witnesses => _witnesses;

    public string? Reason { get; private set; }

    public void Clear()
    {
        _missing.Clear();
        _witnesses.Clear();
        Reason = null;
    }

    public void AddMissing(string name)
    {
        if (!_missing.Contains(name))
        {
            _missing.Add(name);
        }
    }

    public void AddWitness(Model.FactDefinition list, int position)
    {
        if (_witnesses.Count < 10 && !_witnesses.Contains((list, position)))
        {
            _witnesses.Add((list, position));
        }
    }

    public void SetReason(string reason) => Reason ??= reason;
}
