using IgjNormen.Text;

namespace IgjNormen.Model;

/// <summary>The type of a begrip (or of a field of a list begrip).</summary>
public enum FactKind
{
    Boolean,
    Number,
    Text,
    Date,
    DateTime,
    Choice,
    List,
}

/// <summary>
/// A begrip: a named, typed fact that bevindingen can state and toetsen can read. The fields of a list begrip are
/// begrippen too. <see cref="Index"/> is the slot of a top-level begrip, or the position of a field in its record:
/// evaluation reads facts by these numbers, never by name.
/// </summary>
public sealed class FactDefinition
{
    public required string Name { get; init; }

    public required FactKind Kind { get; init; }

    public required string Omschrijving { get; init; }

    public string? Eenheid { get; init; }

    /// <summary>The allowed values of a keuze.</summary>
    public IReadOnlyList<string> Choices { get; init; } = [];

    /// <summary>The fields of a lijst, in file order.</summary>
    public IReadOnlyList<FactDefinition> Fields { get; init; } = [];

    public SourceLocation Location { get; init; }

    public int Index { get; internal set; }

    /// <summary>The list begrip this is a field of, or null for a top-level begrip.</summary>
    public FactDefinition? Parent { get; internal set; }

    public string FullName => Parent is null ? Name : $"{Parent.Name}[].{Name}";

    public FactDefinition? FindField(string name)
    {
        var fields = Fields;
        for (var i = 0; i < fields.Count; i++)
        {
            if (fields[i].Name == name)
            {
                return fields[i];
            }
        }

        return null;
    }

    /// <summary>The Dutch type name as written in begrippen files.</summary>
    public static string KindName(FactKind kind) => kind switch
    {
        FactKind.Boolean => "ja/nee",
        FactKind.Number => "getal",
        FactKind.Text => "tekst",
        FactKind.Date => "datum",
        FactKind.DateTime => "tijdstip",
        FactKind.Choice => "keuze",
        _ => "lijst",
    };

    public static bool TryParseKind(string text, out FactKind kind)
    {
        foreach (var candidate in Enum.GetValues<FactKind>())
        {
            if (KindName(candidate) == text)
            {
                kind = candidate;
                return true;
            }
        }

        kind = default;
        return false;
    }
}
