using IgjNormen.Model;
using IgjNormen.Results;

namespace IgjNormen.Cli.Output;

/// <summary>An evaluation as a Markdown visit report: summary on top, then per thema the oordeel per norm.</summary>
internal static class MarkdownReport
{
    public static void Write(TextWriter w, EvaluationResult result)
    {
        w.WriteLine($"# Bezoekrapport {Escape(result.Aanbieder)}");
        w.WriteLine();
        if (result.KaderTitel is not null)
        {
            w.WriteLine($"- Kader: {Escape(result.KaderTitel)}{(result.KaderVersie is null ? string.Empty : $" (versie {result.KaderVersie})")}");
        }

        w.WriteLine($"- Bezoekdatum: {TextReport.Format(result.Bezoekdatum)}");
        w.WriteLine($"- Peildatum: {TextReport.Format(result.Peildatum)}");
        w.WriteLine();
        w.WriteLine("## Samenvatting");
        w.WriteLine();
        w.WriteLine("| oordeel | aantal |");
        w.WriteLine("|---|---:|");
        foreach (var oordeel in Enum.GetValues<Oordeel>().Where(o => result.Telling.Count(o) > 0))
        {
            w.WriteLine($"| {oordeel.Label()} | {result.Telling.Count(oordeel)} |");
        }

        w.WriteLine();
        if (result.Tekortkomingen.Count > 0)
        {
            w.WriteLine("Tekortkomingen: " + string.Join(", ", result.Tekortkomingen.Select(t => $"`{t}`")));
            w.WriteLine();
        }

        var groups = result.Themas.Count > 0 ? result.Themas.Select(t => (t.Titel, t.Normen)) : [("Alle normen", result.Normen)];
        foreach (var (titel, normen) in groups)
        {
            w.WriteLine($"## {Escape(titel)}");
            w.WriteLine();
            foreach (var norm in normen)
            {
                w.WriteLine($"### {Escape(norm.Titel)} — {norm.Oordeel.Label()}");
                w.WriteLine();
                w.WriteLine($"`{norm.NormId}` · {Escape(string.Join("; ", norm.Bronnen))}");
                w.WriteLine();
                if (norm.Motivering is not null)
                {
                    w.WriteLine($"> Afwijkend oordeel van de inspecteur (berekend: {norm.BerekendOordeel.Label()}): {Escape(norm.Motivering)}");
                    w.WriteLine();
                }

                w.WriteLine(Escape(norm.Reden));
                w.WriteLine();
                if (norm.Criteria.Count > 0)
                {
                    w.WriteLine("| criterium | uitkomst | waarden |");
                    w.WriteLine("|---|---|---|");
                    foreach (var c in norm.Criteria)
                    {
                        var values = string.Join("; ", c.Waarden.Select(v => $"{v.Feit} = {v.Waarde}").Concat(c.Doorslaggevend).Concat(c.Ontbrekend.Select(m => $"ontbrekend: {m}")));
                        w.WriteLine($"| {Escape(c.Tekst)}{(c.Kritiek ? " (kritiek)" : string.Empty)} | {c.Uitkomst.Label()} | {Escape(values)} |");
                    }

                    w.WriteLine();
                }
            }
        }
    }

    private static string Escape(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
