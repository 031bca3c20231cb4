namespace IgjNormen.Rendering.Documents;

/// <summary>An inspector's checklist for a kader: per norm the facts to gather on a visit.</summary>
public sealed record ChecklistDocument
{
    public required string KaderId { get; init; }

    public required string KaderTitel { get; init; }

    public string? KaderVersie { get; init; }

    public required string KaderStatus { get; init; }

    public required string Peildatum { get; init; }

    public required string PeildatumIso { get; init; }

    /// <summary>The file name of the kader document, for links to a norm ("klachten-en-incidenten.html").</summary>
    public required string KaderPad { get; init; }

    public required string Pad { get; init; }

    public IReadOnlyList<ChecklistThema> Themas { get; init; } = [];

    /// <summary>The number of different begrippen in the whole checklist.</summary>
    public int AantalBegrippen { get; init; }
}

public sealed record ChecklistThema
{
    public required string Id { get; init; }

    public required string Anker { get; init; }

    public required string Nummer { get; init; }

    public required string Titel { get; init; }

    public IReadOnlyList<ChecklistNorm> Normen { get; init; } = [];
}

public sealed record ChecklistNorm
{
    public required string Id { get; init; }

    /// <summary>The id of the norm in the checklist ("checklist-wkkgz.klachtenregeling").</summary>
    public required string Anker { get; init; }

    /// <summary>The anchor of the norm in the kader document.</summary>
    public required string KaderAnker { get; init; }

    public required string Nummer { get; init; }

    public required string Titel { get; init; }

    public required string Soort { get; init; }

    /// <summary>"Wkkgz art. 13 lid 1; Wkkgz art. 13 lid 2".</summary>
    public required string Bronnen { get; init; }

    public bool VanKracht { get; init; }

    /// <summary>The toepassing on one line, or null.</summary>
    public string? Toepassing { get; init; }

    /// <summary>The facts the criteria and toepassing read, in order of first use.</summary>
    public IReadOnlyList<BegripDocument> Begrippen { get; init; } = [];
}

/// <summary>A begrip: what to establish, its type, unit and (for a lijst) the fields to record per element.</summary>
public sealed record BegripDocument
{
    public required string Naam { get; init; }

    public required string Omschrijving { get; init; }

    /// <summary>"ja/nee", "getal", "tekst", "datum", "tijdstip", "keuze" or "lijst".</summary>
    public required string Type { get; init; }

    public string? Eenheid { get; init; }

    /// <summary>The allowed values of a keuze.</summary>
    public IReadOnlyList<string> Waarden { get; init; } = [];

    /// <summary>How to note it: "ja / nee", "datum", "getal (zorgverleners)", "instelling of solistisch", "lijst: per klacht …".</summary>
    public required string Invullen { get; init; }

    public bool IsLijst { get; init; }

    /// <summary>For a lijst: the fields the toetsen read (and a first text field such as kenmerk), in file order; all fields when none is read by name.</summary>
    public IReadOnlyList<BegripDocument> Velden { get; init; } = [];
}
