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

    /// <summary>The feiten as values by slot, set when the model is checked.</summary>
    internal Evaluation.Value[]? FactValues { get; set; }

    /// <summary>The overrides of <see cref="Oordelen"/>, set when the model is checked.</summary>
    internal IReadOnlyList<Findings.Afwijking> Afwijkingen { get; set; } = [];
}
