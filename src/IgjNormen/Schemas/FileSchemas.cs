using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using IgjNormen.Model;

namespace IgjNormen.Schemas;

/// <summary>
/// JSON Schemas (draft-07) for the five file kinds, so that an editor with YAML support (VS Code with the YAML
/// extension) checks and completes the structure as people type. The description here is the single source:
/// <c>igjnormen schema --out schemas/</c> writes it, and a test keeps the committed files current and the keys equal to
/// the keys the loaders accept. The schemas check structure only; names, types and references are checked by
/// <c>igjnormen check</c> and the language server.
/// </summary>
public static class FileSchemas
{
    /// <summary>The comment that makes the YAML language server use a schema: the first line of every file in norms/.</summary>
    public const string HeaderPrefix = "# yaml-language-server: $schema=";

    /// <summary>The schema file name for a file kind suffix (".norm.yaml" → "norm.schema.json"), or null.</summary>
    public static string? SchemaFileFor(string path)
    {
        foreach (var kind in Kinds)
        {
            if (path.EndsWith("." + kind + ".yaml", StringComparison.Ordinal))
            {
                return kind + ".schema.json";
            }
        }

        return null;
    }

    /// <summary>The kinds of files in a normenmap that carry a schema line (bevindingen live outside it).</summary>
    public static IReadOnlyList<string> Kinds { get; } = ["begrippen", "norm", "kader", "regelingen"];

    /// <summary>Every schema: file name and JSON text (LF line endings, two-space indentation, final newline).</summary>
    public static IReadOnlyList<(string FileName, string Json)> All() =>
    [
        ("begrippen.schema.json", Write(Begrippen())),
        ("bevindingen.schema.json", Write(Bevindingen())),
        ("kader.schema.json", Write(Kader())),
        ("norm.schema.json", Write(Norm())),
        ("regelingen.schema.json", Write(Regelingen())),
    ];

    // ------------------------------------------------------------------ the file kinds

    internal static JsonObject Begrippen() => Root(
        "begrippen",
        "IgjNormen-begrippen (*.begrippen.yaml)",
        "Begrippen: de feiten die bevindingen kunnen bevatten en toetsen kunnen gebruiken, elk met een type en een omschrijving.",
        Props(("begrippen", new JsonObject
        {
            ["description"] = "De begrippen, bij hun gestippelde naam (kleine letters, cijfers en '_', met punten tussen de delen), zoals klachten.regeling_aanwezig.",
            ["type"] = "object",
            ["propertyNames"] = new JsonObject { ["pattern"] = FactNamePattern },
            ["additionalProperties"] = Ref("begrip"),
        })),
        ["begrippen"],
        ("begrip", Fact(allowList: true)),
        ("veld", Fact(allowList: false)));

    internal static JsonObject Norm() => Root(
        "norm",
        "IgjNormen-norm (*.norm.yaml)",
        "Eén norm: een toetsbare eis met een wettelijke of veldnorm-bron, in een of meer versies met criteria, en voorbeelden die tegelijk tests zijn. De bestandsnaam (zonder .norm.yaml) is het id.",
        Props(
            ("id", Str("Het id van de norm, gelijk aan de bestandsnaam zonder .norm.yaml (kleine letters, cijfers, '.', '-' en '_'), bijvoorbeeld wkkgz.klachtenregeling.", IdPattern)),
            ("titel", Str("De titel van de norm, zoals hij in rapporten en kaders staat.")),
            ("soort", Enum("Wettelijk (uit een wet of regeling) of een veldnorm (uit een document van het veld).", "wettelijk", "veldnorm")),
            ("bron", Ref("bronnen", "De bron van de norm: één bron, of een lijst van bronnen.")),
            ("toepassing", Str("Optioneel: een toets die zegt wanneer de norm van toepassing is; onwaar geeft 'niet van toepassing'. Bijvoorbeeld aanbieder.soort = \"instelling\".")),
            ("oordeelregel", Enum("Optioneel: hoe criteria een oordeel worden. 'standaard' (de regel van docs/oordelen.md) of 'streng' (elk criterium is kritiek).", "standaard", "streng")),
            ("toelichting", Str("Optioneel: uitleg bij de norm, in Markdown.")),
            ("versies", new JsonObject
            {
                ["description"] = "De versies van de norm, op volgorde van geldig_vanaf (oudste eerst); ze overlappen niet.",
                ["type"] = "array",
                ["minItems"] = 1,
                ["items"] = Ref("versie"),
            }),
            ("voorbeelden", new JsonObject
            {
                ["description"] = "Voorbeelden: uitvoerbare tests (igjnormen test) en uitleg in het kader. Geef er minstens twee: één die voldoet en één die niet voldoet.",
                ["type"] = "array",
                ["items"] = Ref("voorbeeld"),
            })),
        ["id", "titel", "soort", "bron", "versies"],
        ("bronnen", new JsonObject
        {
            ["description"] = "Eén bron, of een lijst van bronnen.",
            ["oneOf"] = new JsonArray(Ref("bron"), new JsonObject { ["type"] = "array", ["minItems"] = 1, ["items"] = Ref("bron") }),
        }),
        ("bron", Source()),
        ("versie", Object(
            "Een versie van de norm: geldt vanaf geldig_vanaf tot (niet tot en met) geldig_tot, of tot de volgende versie begint.",
            Props(
                ("geldig_vanaf", Date("De eerste dag waarop deze versie geldt (JJJJ-MM-DD).")),
                ("geldig_tot", Date("Optioneel en exclusief: de eerste dag waarop deze versie NIET meer geldt (JJJJ-MM-DD). Zonder geldig_tot loopt de versie tot de volgende begint.")),
                ("status", Enum("Concept of vastgesteld.", "concept", "vastgesteld")),
                ("wijziging", Str("Optioneel: wat er in deze versie veranderde.")),
                ("bron", Ref("bronnen", "Optioneel: de eigen bron(nen) van deze versie, als de geciteerde tekst verschilt; vervangt dan de bron van de norm.")),
                ("toepassing", Str("Optioneel: vervangt de toepassing van de norm voor deze versie.")),
                ("criteria", new JsonObject
                {
                    ["description"] = "De criteria van deze versie: samen bepalen ze het oordeel.",
                    ["type"] = "array",
                    ["minItems"] = 1,
                    ["items"] = Ref("criterium"),
                })),
            ["geldig_vanaf", "status", "criteria"])),
        ("criterium", Object(
            "Een toetsbaar onderdeel van de norm.",
            Props(
                ("id", Str("Het id van het criterium, uniek binnen de versie (bijvoorbeeld 'tijdig').")),
                ("tekst", Str("De eis in gewone taal, zoals hij in het rapport staat.")),
                ("toets", Str("De toets in de toetstaal (docs/toets-taal.md), bijvoorbeeld: alle k in klachten.klachten: k.besluit_op <= k.ingediend_op + 6 weken")),
                ("kritiek", Boolean("Optioneel (standaard nee): is dit criterium niet voldaan, dan voldoet de norm niet.")),
                ("toelichting", Str("Optioneel: uitleg bij het criterium."))),
            ["id", "tekst", "toets"])),
        ("voorbeeld", Object(
            "Een voorbeeld: feiten op een peildatum en het oordeel dat ze moeten geven.",
            Props(
                ("naam", Str("Een naam die zegt wat het voorbeeld laat zien ('klacht op dag 42'), uniek binnen de norm.")),
                ("peildatum", Date("De datum waarop wordt beoordeeld; kiest de versie (JJJJ-MM-DD).")),
                ("feiten", Facts()),
                ("verwacht", Verdict("Het oordeel dat de feiten moeten geven.")),
                ("ontbrekend", new JsonObject
                {
                    ["description"] = "Optioneel: de feiten die bij 'niet te beoordelen' als ontbrekend genoemd moeten worden.",
                    ["oneOf"] = new JsonArray(new JsonObject { ["type"] = "string" }, new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["type"] = "string" } }),
                }),
                ("oordelen", Overrides())),
            ["naam", "peildatum", "verwacht"])),
        ("afwijking", Override()));

    internal static JsonObject Kader() => Root(
        "kader",
        "IgjNormen-toetsingskader (*.kader.yaml)",
        "Een toetsingskader: een versie van een set normen in thema's, voor een doelgroep. De bestandsnaam (zonder .kader.yaml) is het id.",
        Props(
            ("id", Str("Het id van het kader, gelijk aan de bestandsnaam zonder .kader.yaml.", IdPattern)),
            ("titel", Str("De titel van het kader.")),
            ("versie", Str("Optioneel: het versienummer van het kader, als tekst (\"2025.1\").")),
            ("geldig_vanaf", Date("Optioneel: de datum waarop deze versie van het kader ingaat (JJJJ-MM-DD).")),
            ("status", Enum("Optioneel: concept of vastgesteld.", "concept", "vastgesteld")),
            ("doelgroep", Str("Optioneel: voor welke zorgaanbieders het kader is.")),
            ("inleiding", Str("Optioneel: inleiding op het kader, in Markdown.")),
            ("themas", new JsonObject
            {
                ["description"] = "De thema's van het kader, elk met de normen die erbij horen. Een norm staat in hoogstens één thema.",
                ["type"] = "array",
                ["items"] = Ref("thema"),
            })),
        ["id", "titel", "themas"],
        ("thema", Object(
            "Een thema: een groep normen in het kader.",
            Props(
                ("id", Str("Het id van het thema, uniek binnen het kader.")),
                ("titel", Str("De titel van het thema.")),
                ("toelichting", Str("Optioneel: uitleg bij het thema.")),
                ("normen", new JsonObject
                {
                    ["description"] = "De ids van de normen in dit thema (de bestandsnamen zonder .norm.yaml).",
                    ["type"] = "array",
                    ["items"] = new JsonObject { ["type"] = "string", ["pattern"] = IdPattern },
                })),
            ["id", "titel"])));

    internal static JsonObject Regelingen() => Root(
        "regelingen",
        "IgjNormen-regelingen (*.regelingen.yaml)",
        "De wetten waar de normen naar verwijzen, met de artikelen (en leden) die een plicht van de zorgaanbieder bevatten: de maat voor igjnormen coverage.",
        Props(("regelingen", new JsonObject
        {
            ["description"] = "De regelingen (wetten), elk met de artikelen die een plicht van de zorgaanbieder bevatten.",
            ["type"] = "array",
            ["items"] = Ref("regeling"),
        })),
        ["regelingen"],
        ("regeling", Object(
            "Een wet of andere regeling.",
            Props(
                ("afkorting", Str("De afkorting, zoals normen haar in bron.regeling noemen (Wkkgz).")),
                ("naam", Str("De volledige naam van de regeling.")),
                ("bwb", Str("Het BWB-id van de regeling (BWBR0037173).", BwbPattern)),
                ("plichten", new JsonObject
                {
                    ["description"] = "De artikelen (en leden) met een plicht van de zorgaanbieder waarop de IGJ toezicht houdt.",
                    ["type"] = "array",
                    ["items"] = Ref("plicht"),
                })),
            ["afkorting", "naam", "bwb"])),
        ("plicht", Object(
            "Een artikel, eventueel beperkt tot een of meer leden. Nummers zijn tekst: \"8:24\", \"2b\".",
            Props(
                ("artikel", Str("Het artikelnummer, als tekst (\"13\", \"8:24\", \"2b\").")),
                ("lid", Str("Optioneel: één lid, als tekst (\"1\").")),
                ("leden", new JsonObject
                {
                    ["description"] = "Optioneel: meer leden, als tekst ([\"1\", \"2\"]).",
                    ["type"] = "array",
                    ["items"] = new JsonObject { ["type"] = "string" },
                })),
            ["artikel"])));

    internal static JsonObject Bevindingen() => Root(
        "bevindingen",
        "IgjNormen-bevindingen",
        "De bevindingen van een inspectiebezoek: wie, wanneer, de feiten, en eventueel beredeneerde afwijkingen van de inspecteur.",
        Props(
            ("aanbieder", Object(
                "De zorgaanbieder: alleen ter identificatie; gegevens die een toets nodig heeft, staan onder feiten.",
                Props(
                    ("naam", Str("De naam van de zorgaanbieder.")),
                    ("kvk", Str("Optioneel: het KvK-nummer, als tekst (\"12345678\").")),
                    ("vestiging", Str("Optioneel: de bezochte vestiging."))),
                ["naam"])),
            ("bezoek", Object(
                "Het inspectiebezoek.",
                Props(
                    ("datum", Date("De datum van het bezoek (JJJJ-MM-DD); standaard ook de peildatum.")),
                    ("kader", Str("Optioneel: het id van het kader dat standaard wordt toegepast.", IdPattern)),
                    ("inspecteur", Str("Optioneel: de naam van de inspecteur."))),
                [])),
            ("peildatum", Date("Optioneel: de datum waarop wordt beoordeeld (JJJJ-MM-DD); standaard de bezoekdatum.")),
            ("feiten", Facts()),
            ("oordelen", Overrides())),
        ["aanbieder"],
        ("afwijking", Override()));

    // ------------------------------------------------------------------ shared pieces

    private const string FactNamePattern = "^[a-z_][a-z0-9_]*(\\.[a-z_][a-z0-9_]*)*$";
    private const string FieldNamePattern = "^[a-z_][a-z0-9_]*$";
    private const string IdPattern = "^[a-z0-9][a-z0-9_.-]*$";
    private const string BwbPattern = "^BWBR[0-9]{7}$";
    private const string DatePattern = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$";

    private static JsonObject Fact(bool allowList)
    {
        var types = allowList
            ? new[] { "ja/nee", "getal", "tekst", "datum", "tijdstip", "keuze", "lijst" }
            : ["ja/nee", "getal", "tekst", "datum", "tijdstip", "keuze"];
        var properties = Props(
            ("type", Enum(allowList ? "Het type: ja/nee, getal, tekst, datum, tijdstip, keuze (met waarden) of lijst (met velden)." : "Het type van het veld: ja/nee, getal, tekst, datum, tijdstip of keuze (een veld is geen lijst).", types)),
            ("omschrijving", Str("Wat het feit betekent; verschijnt bij hover en in gerenderde kaders.")),
            ("eenheid", Str("Optioneel: de eenheid van een getal (zorgverleners, euro).")),
            ("waarden", new JsonObject
            {
                ["description"] = "Alleen bij een keuze: de toegestane waarden (hoofdlettergevoelig).",
                ["type"] = "array",
                ["minItems"] = 1,
                ["items"] = new JsonObject { ["type"] = "string" },
            }));
        if (allowList)
        {
            properties["velden"] = new JsonObject
            {
                ["description"] = "Alleen bij een lijst: de velden van elk element, bij hun naam (één deel van kleine letters, cijfers en '_').",
                ["type"] = "object",
                ["propertyNames"] = new JsonObject { ["pattern"] = FieldNamePattern },
                ["additionalProperties"] = Ref("veld"),
            };
        }

        var fact = Object(allowList ? "Een begrip: een benoemd feit met een type." : "Een veld van een element van een lijst-begrip.", properties, ["type", "omschrijving"]);
        var rules = new JsonArray(When("keuze", "waarden", present: true), When("keuze", "waarden", present: false));
        if (allowList)
        {
            rules.Add(When("lijst", "velden", present: true));
            rules.Add(When("lijst", "velden", present: false));
        }

        fact["allOf"] = rules;
        return fact;
    }

    /// <summary>A keuze needs waarden (and only a keuze has them); a lijst needs velden (and only a lijst has them).</summary>
    private static JsonObject When(string type, string key, bool present) => new()
    {
        ["if"] = new JsonObject
        {
            ["properties"] = new JsonObject { ["type"] = present ? new JsonObject { ["const"] = type } : new JsonObject { ["not"] = new JsonObject { ["const"] = type } } },
            ["required"] = new JsonArray("type"),
        },
        ["then"] = present
            ? new JsonObject { ["required"] = new JsonArray(key) }
            : new JsonObject { ["not"] = new JsonObject { ["required"] = new JsonArray(key) } },
    };

    private static JsonObject Source()
    {
        var source = Object(
            "Een bron: een wetsartikel (regeling, bwb, artikel, lid, onderdeel) of, bij een veldnorm, een document. Nummers zijn altijd tekst: \"13\", \"8:24\", \"2b\".",
            Props(
                ("regeling", Str("De afkorting van de wet (Wkkgz, Wzd).")),
                ("bwb", Str("Het BWB-id van de wet (BWBR0037173).", BwbPattern)),
                ("artikel", Str("Het artikelnummer, als tekst tussen aanhalingstekens: \"13\", \"8:24\", \"2b\", \"11.0a\".")),
                ("lid", Str("Optioneel: het lid, als tekst (\"1\").")),
                ("onderdeel", Str("Optioneel: het onderdeel, als tekst (a).")),
                ("document", Str("Bij een veldnorm: de titel van het document (Governancecode Zorg 2022).")),
                ("eigenaar", Str("Bij een veldnorm: wie het document beheert (BoZ).")),
                ("principe", Str("Bij een veldnorm: het principe of hoofdstuk in het document, als tekst (\"1\").")),
                ("url", Str("Optioneel: waar het document te lezen is."))),
            []);
        source["anyOf"] = new JsonArray(
            new JsonObject { ["required"] = new JsonArray("bwb", "artikel") },
            new JsonObject { ["required"] = new JsonArray("document") });
        return source;
    }

    private static JsonObject Facts() => new()
    {
        ["description"] = "De feiten, genest volgens de gestippelde namen van de begrippen (klachten: { regeling_aanwezig: ja }). Een feit dat ontbreekt of 'onbekend' is, is onbekend.",
        ["type"] = "object",
    };

    private static JsonObject Overrides() => new()
    {
        ["description"] = "Optioneel: beredeneerde afwijkingen van de inspecteur, bij het id van de norm.",
        ["type"] = "object",
        ["propertyNames"] = new JsonObject { ["pattern"] = IdPattern },
        ["additionalProperties"] = Ref("afwijking"),
    };

    private static JsonObject Override() => Object(
        "Een afwijkend oordeel van de inspecteur, met de reden.",
        Props(
            ("oordeel", Verdict("Het oordeel van de inspecteur.")),
            ("motivering", Str("Waarom de inspecteur afwijkt van het berekende oordeel (verplicht)."))),
        ["oordeel", "motivering"]);

    private static JsonObject Verdict(string description) => Enum(description, [.. OordeelText.AllLabels]);

    private static JsonObject Root(string kind, string title, string description, JsonObject properties, string[] required, params (string Name, JsonObject Schema)[] definitions)
    {
        var root = new JsonObject
        {
            ["$schema"] = "http://json-schema.org/draft-07/schema#",
            ["$id"] = $"https://igjnormen.invalid/schemas/{kind}.schema.json",
            ["title"] = title,
        };
        foreach (var (key, value) in Object(description, properties, required))
        {
            root[key] = value?.DeepClone();
        }

        if (definitions.Length > 0)
        {
            var defs = new JsonObject();
            foreach (var (name, schema) in definitions)
            {
                defs[name] = schema;
            }

            root["definitions"] = defs;
        }

        return root;
    }

    private static JsonObject Object(string description, JsonObject properties, string[] required)
    {
        var result = new JsonObject
        {
            ["description"] = description,
            ["type"] = "object",
            ["properties"] = properties,
            ["additionalProperties"] = false,
        };
        if (required.Length > 0)
        {
            result["required"] = new JsonArray([.. required.Select(r => (JsonNode)r)]);
        }

        return result;
    }

    private static JsonObject Props(params (string Name, JsonObject Schema)[] properties)
    {
        var result = new JsonObject();
        foreach (var (name, schema) in properties)
        {
            result[name] = schema;
        }

        return result;
    }

    private static JsonObject Str(string description, string? pattern = null)
    {
        var result = new JsonObject { ["description"] = description, ["type"] = "string" };
        if (pattern is not null)
        {
            result["pattern"] = pattern;
        }

        return result;
    }

    private static JsonObject Date(string description) => Str(description, DatePattern);

    private static JsonObject Boolean(string description) => new()
    {
        ["description"] = description,
        ["enum"] = new JsonArray("ja", "nee", true, false),
    };

    private static JsonObject Enum(string description, params string[] values) => new()
    {
        ["description"] = description,
        ["type"] = "string",
        ["enum"] = new JsonArray([.. values.Select(v => (JsonNode)v)]),
    };

    private static JsonObject Ref(string definition, string? description = null)
    {
        var result = new JsonObject { ["$ref"] = $"#/definitions/{definition}" };
        if (description is not null)
        {
            // draft-07 ignores siblings of $ref for validation; editors still show the description on hover.
            result["description"] = description;
        }

        return result;
    }

    private static string Write(JsonObject schema)
    {
        var options = new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, NewLine = "\n", IndentSize = 2 };
        return schema.ToJsonString(options) + "\n";
    }

    /// <summary>The relative path from a file to a schema in <paramref name="schemasFolder"/>, with forward slashes.</summary>
    public static string RelativeSchemaPath(string filePath, string schemasFolder, string schemaFile)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(filePath)) ?? ".";
        var relative = Path.GetRelativePath(directory, Path.Combine(Path.GetFullPath(schemasFolder), schemaFile));
        return relative.Replace('\\', '/');
    }

    /// <summary>The schema line a file should begin with, given the relative path to its schema.</summary>
    public static string HeaderLine(string relativeSchemaPath) => new StringBuilder(HeaderPrefix).Append(relativeSchemaPath).ToString();
}
