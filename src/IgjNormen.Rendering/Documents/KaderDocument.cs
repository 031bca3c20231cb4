namespace IgjNormen.Rendering.Documents;

// The document model: what templates see. Every property becomes a snake_case name in the template
// (GeldigVanafIso → geldig_vanaf_iso); docs/templates.md lists them all. Text is plain (templates escape it for the
// format) unless its type is RichText (already safe). Dates are Dutch ("1 januari 2025") with an *_iso twin.

/// <summary>A toetsingskader as published: the version of each norm in force on <see cref="Peildatum"/>.</summary>
public sealed record KaderDocument
{
    public required string Id { get; init; }

    public required string Titel { get; init; }

    public string? Versie { get; init; }

    /// <summary>"vastgesteld" or "concept".</summary>
    public required string Status { get; init; }

    public string? GeldigVanaf { get; init; }

    public string? GeldigVanafIso { get; init; }

    public string? Doelgroep { get; init; }

    /// <summary>Markdown from the kader; its headings start at level 3 (under "Inleiding").</summary>
    public RichText? Inleiding { get; init; }

    /// <summary>The date whose norm versions are shown.</summary>
    public required string Peildatum { get; init; }

    public required string PeildatumIso { get; init; }

    public IReadOnlyList<ThemaDocument> Themas { get; init; } = [];

    /// <summary>The legal sources, by law and article, with the norms that cite them.</summary>
    public IReadOnlyList<WetIndex> Wetten { get; init; } = [];

    /// <summary>The field-norm documents cited, with the norms that cite them.</summary>
    public IReadOnlyList<DocumentIndex> Documenten { get; init; } = [];

    public int AantalNormen { get; init; }

    public int AantalCriteria { get; init; }

    /// <summary>"3 thema's, 8 normen, 25 criteria".</summary>
    public required string Omvang { get; init; }

    /// <summary>The file name of this document in the site ("klachten-en-incidenten.html").</summary>
    public required string Pad { get; init; }

    /// <summary>The file name of the checklist for this kader.</summary>
    public required string ChecklistPad { get; init; }
}

public sealed record ThemaDocument
{
    public required string Id { get; init; }

    /// <summary>The HTML id of the thema's heading ("thema-klachten").</summary>
    public required string Anker { get; init; }

    /// <summary>"2".</summary>
    public required string Nummer { get; init; }

    public required string Titel { get; init; }

    /// <summary>Markdown; its headings start at level 3.</summary>
    public RichText? Toelichting { get; init; }

    public IReadOnlyList<NormDocument> Normen { get; init; } = [];
}

public sealed record NormDocument
{
    public required string Id { get; init; }

    /// <summary>The HTML id of the norm's heading: the norm id ("wkkgz.klachtenregeling").</summary>
    public required string Anker { get; init; }

    /// <summary>"2.1": thema and position.</summary>
    public required string Nummer { get; init; }

    public required string Titel { get; init; }

    /// <summary>"wettelijke eis" or "veldnorm".</summary>
    public required string Soort { get; init; }

    public IReadOnlyList<BronDocument> Bronnen { get; init; } = [];

    /// <summary>False when no version holds on the peildatum; then <see cref="Versie"/> is null and there are no criteria.</summary>
    public bool VanKracht { get; init; }

    /// <summary>The version shown: the one in force on the peildatum.</summary>
    public VersieDocument? Versie { get; init; }

    /// <summary>Every version of the norm, oldest first; the one shown has <c>getoond</c> true.</summary>
    public IReadOnlyList<VersieDocument> Versies { get; init; } = [];

    /// <summary>When the norm applies (the version's toepassing, else the norm's), or null when always.</summary>
    public ToetsDocument? Toepassing { get; init; }

    /// <summary>True for <c>oordeelregel: streng</c>: every criterion is kritiek.</summary>
    public bool Streng { get; init; }

    public IReadOnlyList<CriteriumDocument> Criteria { get; init; } = [];

    /// <summary>Markdown; its headings start at level 5 (under "Toelichting").</summary>
    public RichText? Toelichting { get; init; }

    /// <summary>The voorbeelden for the version shown, each run through the evaluator.</summary>
    public IReadOnlyList<VoorbeeldDocument> Voorbeelden { get; init; } = [];
}

public sealed record BronDocument
{
    /// <summary>"Wkkgz art. 17 lid 1" or "Governancecode Zorg 2022, principe 3".</summary>
    public required string Tekst { get; init; }

    public bool IsWet { get; init; }

    public string? Regeling { get; init; }

    public string? Artikel { get; init; }

    public string? Lid { get; init; }

    public string? Onderdeel { get; init; }

    public string? Document { get; init; }

    public string? Eigenaar { get; init; }

    /// <summary>For a law: wetten.overheid.nl, the text valid on the peildatum (via Juriconnect); for a document: its url if safe; else null.</summary>
    public string? Link { get; init; }

    /// <summary>The Juriconnect reference ("jci1.3:c:BWBR0037173&amp;artikel=17&amp;lid=1&amp;g=2025-01-01"), for a law.</summary>
    public string? Juriconnect { get; init; }
}

public sealed record VersieDocument
{
    public required string GeldigVanaf { get; init; }

    public required string GeldigVanafIso { get; init; }

    /// <summary>The first day the version no longer holds (geldig_tot, or the next version's start), or null.</summary>
    public string? GeldigTot { get; init; }

    public string? GeldigTotIso { get; init; }

    /// <summary>"vanaf 1 januari 2016" or "van 1 januari 2016 tot 1 juli 2023".</summary>
    public required string Periode { get; init; }

    public required string Status { get; init; }

    /// <summary>What changed in this version (inline Markdown).</summary>
    public RichText? Wijziging { get; init; }

    /// <summary>True for the version in force on the peildatum.</summary>
    public bool Getoond { get; init; }
}

/// <summary>A toets or toepassing: on one line and laid out over lines.</summary>
public sealed record ToetsDocument
{
    public required string Tekst { get; init; }

    /// <summary>The same expression over several lines (separated by a newline) when it is long.</summary>
    public required string Opgemaakt { get; init; }

    /// <summary>True when <see cref="Opgemaakt"/> has more than one line.</summary>
    public bool Meerregelig { get; init; }
}

public sealed record CriteriumDocument
{
    public required string Id { get; init; }

    /// <summary>"wkkgz.klachtenregeling.schriftelijk".</summary>
    public required string Anker { get; init; }

    /// <summary>"1", "2", … within the norm.</summary>
    public required string Nummer { get; init; }

    /// <summary>The criterion in plain Dutch: what is primary in the document.</summary>
    public required string Tekst { get; init; }

    /// <summary>True when failing it means 'voldoet niet' (kritiek: ja, or oordeelregel streng).</summary>
    public bool Kritiek { get; init; }

    public required ToetsDocument Toets { get; init; }

    /// <summary>Inline Markdown.</summary>
    public RichText? Toelichting { get; init; }
}

public sealed record VoorbeeldDocument
{
    public required string Naam { get; init; }

    public required string Peildatum { get; init; }

    public required string PeildatumIso { get; init; }

    /// <summary>The feiten of the voorbeeld; facts not given are unknown.</summary>
    public IReadOnlyList<FeitDocument> Feiten { get; init; } = [];

    /// <summary>Oordelen on other norms the voorbeeld states (for toetsen with oordeel(…)).</summary>
    public IReadOnlyList<AfwijkingDocument> Oordelen { get; init; } = [];

    /// <summary>The oordeel the voorbeeld expects.</summary>
    public required string Verwacht { get; init; }

    /// <summary>The oordeel the evaluator gives.</summary>
    public required string Uitkomst { get; init; }

    /// <summary>A CSS class for the outcome ("oordeel-voldoet-niet").</summary>
    public required string UitkomstKlasse { get; init; }

    /// <summary>True when <see cref="Uitkomst"/> equals <see cref="Verwacht"/>.</summary>
    public bool Klopt { get; init; }

    /// <summary>The evaluator's reason.</summary>
    public required string Reden { get; init; }

    /// <summary>Facts named as missing ('niet te beoordelen').</summary>
    public IReadOnlyList<string> Ontbrekend { get; init; } = [];

    /// <summary>Per criterion: voldaan, niet voldaan or onbekend.</summary>
    public IReadOnlyList<UitkomstDocument> Criteria { get; init; } = [];
}

public sealed record UitkomstDocument
{
    public required string Id { get; init; }

    public required string Uitkomst { get; init; }

    /// <summary>"uitkomst-voldaan", "uitkomst-niet-voldaan" or "uitkomst-onbekend".</summary>
    public required string Klasse { get; init; }
}

public sealed record FeitDocument
{
    /// <summary>The begrip ("klachten.regeling_schriftelijk").</summary>
    public required string Naam { get; init; }

    public required string Omschrijving { get; init; }

    /// <summary>The value in Dutch: "ja", "6 januari 2025", "48 uur", "2 elementen".</summary>
    public required string Waarde { get; init; }

    /// <summary>For a lijst: its elements.</summary>
    public IReadOnlyList<ElementDocument> Elementen { get; init; } = [];
}

public sealed record ElementDocument
{
    public int Nummer { get; init; }

    public IReadOnlyList<VeldDocument> Velden { get; init; } = [];
}

public sealed record VeldDocument
{
    /// <summary>The field name ("ingediend_op").</summary>
    public required string Naam { get; init; }

    /// <summary>The field name for readers ("ingediend op").</summary>
    public required string Label { get; init; }

    public required string Waarde { get; init; }
}

public sealed record AfwijkingDocument
{
    public required string Norm { get; init; }

    public required string Oordeel { get; init; }

    public required string Motivering { get; init; }
}

/// <summary>A law in the index of sources.</summary>
public sealed record WetIndex
{
    /// <summary>The short name as cited ("Wkkgz").</summary>
    public required string Regeling { get; init; }

    /// <summary>The full name when the norms folder knows it (*.regelingen.yaml), else null.</summary>
    public string? Naam { get; init; }

    public required string Bwb { get; init; }

    /// <summary>The whole law on wetten.overheid.nl, valid on the peildatum.</summary>
    public required string Link { get; init; }

    public IReadOnlyList<ArtikelIndex> Artikelen { get; init; } = [];
}

public sealed record ArtikelIndex
{
    /// <summary>"17", "8:24".</summary>
    public required string Artikel { get; init; }

    /// <summary>"art. 17".</summary>
    public required string Tekst { get; init; }

    public required string Link { get; init; }

    public required string Juriconnect { get; init; }

    public IReadOnlyList<NormVerwijzing> Normen { get; init; } = [];
}

/// <summary>A field-norm document in the index of sources.</summary>
public sealed record DocumentIndex
{
    public required string Document { get; init; }

    public string? Eigenaar { get; init; }

    public string? Link { get; init; }

    public IReadOnlyList<NormVerwijzing> Normen { get; init; } = [];
}

/// <summary>A reference to a norm in the same document.</summary>
public sealed record NormVerwijzing
{
    public required string Id { get; init; }

    public required string Titel { get; init; }

    public required string Nummer { get; init; }

    public required string Anker { get; init; }

    /// <summary>Which part is cited: "lid 1 en 2", "principe 3", or null for the whole article or document.</summary>
    public string? Onderdelen { get; init; }
}
