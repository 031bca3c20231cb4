using IgjNormen.Text;

namespace IgjNormen.Model;

/// <summary>A toetsingskader: a versioned set of norms grouped in thema's, for a target group.</summary>
public sealed class Kader
{
    public required string Id { get; init; }

    public required string Titel { get; init; }

    public string? Versie { get; init; }

    public DateOnly? GeldigVanaf { get; init; }

    public VersionStatus Status { get; init; }

    public string? Doelgroep { get; init; }

    public string? Inleiding { get; init; }

    public IReadOnlyList<Thema> Themas { get; init; } = [];

    public SourceFile? File { get; init; }

    public SourceLocation IdLocation { get; init; }

    public IEnumerable<Norm> Norms => Themas.SelectMany(t => t.Normen).Select(r => r.Norm).OfType<Norm>();
}

public sealed class Thema
{
    public required string Id { get; init; }

    public required string Titel { get; init; }

    public string? Toelichting { get; init; }

    public IReadOnlyList<NormReference> Normen { get; init; } = [];

    public SourceLocation Location { get; init; }
}

/// <summary>A norm id as written in a kader, and the norm it names once resolved.</summary>
public sealed class NormReference
{
    public required string Id { get; init; }

    public SourceLocation Location { get; init; }

    public Norm? Norm { get; internal set; }
}
