namespace IgjNormen.Rendering.Documents;

/// <summary>A visit report: an evaluation of bevindingen, summary first, then per thema each norm with its reasons.</summary>
public sealed record RapportDocument
{
    public required string Aanbieder { get; init; }

    public string? Kvk { get; init; }

    /// <summary>The bevindingen file, as given.</summary>
    public string? Bestand { get; init; }

    public string? Bezoekdatum { get; init; }

    public string? BezoekdatumIso { get; init; }

    public required string Peildatum { get; init; }

    public required string PeildatumIso { get; init; }

    public string? KaderId { get; init; }

    public string? KaderTitel { get; init; }

    public string? KaderVersie { get; init; }

    /// <summary>"8 normen: 2 voldoet, 2 voldoet grotendeels, …".</summary>
    public required string Samenvatting { get; init; }

    /// <summary>Per oordeel that occurs, in the order of the scale.</summary>
    public IReadOnlyList<TellingRegel> Telling { get; init; } = [];

    public int Totaal { get; init; }

    /// <summary>The norms that fall short: wettelijke eisen and kritieke first (docs/oordelen.md).</summary>
    public IReadOnlyList<RapportVerwijzing> Tekortkomingen { get; init; } = [];

    /// <summary>The norms on which the inspector's oordeel differs from the computed one.</summary>
    public IReadOnlyList<RapportVerwijzing> Afwijkingen { get; init; } = [];

    /// <summary>The norms that are 'niet te beoordelen'.</summary>
    public IReadOnlyList<RapportVerwijzing> NietTeBeoordelen { get; init; } = [];

    /// <summary>Per thema of the kader; one group "Alle normen" when no kader was applied.</summary>
    public IReadOnlyList<RapportThema> Themas { get; init; } = [];
}

public sealed record TellingRegel
{
    public required string Oordeel { get; init; }

    public required string Klasse { get; init; }

    public int Aantal { get; init; }
}

public sealed record RapportVerwijzing
{
    public required string Id { get; init; }

    public required string Titel { get; init; }

    public required string Anker { get; init; }

    public required string Oordeel { get; init; }

    public required string Klasse { get; init; }
}

public sealed record RapportThema
{
    public required string Id { get; init; }

    public required string Anker { get; init; }

    public required string Titel { get; init; }

    /// <summary>"4 normen: 1 voldoet, 2 voldoet grotendeels, 1 voldoet niet".</summary>
    public required string Samenvatting { get; init; }

    public IReadOnlyList<RapportNorm> Normen { get; init; } = [];
}

public sealed record RapportNorm
{
    public required string Id { get; init; }

    public required string Anker { get; init; }

    public required string Titel { get; init; }

    public required string Soort { get; init; }

    public IReadOnlyList<string> Bronnen { get; init; } = [];

    /// <summary>geldig_vanaf of the version applied, in Dutch; null when none was in force.</summary>
    public string? Versie { get; init; }

    /// <summary>The final oordeel.</summary>
    public required string Oordeel { get; init; }

    public required string OordeelKlasse { get; init; }

    /// <summary>The oordeel the rules give.</summary>
    public required string BerekendOordeel { get; init; }

    public required string BerekendKlasse { get; init; }

    /// <summary>True when the inspector overrode the computed oordeel (then <see cref="Motivering"/> is set).</summary>
    public bool Afwijking { get; init; }

    public string? Motivering { get; init; }

    public required string Reden { get; init; }

    public bool KritiekNietVoldaan { get; init; }

    /// <summary>For 'niet te beoordelen': the facts that are missing, with what they mean.</summary>
    public IReadOnlyList<OntbrekendFeit> Ontbrekend { get; init; } = [];

    public IReadOnlyList<RapportCriterium> Criteria { get; init; } = [];
}

public sealed record OntbrekendFeit
{
    /// <summary>As reported: "klachten.klachten" or "klachten.klachten[2].besluit_op".</summary>
    public required string Naam { get; init; }

    public required string Omschrijving { get; init; }
}

public sealed record RapportCriterium
{
    public required string Id { get; init; }

    public required string Tekst { get; init; }

    public bool Kritiek { get; init; }

    public required string Uitkomst { get; init; }

    public required string Klasse { get; init; }

    /// <summary>"feit = waarde" as written in a toets.</summary>
    public IReadOnlyList<string> Waarden { get; init; } = [];

    /// <summary>The list elements that decided a kwantor.</summary>
    public IReadOnlyList<string> Doorslaggevend { get; init; } = [];

    public IReadOnlyList<string> Ontbrekend { get; init; } = [];

    public string? Reden { get; init; }
}
