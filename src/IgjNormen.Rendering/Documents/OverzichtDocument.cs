namespace IgjNormen.Rendering.Documents;

/// <summary>The site's front page: every kader published, with its version.</summary>
public sealed record OverzichtDocument
{
    public required string Titel { get; init; }

    public IReadOnlyList<KaderSamenvatting> Kaders { get; init; } = [];
}

public sealed record KaderSamenvatting
{
    public required string Id { get; init; }

    public required string Titel { get; init; }

    public string? Versie { get; init; }

    public required string Status { get; init; }

    public string? GeldigVanaf { get; init; }

    public string? GeldigVanafIso { get; init; }

    public string? Doelgroep { get; init; }

    public required string Peildatum { get; init; }

    public required string PeildatumIso { get; init; }

    public required string Omvang { get; init; }

    public IReadOnlyList<string> Themas { get; init; } = [];

    public required string Pad { get; init; }

    public required string ChecklistPad { get; init; }
}

/// <summary>The page around a document (HTML): title, stylesheet, navigation.</summary>
public sealed record PaginaDocument
{
    public required string Titel { get; init; }

    /// <summary>The site's name, shown in the header.</summary>
    public required string Site { get; init; }

    /// <summary>The stylesheet's address (site pages), or null when <see cref="StijlInline"/> is set.</summary>
    public string? Stijlblad { get; init; }

    /// <summary>The stylesheet itself, for a single page (eval --format html).</summary>
    public RichText? StijlInline { get; init; }

    /// <summary>Links back up: the overview, the kader.</summary>
    public IReadOnlyList<Kruimel> Kruimelpad { get; init; } = [];

    /// <summary>The rendered document.</summary>
    public required RichText Inhoud { get; init; }

    /// <summary>A line for the footer ("Peildatum 1 januari 2025 · gemaakt met IgjNormen").</summary>
    public string? Voet { get; init; }
}

public sealed record Kruimel
{
    public required string Tekst { get; init; }

    public required string Pad { get; init; }
}
