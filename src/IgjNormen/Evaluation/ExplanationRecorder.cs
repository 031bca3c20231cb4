using System.Collections;
using IgjNormen.Model;

namespace IgjNormen.Evaluation;

/// <summary>
/// Collects, for one criterion, the facts that were missing, the list elements that decided a quantifier and the
/// reason an evaluation could not finish (division by zero). Only used when explanations are asked for. It records
/// cheaply, as references and positions; names such as "klachten.klachten[2].besluit_op" are written out when read.
/// </summary>
public sealed class ExplanationRecorder
{
    private readonly List<MissingFact> _missing = [];
    private readonly List<(FactDefinition List, int Position)> _witnesses = [];

    /// <summary>The missing facts by name, in the order they were met.</summary>
    public IReadOnlyList<string> Missing => new MissingList([.. _missing]);

    /// <summary>The list elements (list begrip, 0-based position) that decided a quantifier.</summary>
    public IReadOnlyList<(FactDefinition List, int Position)> Witnesses => _witnesses;

    public string? Reason { get; private set; }

    internal List<MissingFact> MissingFacts => _missing;

    internal List<(FactDefinition List, int Position)> WitnessEntries => _witnesses;

    public void Clear()
    {
        _missing.Clear();
        _witnesses.Clear();
        Reason = null;
    }

    public void AddMissing(string name) => Add(new MissingFact(null, -1, null, name));

    /// <summary>A top-level begrip without a value.</summary>
    public void AddMissing(FactDefinition fact) => Add(new MissingFact(fact, -1, null, null));

    /// <summary>A field without a value in element <paramref name="position"/> (0-based) of a list.</summary>
    public void AddMissing(FactDefinition list, int position, FactDefinition field) => Add(new MissingFact(list, position, field, null));

    public void AddWitness(FactDefinition list, int position)
    {
        if (_witnesses.Count >= 10)
        {
            return;
        }

        foreach (var (known, at) in _witnesses)
        {
            if (ReferenceEquals(known, list) && at == position)
            {
                return;
            }
        }

        _witnesses.Add((list, position));
    }

    public void SetReason(string reason) => Reason ??= reason;

    private void Add(MissingFact fact)
    {
        foreach (var known in _missing)
        {
            if (known.Same(fact))
            {
                return;
            }
        }

        _missing.Add(fact);
    }
}

/// <summary>A missing fact as recorded: a begrip, a field of a list element, or a name given as text.</summary>
internal readonly record struct MissingFact(FactDefinition? Fact, int Position, FactDefinition? Field, string? Name)
{
    /// <summary>Equality without the generic comparers (begrippen are compared by reference, as the record does).</summary>
    public bool Same(in MissingFact other) =>
        ReferenceEquals(Fact, other.Fact) && Position == other.Position && ReferenceEquals(Field, other.Field) && string.Equals(Name, other.Name, StringComparison.Ordinal);

    public override string ToString() =>
        Name ?? (Field is null ? Fact!.Name : $"{Fact!.Name}[{Position + 1}].{Field.Name}");
}

/// <summary>Missing facts by name (a range of an array that is never changed), written out on access.</summary>
internal sealed class MissingList(MissingFact[] facts, int start, int count) : IReadOnlyList<string>
{
    public MissingList(MissingFact[] facts)
        : this(facts, 0, facts.Length)
    {
    }

    public int Count => count;

    public string this[int index] => (uint)index < (uint)count ? facts[start + index].ToString() : throw new ArgumentOutOfRangeException(nameof(index));

    public IEnumerator<string> GetEnumerator()
    {
        for (var i = 0; i < count; i++)
        {
            yield return facts[start + i].ToString();
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
