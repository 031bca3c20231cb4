using System.Text.RegularExpressions;
using IgjNormen.Model;
using IgjNormen.Rendering.Documents;
using IgjNormen.Results;

namespace IgjNormen.Rendering.Building;

/// <summary>Builds a visit report from an <see cref="EvaluationResult"/>.</summary>
internal static partial class RapportBuilder
{
    public static RapportDocument Build(EvaluationResult result, NormModel model)
    {
        var groups = result.Themas.Count > 0
            ? result.Themas.Select(t => (t.Id, t.Titel, t.Normen, t.Telling)).ToList()
            : [("alle-normen", "Alle normen", result.Normen, result.Telling)];
        var byId = result.Normen.GroupBy(n => n.NormId).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        return new RapportDocument
        {
            Aanbieder = result.Aanbieder,
            Kvk = result.Kvk,
            Bestand = result.Bestand,
            Bezoekdatum = result.Bezoekdatum is { } visit ? DutchText.Date(visit) : null,
            BezoekdatumIso = result.Bezoekdatum is { } iso ? DutchText.Iso(iso) : null,
            Peildatum = DutchText.Date(result.Peildatum),
            PeildatumIso = DutchText.Iso(result.Peildatum),
            KaderId = result.KaderId,
            KaderTitel = result.KaderTitel,
            KaderVersie = result.KaderVersie,
            Samenvatting = Summary(result.Telling),
            Telling = Enum.GetValues<Oordeel>()
                .Where(o => result.Telling.Count(o) > 0)
                .Select(o => new TellingRegel { Oordeel = o.Label(), Klasse = Labels.Klasse(o), Aantal = result.Telling.Count(o) })
                .ToList(),
            Totaal = result.Telling.Totaal,
            Tekortkomingen = result.Tekortkomingen.Where(byId.ContainsKey).Select(id => Verwijzing(byId[id])).ToList(),
            Afwijkingen = result.Normen.Where(n => n.Motivering is not null).Select(Verwijzing).ToList(),
            NietTeBeoordelen = result.Normen.Where(n => n.Oordeel == Oordeel.NietTeBeoordelen).Select(Verwijzing).ToList(),
            Themas = groups.Select(g => new RapportThema
            {
                Id = g.Id,
                Anker = "thema-" + g.Id,
                Titel = g.Titel,
                Samenvatting = Summary(g.Telling),
                Normen = g.Normen.Select(n => Norm(n, model)).ToList(),
            }).ToList(),
        };
    }

    /// <summary>"8 normen: 2 voldoet, 1 voldoet niet".</summary>
    public static string Summary(Telling telling)
    {
        var parts = Enum.GetValues<Oordeel>().Where(o => telling.Count(o) > 0).Select(o => $"{DutchText.Integer(telling.Count(o))} {o.Label()}");
        return $"{DutchText.Count(telling.Totaal, "norm", "normen")}: {string.Join(", ", parts)}";
    }

    private static RapportVerwijzing Verwijzing(NormResult norm) => new()
    {
        Id = norm.NormId,
        Titel = norm.Titel,
        Anker = norm.NormId,
        Oordeel = norm.Oordeel.Label(),
        Klasse = Labels.Klasse(norm.Oordeel),
    };

    private static RapportNorm Norm(NormResult norm, NormModel model) => new()
    {
        Id = norm.NormId,
        Anker = norm.NormId,
        Titel = norm.Titel,
        Soort = Labels.Soort(norm.Soort),
        Bronnen = norm.Bronnen,
        Versie = norm.Versie is { } version ? DutchText.Date(version) : null,
        Oordeel = norm.Oordeel.Label(),
        OordeelKlasse = Labels.Klasse(norm.Oordeel),
        BerekendOordeel = norm.BerekendOordeel.Label(),
        BerekendKlasse = Labels.Klasse(norm.BerekendOordeel),
        Afwijking = norm.Motivering is not null,
        Motivering = norm.Motivering,
        Reden = norm.Reden,
        KritiekNietVoldaan = norm.KritiekNietVoldaan,
        Ontbrekend = norm.Ontbrekend.Select(m => new OntbrekendFeit { Naam = m, Omschrijving = Describe(m, model) }).ToList(),
        Criteria = norm.Criteria.Select(c => new RapportCriterium
        {
            Id = c.Id,
            Tekst = c.Tekst,
            Kritiek = c.Kritiek,
            Uitkomst = c.Uitkomst.Label(),
            Klasse = Labels.Klasse(c.Uitkomst),
            Waarden = c.Waarden.Select(v => $"{v.Feit} = {v.Waarde}").ToList(),
            Doorslaggevend = c.Doorslaggevend,
            Ontbrekend = c.Ontbrekend,
            Reden = c.Reden,
        }).ToList(),
    };

    [GeneratedRegex(@"\[\d+\]", RegexOptions.CultureInvariant)]
    private static partial Regex ElementIndex();

    /// <summary>The omschrijving of a missing fact: "klachten.klachten[2].besluit_op" → the field's omschrijving.</summary>
    private static string Describe(string missing, NormModel model)
    {
        var name = ElementIndex().Replace(missing, string.Empty);
        if (model.FactsByName.TryGetValue(name, out var fact))
        {
            return fact.Omschrijving;
        }

        var dot = name.LastIndexOf('.');
        if (dot > 0 && model.FactsByName.TryGetValue(name[..dot], out var list) && list.FindField(name[(dot + 1)..]) is { } field)
        {
            return field.Omschrijving;
        }

        return string.Empty;
    }
}
