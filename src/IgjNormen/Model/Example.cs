using IgjNormen.Text;
using IgjNormen.Yaml;

namespace IgjNormen.Model;

/// <summary>A voorbeeld: executable example and test of a norm.</summary>
public sealed class Example
{
    public required string Naam { get; init; }

    public DateOnly? Peildatum { get; init; }

    /// <summary>The feiten as written; converted to values against the begrippen when checked.</summary>
    public YMapping? Feiten { get; init; }

    public Oordeel? Verwacht { get; init; }

    /// <summary>The facts expected to be named as missing, or null when not stated.</summary>
    public IReadOnlyList<string>? Ontbrekend { get; init; }

    public YMapping? Oordelen { get; init; }

    public SourceLocation Location { get; init; }

    private List<KeyValuePair<int, Evaluation.Value>>? _written;
    private int _slots;
    private Evaluation.Value[]? _factValues;

    /// <summary>
    /// The feiten as values by slot, once the model is checked; the row is made on first use (a large model has
    /// thousands of voorbeelden and hundreds of begrippen, and loading should not pay for a row per voorbeeld).
    /// </summary>
    internal Evaluation.Value[]? FactValues
    {
        get
        {
            if (Volatile.Read(ref _factValues) is { } values)
            {
                return values;
            }

            if (Volatile.Read(ref _written) is not { } written)
            {
                return null;
            }

            values = new Evaluation.Value[_slots];
            foreach (var (slot, value) in written)
            {
                values[slot] = value;
            }

            return Interlocked.CompareExchange(ref _factValues, values, null) ?? values;
        }
    }

    /// <summary>Sets the feiten that were read (by slot, a later one for a slot wins) and the number of slots.</summary>
    internal void SetFactValues(List<KeyValuePair<int, Evaluation.Value>> written, int slots)
    {
        _slots = slots;
        _factValues = null;
        Volatile.Write(ref _written, written);
    }

    /// <summary>The overrides of <see cref="Oordelen"/>, set when the model is checked.</summary>
    internal IReadOnlyList<Findings.Afwijking> Afwijkingen { get; set; } = [];
}
