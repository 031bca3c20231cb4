namespace IgjNormen.Syntax;

/// <summary>The reserved words of the toets language.</summary>
public static class Keywords
{
    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "en", "of", "niet", "in", "is", "bekend", "onbekend", "tussen", "alle", "enige", "geen",
        "aantal", "oordeel", "peildatum", "ja", "nee", "voldoet", "grotendeels", "van", "toepassing", "te",
        "beoordelen", "kracht",
    };

    /// <summary>Short Dutch help for each keyword, shown on hover.</summary>
    public static readonly IReadOnlyDictionary<string, string> Help = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["en"] = "Beide kanten moeten waar zijn (Kleene: nee en onbekend = nee).",
        ["of"] = "Minstens één kant moet waar zijn (Kleene: ja of onbekend = ja).",
        ["niet"] = "Keert ja en nee om; onbekend blijft onbekend.",
        ["in"] = "x in [a, b]: x is gelijk aan een van de waarden.",
        ["is"] = "x is bekend / x is onbekend: of het feit in de bevindingen staat.",
        ["tussen"] = "x tussen a en b: a <= x <= b (beide grenzen tellen mee).",
        ["alle"] = "alle v in lijst: voorwaarde — waar als de voorwaarde voor elk element geldt (lege lijst: ja).",
        ["enige"] = "enige v in lijst: voorwaarde — waar als de voorwaarde voor minstens één element geldt.",
        ["geen"] = "geen v in lijst: voorwaarde — waar als de voorwaarde voor geen enkel element geldt.",
        ["aantal"] = "aantal(lijst) of aantal(v in lijst: voorwaarde): het aantal elementen.",
        ["oordeel"] = "oordeel(norm-id): het oordeel over een andere norm op dezelfde peildatum.",
        ["peildatum"] = "De datum waarop wordt beoordeeld (standaard de bezoekdatum).",
    };

    public static bool IsKeyword(string word) => All.Contains(word);
}
