using System.Text.Json;
using IgjNormen.Coverage;

namespace IgjNormen.Cli.Output;

/// <summary>Writes a coverage report as text, Markdown (docs/dekking.md) or JSON.</summary>
internal static class CoverageWriter
{
    public static void WriteText(TextWriter w, CoverageReport report)
    {
        w.WriteLine($"Plichten met een norm: {report.DutiesCovered} van {report.DutiesTotal}.");
        foreach (var law in report.Laws)
        {
            w.WriteLine();
            w.WriteLine($"{law.Afkorting} ({law.Bwb})");
            foreach (var unit in law.Units)
            {
                var duty = unit.IsDuty ? "plicht" : "      ";
                var norms = unit.Norms.Count == 0 ? "GEEN NORM" : string.Join(", ", unit.Norms);
                var exists = unit.ExistsInLaw == false ? "  (niet in de nieuwste tekst)" : string.Empty;
                w.WriteLine($"  {duty}  {unit.Label,-18} {unit.Voorbeelden,3} voorbeelden  {norms}{exists}");
            }
        }
    }

    public static void WriteMarkdown(TextWriter w, CoverageReport report)
    {
        w.WriteLine("# Dekking van de wet door de normen");
        w.WriteLine();
        w.WriteLine("Gemaakt met `igjnormen coverage norms --wetten ../shared/wetten --format markdown`; CI faalt als dit bestand");
        w.WriteLine("niet meer klopt. Een *plicht* is een artikel of lid met een plicht van de zorgaanbieder waarop de IGJ toezicht");
        w.WriteLine("houdt (`norms/regelingen/wetten.regelingen.yaml`).");
        w.WriteLine();
        w.WriteLine($"**{report.DutiesCovered} van de {report.DutiesTotal} plichten hebben een norm.**");
        foreach (var law in report.Laws)
        {
            w.WriteLine();
            w.WriteLine($"## {law.Naam} ({law.Afkorting}, {law.Bwb})");
            w.WriteLine();
            w.WriteLine("| artikel | plicht | normen | voorbeelden |");
            w.WriteLine("|---|:---:|---|---:|");
            foreach (var unit in law.Units)
            {
                var norms = unit.Norms.Count == 0 ? "**geen norm**" : string.Join("<br>", unit.Norms.Select(n => $"`{n}`"));
                var exists = unit.ExistsInLaw == false ? " (niet in de nieuwste tekst)" : string.Empty;
                w.WriteLine($"| {unit.Label}{exists} | {(unit.IsDuty ? "ja" : "")} | {norms} | {unit.Voorbeelden} |");
            }

            var uncovered = law.Uncovered.Select(u => u.Label).ToList();
            w.WriteLine();
            w.WriteLine(uncovered.Count == 0 ? "Alle plichten hebben een norm." : $"Zonder norm: {string.Join(", ", uncovered)}.");
        }
    }

    public static void WriteJson(TextWriter w, CoverageReport report)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, NewLine = "\n", Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteNumber("plichten", report.DutiesTotal);
            json.WriteNumber("plichten_met_norm", report.DutiesCovered);
            json.WriteStartArray("wetten");
            foreach (var law in report.Laws)
            {
                json.WriteStartObject();
                json.WriteString("afkorting", law.Afkorting);
                json.WriteString("naam", law.Naam);
                json.WriteString("bwb", law.Bwb);
                json.WriteStartArray("eenheden");
                foreach (var unit in law.Units)
                {
                    json.WriteStartObject();
                    json.WriteString("artikel", unit.Artikel);
                    if (unit.Lid is null)
                    {
                        json.WriteNull("lid");
                    }
                    else
                    {
                        json.WriteString("lid", unit.Lid);
                    }

                    json.WriteBoolean("plicht", unit.IsDuty);
                    json.WriteStartArray("normen");
                    foreach (var norm in unit.Norms)
                    {
                        json.WriteStringValue(norm);
                    }

                    json.WriteEndArray();
                    json.WriteNumber("voorbeelden", unit.Voorbeelden);
                    if (unit.ExistsInLaw is { } exists)
                    {
                        json.WriteBoolean("in_wettekst", exists);
                    }

                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        w.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }
}
