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

    private Begrippen? _begrippen;
    private Evaluation.Value[]? _factValues;

    /// <summary>
    /// The feiten as values by slot, once the model is checked. The row is made on first use, from <see cref="Feiten"/>
    /// and the begrippen it was checked against (the same values; the check already reported any problem): loading a
    /// large model should not pay for a row per voorbeeld.
    /// </summary>
    internal Evaluation.Value[]? FactValues
    {
        get
        {
            if (Volatile.Read(ref _factValues) is { } values)
            {
                return values;
            }

            if (Volatile.Read(ref _begrippen) is not { } begrippen)
            {
                return null;
            }

            values = Loading.FactValueReader.Read(Feiten, begrippen.Facts, begrippen.ByName, new Diagnostics.DiagnosticBag());
            return Interlocked.CompareExchange(ref _factValues, values, null) ?? values;
        }
    }

    /// <summary>Sets the begrippen the feiten were checked against (the model's, not the model: no chain of old models).</summary>
    internal void SetFactValues(Begrippen begrippen)
    {
        _factValues = null;
        Volatile.Write(ref _begrippen, begrippen);
    }

    /// <summary>The begrippen of a model, by slot and by name, for <see cref="FactValues"/>.</summary>
    internal sealed record Begrippen(IReadOnlyList<FactDefinition> Facts, IReadOnlyDictionary<string, FactDefinition> ByName);

    /// <summary>The overrides of <see cref="Oordelen"/>, set when the model is checked.</summary>
    internal IReadOnlyList<Findings.Afwijking> Afwijkingen { get; set; } = [];
}
