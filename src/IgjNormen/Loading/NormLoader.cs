using IgjNormen.Diagnostics;
using IgjNormen.Model;
using IgjNormen.Text;
using IgjNormen.Yaml;

namespace IgjNormen.Loading;

/// <summary>Reads a *.norm.yaml file into a <see cref="Norm"/> (conditions are bound later, by the checker).</summary>
internal static class NormLoader
{
    internal static readonly string[] NormKeys = ["id", "titel", "soort", "bron", "toepassing", "oordeelregel", "toelichting", "versies", "voorbeelden"];
    internal static readonly string[] SourceKeys = ["regeling", "bwb", "artikel", "lid", "onderdeel", "document", "eigenaar", "principe", "url"];
    internal static readonly string[] VersionKeys = ["geldig_vanaf", "geldig_tot", "status", "wijziging", "bron", "toepassing", "criteria"];
    internal static readonly string[] CriterionKeys = ["id", "tekst", "toets", "kritiek", "toelichting"];
    internal static readonly string[] ExampleKeys = ["naam", "peildatum", "feiten", "verwacht", "ontbrekend", "oordelen"];

    internal static readonly IReadOnlyDictionary<string, NormSoort> Soorten = new Dictionary<string, NormSoort>
    {
        ["wettelijk"] = NormSoort.Wettelijk,
        ["veldnorm"] = NormSoort.Veldnorm,
    };

    internal static readonly IReadOnlyDictionary<string, VersionStatus> Statuses = new Dictionary<string, VersionStatus>
    {
        ["concept"] = VersionStatus.Concept,
        ["vastgesteld"] = VersionStatus.Vastgesteld,
    };

    private static readonly IReadOnlyDictionary<string, VerdictRule> Rules = new Dictionary<string, VerdictRule>
    {
        ["standaard"] = VerdictRule.Standaard,
        ["streng"] = VerdictRule.Streng,
    };

    public static Norm? Load(YNode root, string expectedId, DiagnosticBag diagnostics)
    {
        var reader = new MappingReader(root, root.Location, diagnostics, NormKeys);
        if (!reader.IsValid)
        {
            return null;
        }

        var idScalar = reader.Scalar("id", required: true);
        var titel = reader.String("titel", required: true);
        if (idScalar is null || titel is null)
        {
            return null;
        }

        if (idScalar.Value != expectedId)
        {
            diagnostics.Add(DiagnosticCodes.Structure.IdMismatch, idScalar.Location, idScalar.Value, expectedId + ".norm.yaml");
        }

        if (!Names.Id().IsMatch(idScalar.Value))
        {
            diagnostics.Add(DiagnosticCodes.Structure.InvalidName, idScalar.Location, idScalar.Value, "een id bestaat uit kleine letters, cijfers, '.', '-' en '_'");
        }

        return new Norm
        {
            Id = idScalar.Value,
            Titel = titel,
            Soort = reader.Choice("soort", Soorten, required: true) ?? NormSoort.Wettelijk,
            Bronnen = ReadSources(reader, diagnostics, required: true),
            Toepassing = ReadCondition(reader, "toepassing"),
            Oordeelregel = reader.Choice("oordeelregel", Rules) ?? VerdictRule.Standaard,
            Toelichting = reader.String("toelichting"),
            Versies = ReadVersions(reader, diagnostics),
            Voorbeelden = ReadExamples(reader, diagnostics),
            File = root.File,
            IdLocation = idScalar.Location,
        };
    }

    private static Condition? ReadCondition(MappingReader reader, string key) =>
        reader.Scalar(key) is { } scalar ? new Condition(scalar.Value, scalar) : null;

    private static List<Source> ReadSources(MappingReader reader, DiagnosticBag diagnostics, bool required)
    {
        var node = reader.Node("bron");
        if (node is null && !required)
        {
            return [];
        }

        if (node is null)
        {
            diagnostics.Add(DiagnosticCodes.Structure.MissingKey, new SourceLocation(reader.Location.File, new TextSpan(reader.Location.Span.Start, 0)), "bron");
            return [];
        }

        var items = node is YSequence sequence ? sequence.Items : [node];
        var sources = new List<Source>();
        foreach (var item in items)
        {
            var source = new MappingReader(item, item.Location, diagnostics, SourceKeys);
            if (!source.IsValid)
            {
                continue;
            }

            var bwb = source.String("bwb");
            var document = source.String("document");
            if (bwb is null && document is null)
            {
                diagnostics.Add(DiagnosticCodes.Structure.MissingKey, source.Location, "bwb (wet) of document (veldnorm)");
                continue;
            }

            if (bwb is not null && source.String("artikel") is null)
            {
                diagnostics.Add(DiagnosticCodes.Structure.MissingKey, source.Location, "artikel");
            }

            sources.Add(new Source
            {
                Regeling = source.String("regeling"),
                Bwb = bwb,
                Artikel = source.String("artikel"),
                Lid = source.String("lid"),
                Onderdeel = source.String("onderdeel"),
                Document = document,
                Eigenaar = source.String("eigenaar"),
                Principe = source.String("principe"),
                Url = source.String("url"),
                Location = item.Location,
            });
        }

        return sources;
    }

    private static List<NormVersion> ReadVersions(MappingReader reader, DiagnosticBag diagnostics)
    {
        var versions = new List<NormVersion>();
        foreach (var item in reader.Sequence("versies", required: true)?.Items ?? [])
        {
            var version = new MappingReader(item, item.Location, diagnostics, VersionKeys);
            if (!version.IsValid)
            {
                continue;
            }

            var vanaf = version.Date("geldig_vanaf", required: true);
            if (vanaf is null)
            {
                continue;
            }

            versions.Add(new NormVersion
            {
                GeldigVanaf = vanaf.Value,
                GeldigTot = version.Date("geldig_tot"),
                Status = version.Choice("status", Statuses, required: true) ?? VersionStatus.Concept,
                Wijziging = version.String("wijziging"),
                Bronnen = ReadSources(version, diagnostics, required: false),
                Toepassing = ReadCondition(version, "toepassing"),
                Criteria = ReadCriteria(version, diagnostics),
                Location = item.Location,
            });
        }

        return versions;
    }

    private static List<Criterion> ReadCriteria(MappingReader version, DiagnosticBag diagnostics)
    {
        var criteria = new List<Criterion>();
        foreach (var item in version.Sequence("criteria", required: true)?.Items ?? [])
        {
            var criterion = new MappingReader(item, item.Location, diagnostics, CriterionKeys);
            if (!criterion.IsValid)
            {
                continue;
            }

            var id = criterion.String("id", required: true);
            var tekst = criterion.String("tekst", required: true);
            var toets = criterion.Scalar("toets", required: true);
            if (id is null || tekst is null || toets is null)
            {
                continue;
            }

            criteria.Add(new Criterion
            {
                Id = id,
                Tekst = tekst,
                Toets = new Condition(toets.Value, toets),
                Kritiek = criterion.Boolean("kritiek") ?? false,
                Toelichting = criterion.String("toelichting"),
                Location = item.Location,
            });
        }

        return criteria;
    }

    private static List<Example> ReadExamples(MappingReader reader, DiagnosticBag diagnostics)
    {
        var examples = new List<Example>();
        foreach (var item in reader.Sequence("voorbeelden")?.Items ?? [])
        {
            var example = new MappingReader(item, item.Location, diagnostics, ExampleKeys);
            if (!example.IsValid)
            {
                continue;
            }

            var naam = example.String("naam", required: true);
            var verwacht = example.Scalar("verwacht", required: true);
            if (naam is null)
            {
                continue;
            }

            Oordeel? expected = null;
            if (verwacht is not null)
            {
                if (OordeelText.TryParse(verwacht.Value, out var parsed))
                {
                    expected = parsed;
                }
                else
                {
                    diagnostics.Add(DiagnosticCodes.Bevindingen.InvalidVerdict, verwacht.Location, verwacht.Value, string.Join(", ", OordeelText.AllLabels));
                }
            }

            examples.Add(new Example
            {
                Naam = naam,
                Peildatum = example.Date("peildatum", required: true),
                Feiten = example.Map("feiten"),
                Verwacht = expected,
                Ontbrekend = example.Node("ontbrekend") is null ? null : example.Scalars("ontbrekend").Select(s => s.Value).ToList(),
                Oordelen = example.Map("oordelen"),
                Location = item.Location,
            });
        }

        return examples;
    }
}
