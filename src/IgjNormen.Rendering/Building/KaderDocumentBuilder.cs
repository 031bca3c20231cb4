using IgjNormen.Diagnostics;
using IgjNormen.Evaluation;
using IgjNormen.Model;
using IgjNormen.Rendering.Documents;
using IgjNormen.Testing;
using IgjNormen.Text;
using IgjNormen.Yaml;

namespace IgjNormen.Rendering.Building;

/// <summary>Builds the document model of a kader: each norm in the version in force on the peildatum.</summary>
internal sealed class KaderDocumentBuilder(NormModel model, Evaluator evaluator, DocumentFormat format)
{
    /// <summary>Headings inside Markdown from norm files: the inleiding and thema toelichting sit under an h2, a norm's toelichting under an h4.</summary>
    public const int InleidingHeadingLevel = 3;
    public const int ThemaHeadingLevel = 3;
    public const int NormHeadingLevel = 5;

    public KaderDocument Build(Kader kader, DateOnly peildatum, DiagnosticBag diagnostics)
    {
        var themas = new List<ThemaDocument>();
        var numbers = new Dictionary<Norm, string>();
        for (var t = 0; t < kader.Themas.Count; t++)
        {
            var thema = kader.Themas[t];
            var normen = new List<NormDocument>();
            foreach (var reference in thema.Normen)
            {
                if (reference.Norm is not { } norm)
                {
                    continue;
                }

                var nummer = $"{t + 1}.{normen.Count + 1}";
                numbers.TryAdd(norm, nummer);
                normen.Add(Norm(norm, nummer, kader, peildatum, diagnostics));
            }

            themas.Add(new ThemaDocument
            {
                Id = thema.Id,
                Anker = "thema-" + thema.Id,
                Nummer = (t + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
                Titel = thema.Titel,
                Toelichting = MarkdownText.Block(thema.Toelichting, ThemaHeadingLevel, "thema-" + thema.Id),
                Normen = normen,
            });
        }

        var allNorms = themas.SelectMany(t => t.Normen).ToList();
        var criteria = allNorms.Sum(n => n.Criteria.Count);
        var paths = SitePaths.For(kader.Id, format);
        return new KaderDocument
        {
            Id = kader.Id,
            Titel = kader.Titel,
            Versie = kader.Versie,
            Status = Labels.Status(kader.Status),
            GeldigVanaf = kader.GeldigVanaf is { } from ? DutchText.Date(from) : null,
            GeldigVanafIso = kader.GeldigVanaf is { } iso ? DutchText.Iso(iso) : null,
            Doelgroep = kader.Doelgroep,
            Inleiding = MarkdownText.Block(kader.Inleiding, InleidingHeadingLevel, "inleiding"),
            Peildatum = DutchText.Date(peildatum),
            PeildatumIso = DutchText.Iso(peildatum),
            Themas = themas,
            Wetten = LawIndex(kader, numbers, peildatum),
            Documenten = DocumentIndex(kader, numbers, peildatum),
            AantalNormen = allNorms.Count,
            AantalCriteria = criteria,
            Omvang = Omvang(themas.Count, allNorms.Count, criteria),
            Pad = paths.Kader,
            ChecklistPad = paths.Checklist,
        };
    }

    public static string Omvang(int themas, int normen, int criteria) =>
        $"{DutchText.Count(themas, "thema", "thema's")}, {DutchText.Count(normen, "norm", "normen")}, {DutchText.Count(criteria, "criterium", "criteria")}";

    private NormDocument Norm(Norm norm, string nummer, Kader kader, DateOnly peildatum, DiagnosticBag diagnostics)
    {
        var version = norm.VersionOn(peildatum);
        if (version is null)
        {
            diagnostics.Add(DiagnosticCodes.Rendering.NormNotInForce, norm.IdLocation, norm.Id, kader.Id, DutchText.Date(peildatum));
        }

        var streng = norm.Oordeelregel == VerdictRule.Streng;
        var toepassing = version?.Toepassing ?? norm.Toepassing;
        var criteria = version?.Criteria.Select((c, i) => new CriteriumDocument
        {
            Id = c.Id,
            Anker = norm.Id + "--" + c.Id,
            Nummer = (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
            Tekst = c.Tekst,
            Kritiek = c.Kritiek || streng,
            Toets = Toets(c.Toets),
            Toelichting = MarkdownText.Inline(c.Toelichting),
        }).ToList() ?? [];

        return new NormDocument
        {
            Id = norm.Id,
            Anker = norm.Id,
            Nummer = nummer,
            Titel = norm.Titel,
            Soort = Labels.Soort(norm.Soort),
            Bronnen = Sources(norm, peildatum).Select(b => Bron(b, peildatum)).ToList(),
            VanKracht = version is not null,
            Versie = version is null ? null : Versie(version, shown: true),
            Versies = norm.Versies.Select(v => Versie(v, ReferenceEquals(v, version))).ToList(),
            Toepassing = version is null || toepassing is null ? null : Toets(toepassing),
            Streng = streng,
            Criteria = criteria,
            Toelichting = MarkdownText.Block(norm.Toelichting, NormHeadingLevel, norm.Id),
            Voorbeelden = version is null ? [] : Voorbeelden(norm, version, diagnostics),
        };
    }

    public static ToetsDocument Toets(Condition condition)
    {
        var (flat, lines) = ToetsLayout.Of(condition);
        return new ToetsDocument { Tekst = flat, Opgemaakt = lines, Meerregelig = lines.Contains('\n', StringComparison.Ordinal) };
    }

    private static VersieDocument Versie(NormVersion version, bool shown)
    {
        var end = version.End;
        return new VersieDocument
        {
            GeldigVanaf = DutchText.Date(version.GeldigVanaf),
            GeldigVanafIso = DutchText.Iso(version.GeldigVanaf),
            GeldigTot = end is { } e ? DutchText.Date(e) : null,
            GeldigTotIso = end is { } i ? DutchText.Iso(i) : null,
            Periode = end is { } until
                ? $"van {DutchText.Date(version.GeldigVanaf)} tot {DutchText.Date(until)}"
                : $"vanaf {DutchText.Date(version.GeldigVanaf)}",
            Status = Labels.Status(version.Status),
            Wijziging = MarkdownText.Inline(version.Wijziging),
            Getoond = shown,
        };
    }

    public static BronDocument Bron(Source source, DateOnly peildatum) => new()
    {
        Tekst = source.Citation,
        IsWet = source.IsLaw,
        Regeling = source.Regeling ?? source.Bwb,
        Artikel = source.Artikel,
        Lid = source.Lid,
        Onderdeel = source.Onderdeel,
        Document = source.Document,
        Eigenaar = source.Eigenaar,
        Link = UrlSafety.SafeOrNull(source.JuriconnectLink(peildatum)),
        Juriconnect = source.Juriconnect(peildatum),
    };

    private List<VoorbeeldDocument> Voorbeelden(Norm norm, NormVersion version, DiagnosticBag diagnostics)
    {
        var result = new List<VoorbeeldDocument>();
        foreach (var example in norm.Voorbeelden)
        {
            // A voorbeeld explains the version its peildatum selects: show those of the version shown.
            if (example.Peildatum is not { } date || !ReferenceEquals(norm.VersionOn(date), version))
            {
                continue;
            }

            var outcome = ExampleRunner.Run(evaluator, norm, example);
            if (outcome.Result is not { } evaluated || example.Verwacht is not { } expected)
            {
                continue;
            }

            if (evaluated.Oordeel != expected)
            {
                diagnostics.Add(DiagnosticCodes.Rendering.ExampleDiffers, example.Location, example.Naam, norm.Id, evaluated.Oordeel.Label(), expected.Label());
            }

            result.Add(new VoorbeeldDocument
            {
                Naam = example.Naam,
                Peildatum = DutchText.Date(date),
                PeildatumIso = DutchText.Iso(date),
                Feiten = FactFormatter.Feiten(example.Feiten, model),
                Oordelen = Oordelen(example.Oordelen),
                Verwacht = expected.Label(),
                Uitkomst = evaluated.Oordeel.Label(),
                UitkomstKlasse = Labels.Klasse(evaluated.Oordeel),
                Klopt = evaluated.Oordeel == expected,
                Reden = evaluated.Reden,
                Ontbrekend = evaluated.Ontbrekend,
                Criteria = evaluated.Criteria.Select(c => new UitkomstDocument { Id = c.Id, Uitkomst = c.Uitkomst.Label(), Klasse = Labels.Klasse(c.Uitkomst) }).ToList(),
            });
        }

        return result;
    }

    private static List<AfwijkingDocument> Oordelen(YMapping? oordelen)
    {
        var result = new List<AfwijkingDocument>();
        foreach (var (key, node) in oordelen?.Entries ?? [])
        {
            var mapping = node as YMapping;
            result.Add(new AfwijkingDocument
            {
                Norm = key.Value,
                Oordeel = (mapping?["oordeel"] as YScalar)?.Value ?? (node as YScalar)?.Value ?? string.Empty,
                Motivering = (mapping?["motivering"] as YScalar)?.Value ?? string.Empty,
            });
        }

        return result;
    }

    private List<WetIndex> LawIndex(Kader kader, IReadOnlyDictionary<Norm, string> numbers, DateOnly peildatum)
    {
        var citations = Citations(kader, numbers, peildatum).Where(c => c.Source.IsLaw && c.Source.Bwb is not null).ToList();
        var laws = new List<WetIndex>();
        foreach (var law in citations.GroupBy(c => c.Source.Bwb!, StringComparer.Ordinal))
        {
            var regeling = model.Regelingen.FirstOrDefault(r => r.Bwb == law.Key);
            var shortName = law.Select(c => c.Source.Regeling).FirstOrDefault(r => r is not null) ?? regeling?.Afkorting ?? law.Key;
            var articles = law
                .Where(c => c.Source.Artikel is not null)
                .GroupBy(c => c.Source.Artikel!, StringComparer.Ordinal)
                .OrderBy(g => g.Key, Labels.ArticleComparer)
                .Select(article =>
                {
                    var whole = new Source { Bwb = law.Key, Regeling = shortName, Artikel = article.Key };
                    return new ArtikelIndex
                    {
                        Artikel = article.Key,
                        Tekst = "art. " + article.Key,
                        Link = whole.JuriconnectLink(peildatum)!,
                        Juriconnect = whole.Juriconnect(peildatum)!,
                        Normen = article.GroupBy(c => c.Norm).Select(n => Verwijzing(n.Key, numbers[n.Key], Leden(n.Select(c => c.Source)))).ToList(),
                    };
                })
                .ToList();
            laws.Add(new WetIndex
            {
                Regeling = shortName,
                Naam = regeling?.Naam,
                Bwb = law.Key,
                Link = $"https://wetten.overheid.nl/{law.Key}/{DutchText.Iso(peildatum)}",
                Artikelen = articles,
            });
        }

        return laws.OrderBy(l => l.Regeling, StringComparer.Ordinal).ToList();
    }

    private List<DocumentIndex> DocumentIndex(Kader kader, IReadOnlyDictionary<Norm, string> numbers, DateOnly peildatum) =>
        Citations(kader, numbers, peildatum)
            .Where(c => !c.Source.IsLaw)
            .GroupBy(c => c.Source.Document ?? "veldnorm", StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(document => new DocumentIndex
            {
                Document = document.Key,
                Eigenaar = document.Select(c => c.Source.Eigenaar).FirstOrDefault(e => e is not null),
                Link = document.Select(c => UrlSafety.SafeOrNull(c.Source.Url)).FirstOrDefault(u => u is not null),
                Normen = document.GroupBy(c => c.Norm).Select(n =>
                {
                    var principes = n.Select(c => c.Source.Principe).Where(p => p is not null).Distinct().ToList();
                    return Verwijzing(n.Key, numbers[n.Key], principes.Count == 0 ? null : (principes.Count == 1 ? "principe " : "principes ") + DutchText.Enumerate(principes!));
                }).ToList(),
            })
            .ToList();

    private static IEnumerable<(Norm Norm, Source Source)> Citations(Kader kader, IReadOnlyDictionary<Norm, string> numbers, DateOnly peildatum) =>
        kader.Norms.Distinct().Where(numbers.ContainsKey).SelectMany(n => Sources(n, peildatum).Select(b => (n, b)));

    /// <summary>The sources of the version shown (a version may cite its own article or lid), else the norm's.</summary>
    public static IReadOnlyList<Source> Sources(Norm norm, DateOnly peildatum) =>
        norm.VersionOn(peildatum) is { } version ? norm.SourcesOf(version) : norm.Bronnen;

    private static NormVerwijzing Verwijzing(Norm norm, string nummer, string? onderdelen) => new()
    {
        Id = norm.Id,
        Titel = norm.Titel,
        Nummer = nummer,
        Anker = norm.Id,
        Onderdelen = onderdelen,
    };

    /// <summary>
    /// "lid 1", "leden 1, 2 en 3", "lid 1 onder a, b en c", "lid 1 onder a; lid 3", or null when the whole article
    /// is cited.
    /// </summary>
    private static string? Leden(IEnumerable<Source> sources)
    {
        var leden = new SortedDictionary<string, SortedSet<string>?>(Labels.ArticleComparer);
        foreach (var source in sources)
        {
            if (source.Lid is null)
            {
                return null;
            }

            if (source.Onderdeel is null)
            {
                leden[source.Lid] = null; // the whole lid
            }
            else if (!leden.TryGetValue(source.Lid, out var parts))
            {
                leden[source.Lid] = new SortedSet<string>(StringComparer.Ordinal) { source.Onderdeel };
            }
            else
            {
                parts?.Add(source.Onderdeel);
            }
        }

        if (leden.Count == 0)
        {
            return null;
        }

        var texts = leden.Select(l => l.Value is null ? l.Key : $"{l.Key} onder {DutchText.Enumerate(l.Value)}").ToList();
        if (leden.Values.Any(p => p is { Count: > 1 }))
        {
            return string.Join("; ", texts.Select(t => "lid " + t));
        }

        return (texts.Count == 1 ? "lid " : "leden ") + DutchText.Enumerate(texts);
    }
}

/// <summary>The file names of a published kader.</summary>
internal sealed record SitePaths(string Kader, string Checklist)
{
    public const string Index = "index";
    public const string Stylesheet = "stijl.css";

    public static SitePaths For(string kaderId, DocumentFormat format) =>
        new(kaderId + format.Extension(), kaderId + "-checklist" + format.Extension());
}
