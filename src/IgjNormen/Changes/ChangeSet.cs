using IgjNormen.Diagnostics;
using IgjNormen.Text;

namespace IgjNormen.Changes;

/// <summary>The kind of a change, as a reviewer names it.</summary>
public enum ChangeKind
{
    Nieuw,
    Gewijzigd,
    Vervallen,
    NieuweVersie,
}

/// <summary>What changed: a norm, a begrip or a kader.</summary>
public enum ChangeSubject
{
    Norm,
    Begrip,
    Kader,
}

/// <summary>
/// One difference inside a changed norm, begrip or kader: which part (<see cref="Onderdeel"/>, and for a norm the
/// version and criterion), the old and the new value, and a Dutch sentence that says it.
/// </summary>
public sealed record ChangeDetail
{
    public required ChangeKind Kind { get; init; }

    /// <summary>What changed: "versie", "criterium", "toets", "tekst", "kritiek", "geldig_tot", "status", "bron", …</summary>
    public required string Onderdeel { get; init; }

    /// <summary>geldig_vanaf of the version the detail is about, if any.</summary>
    public DateOnly? Versie { get; init; }

    /// <summary>The criterion, voorbeeld, thema or field of a begrip the detail is about, if any.</summary>
    public string? Naam { get; init; }

    public string? Oud { get; init; }

    public string? Nieuw { get; init; }

    /// <summary>The change in one Dutch sentence, readable without the YAML.</summary>
    public required string Omschrijving { get; init; }

    /// <summary>What the changed part says, for a reader who does not know it by id: the text of the criterion.</summary>
    public string? Context { get; init; }

    /// <summary>True when this edits a vastgestelde versie: not allowed (an IGJ190x error is reported for it).</summary>
    public bool RaaktVastgesteldeVersie { get; init; }
}

/// <summary>A norm, begrip or kader that is new, changed, has a new version, or is gone.</summary>
public sealed record Change
{
    public required ChangeSubject Subject { get; init; }

    public required string Id { get; init; }

    public required ChangeKind Kind { get; init; }

    /// <summary>The title (norm, kader) or the omschrijving (begrip), as in the new state where there is one.</summary>
    public required string Titel { get; init; }

    /// <summary>For a norm: the law and article (or field-norm document) it rests on, e.g. "Wkkgz art. 17 lid 1".</summary>
    public IReadOnlyList<string> Bronnen { get; init; } = [];

    /// <summary>For a begrip: the norms whose toetsen read it.</summary>
    public IReadOnlyList<string> GebruiktIn { get; init; } = [];

    public IReadOnlyList<ChangeDetail> Details { get; init; } = [];

    /// <summary>Where the norm, begrip or kader stands (in the new state, or in the old one when it is gone).</summary>
    public SourceLocation Location { get; init; }

    public bool RaaktVastgesteldeVersie => Details.Any(d => d.RaaktVastgesteldeVersie);
}

/// <summary>The semantic difference between two states of the norms.</summary>
public sealed record ChangeSet
{
    public required string Basis { get; init; }

    public required string Nieuw { get; init; }

    /// <summary>Norms first, then begrippen, then kaders; each sorted by id.</summary>
    public IReadOnlyList<Change> Changes { get; init; } = [];

    /// <summary>Edits of vastgestelde versies (errors) and warnings about the states compared.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; init; } = [];

    public bool HasErrors => Diagnostics.Any(d => d.IsError);

    public int Count(ChangeSubject subject, ChangeKind kind) => Changes.Count(c => c.Subject == subject && c.Kind == kind);
}
