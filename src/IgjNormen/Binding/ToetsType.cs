using IgjNormen.Model;

namespace IgjNormen.Binding;

public enum TypeKind
{
    Error,
    Boolean,
    Number,
    Text,
    Choice,
    Date,
    DateTime,
    Duration,
    Verdict,
    List,
    Record,
}

/// <summary>The static type of an expression. Choice, list and record types carry their begrip.</summary>
public sealed record ToetsType(TypeKind Kind, FactDefinition? Definition = null)
{
    public static readonly ToetsType Error = new(TypeKind.Error);
    public static readonly ToetsType Boolean = new(TypeKind.Boolean);
    public static readonly ToetsType Number = new(TypeKind.Number);
    public static readonly ToetsType Text = new(TypeKind.Text);
    public static readonly ToetsType Date = new(TypeKind.Date);
    public static readonly ToetsType DateTime = new(TypeKind.DateTime);
    public static readonly ToetsType Duration = new(TypeKind.Duration);
    public static readonly ToetsType Verdict = new(TypeKind.Verdict);

    public static ToetsType Of(FactDefinition fact) => fact.Kind switch
    {
        FactKind.Boolean => Boolean,
        FactKind.Number => Number,
        FactKind.Text => Text,
        FactKind.Date => Date,
        FactKind.DateTime => DateTime,
        FactKind.Choice => new ToetsType(TypeKind.Choice, fact),
        _ => new ToetsType(TypeKind.List, fact),
    };

    public bool IsError => Kind == TypeKind.Error;

    /// <summary>Dutch, with article, for messages: "een getal", "ja/nee".</summary>
    public string Describe() => Kind switch
    {
        TypeKind.Boolean => "ja/nee",
        TypeKind.Number => "een getal",
        TypeKind.Text => "een tekst",
        TypeKind.Choice => $"een keuze ({string.Join(", ", Definition!.Choices)})",
        TypeKind.Date => "een datum",
        TypeKind.DateTime => "een tijdstip",
        TypeKind.Duration => "een duur",
        TypeKind.Verdict => "een oordeel",
        TypeKind.List => $"een lijst ({Definition!.Name})",
        TypeKind.Record => $"een element van {Definition!.Name}",
        _ => "onbekend",
    };

    public bool Equals(ToetsType? other) =>
        other is not null && Kind == other.Kind &&
        (Kind is not (TypeKind.Choice or TypeKind.List or TypeKind.Record) || ReferenceEquals(Definition, other.Definition));

    public override int GetHashCode() => HashCode.Combine(Kind, Definition?.Name);
}

public static class ToetsTypeExtensions
{
    /// <summary>Like <see cref="ToetsType.Describe"/> but without the details of keuzes and lists.</summary>
    public static string DescribeSimple(this ToetsType type) => type.Kind switch
    {
        TypeKind.Choice => "keuze",
        TypeKind.List => "lijst",
        TypeKind.Record => "lijst-element",
        _ => type.Describe().Replace("een ", string.Empty, StringComparison.Ordinal),
    };
}
