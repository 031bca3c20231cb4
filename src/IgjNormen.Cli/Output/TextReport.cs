using IgjNormen.Model;
using IgjNormen.Results;

namespace IgjNormen.Cli.Output;

/// <summary>An evaluation as text for a person at a terminal.</summary>
internal static class TextReport
{
    public static void Write(TextWriter w, EvaluationResult result)
    {
        w.WriteLine($"{result.Aanbieder}{(result.KaderTitel is null ? string.Empty : $" — {result.KaderTitel}")}{(result.KaderVersie is null ? string.Empty : $" (versie {result.KaderVersie})")}");
        w.WriteLine($"Bezoek {Format(result.Bezoekdatum)} · peildatum {Format(result.Peildatum)}{(result.Bestand is null ? string.Empty : $" · {result.Bestand}")}");
        w.WriteLine();
        w.WriteLine($"Samenvatting: {Summary(result.Telling)}");
        if (result.Tekortkomingen.Count > 0)
        {
            w.WriteLine($"Tekortkomingen: {string.Join(", ", result.Tekortkomingen)}");
        }

        var groups = result.Themas.Count > 0
            ? result.Themas.Select(t => (Titel: $"Thema: {t.Titel}", t.Normen))
            : [(Titel: "Alle normen", result.Normen)];
        foreach (var (titel, normen) in groups)
        {
            w.WriteLine();
            w.WriteLine(titel);
            foreach (var norm in normen)
            {
                WriteNorm(w, norm);
            }
        }

        w.WriteLine();
    }

    internal static string Summary(Telling telling)
    {
        var parts = Enum.GetValues<Oordeel>().Where(o => telling.Count(o) > 0).Select(o => $"{telling.Count(o)} {o.Label()}");
        return $"{telling.Totaal} normen: {string.Join(", ", parts)}";
    }

    private static void WriteNorm(TextWriter w, NormResult norm)
    {
        w.WriteLine($"  [{norm.Oordeel.Label()}] {norm.NormId}: {norm.Titel} ({string.Join("; ", norm.Bronnen)})");
        if (norm.Motivering is not null)
        {
            w.WriteLine($"      Afwijkend oordeel van de inspecteur (berekend: {norm.BerekendOordeel.Label()}): {norm.Motivering}");
        }

        w.WriteLine($"      {norm.Reden}");
        foreach (var criterion in norm.Criteria.Where(c => c.Uitkomst != CriterionOutcome.Voldaan || norm.Oordeel != Oordeel.Voldoet))
        {
            var kritiek = criterion.Kritiek ? ", kritiek" : string.Empty;
            w.WriteLine($"      - {criterion.Id} ({criterion.Uitkomst.Label()}{kritiek}): {criterion.Tekst}");
            foreach (var value in criterion.Waarden)
            {
                w.WriteLine($"          {value.Feit} = {value.Waarde}");
            }

            foreach (var element in criterion.Doorslaggevend)
            {
                w.WriteLine($"          doorslaggevend: {element}");
            }

            if (criterion.Ontbrekend.Count > 0)
            {
                w.WriteLine($"          ontbrekend: {string.Join(", ", criterion.Ontbrekend)}");
            }

            if (criterion.Reden is not null)
            {
                w.WriteLine($"          reden: {criterion.Reden}");
            }
        }
    }

    internal static string Format(DateOnly? date) =>
        date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "onbekend";
}
