using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using IgjNormen.Diagnostics;
using IgjNormen.Model;

namespace IgjNormen.Results;

/// <summary>
/// The stable JSON form of an <see cref="EvaluationResult"/>, documented in docs/resultaat.md. Keys are Dutch
/// snake_case like the YAML files; dates are ISO; oordelen are their Dutch labels. Same input, same bytes.
/// </summary>
public static class ResultJson
{
    public const string FormatVersion = "1";

    private static readonly JsonWriterOptions Indented = new()
    {
        Indented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static readonly JsonWriterOptions Compact = Indented with { Indented = false };

    public static string Serialize(EvaluationResult result, bool indented = true)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, indented ? Indented : Compact))
        {
            Write(writer, result);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    public static void Write(Utf8JsonWriter writer, EvaluationResult result)
    {
        writer.WriteStartObject();
        writer.WriteString("formaat", FormatVersion);
        writer.WriteString("aanbieder", result.Aanbieder);
        WriteOptional(writer, "kvk", result.Kvk);
        WriteOptional(writer, "bestand", result.Bestand);
        WriteDate(writer, "bezoekdatum", result.Bezoekdatum);
        WriteDate(writer, "peildatum", result.HasErrors ? null : result.Peildatum);
        if (result.KaderId is not null)
        {
            writer.WriteStartObject("kader");
            writer.WriteString("id", result.KaderId);
            WriteOptional(writer, "titel", result.KaderTitel);
            WriteOptional(writer, "versie", result.KaderVersie);
            writer.WriteEndObject();
        }
        else
        {
            writer.WriteNull("kader");
        }

        WriteTelling(writer, result.Telling);
        WriteStrings(writer, "tekortkomingen", result.Tekortkomingen);
        writer.WriteStartArray("themas");
        foreach (var thema in result.Themas)
        {
            writer.WriteStartObject();
            writer.WriteString("id", thema.Id);
            writer.WriteString("titel", thema.Titel);
            WriteTelling(writer, thema.Telling);
            WriteStrings(writer, "tekortkomingen", thema.Tekortkomingen);
            WriteStrings(writer, "normen", thema.Normen.Select(n => n.NormId));
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("normen");
        foreach (var norm in result.Normen)
        {
            WriteNorm(writer, norm);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("diagnostieken");
        foreach (var diagnostic in result.Diagnostics)
        {
            WriteDiagnostic(writer, diagnostic);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    public static void WriteDiagnostic(Utf8JsonWriter writer, Diagnostic diagnostic)
    {
        writer.WriteStartObject();
        writer.WriteString("code", diagnostic.Code);
        writer.WriteString("ernst", diagnostic.Severity switch { Severity.Error => "fout", Severity.Warning => "waarschuwing", _ => "info" });
        writer.WriteString("bericht", diagnostic.Message);
        if (diagnostic.Location.File is not null)
        {
            var start = diagnostic.Location.Start;
            var end = diagnostic.Location.End;
            writer.WriteString("bestand", diagnostic.Location.Path);
            writer.WriteNumber("regel", start.Line);
            writer.WriteNumber("kolom", start.Column);
            writer.WriteNumber("eind_regel", end.Line);
            writer.WriteNumber("eind_kolom", end.Column);
        }

        writer.WriteEndObject();
    }

    private static void WriteNorm(Utf8JsonWriter writer, NormResult norm)
    {
        writer.WriteStartObject();
        writer.WriteString("id", norm.NormId);
        writer.WriteString("titel", norm.Titel);
        writer.WriteString("soort", norm.Soort == NormSoort.Wettelijk ? "wettelijk" : "veldnorm");
        WriteStrings(writer, "bronnen", norm.Bronnen);
        WriteDate(writer, "versie", norm.Versie);
        writer.WriteString("oordeel", norm.Oordeel.Label());
        writer.WriteString("berekend_oordeel", norm.BerekendOordeel.Label());
        if (norm.Motivering is not null)
        {
            writer.WriteStartObject("afwijking");
            writer.WriteString("oordeel", norm.Oordeel.Label());
            writer.WriteString("motivering", norm.Motivering);
            writer.WriteEndObject();
        }
        else
        {
            writer.WriteNull("afwijking");
        }

        writer.WriteString("reden", norm.Reden);
        writer.WriteBoolean("kritiek_niet_voldaan", norm.KritiekNietVoldaan);
        WriteStrings(writer, "ontbrekend", norm.Ontbrekend);
        writer.WriteStartArray("criteria");
        foreach (var criterion in norm.Criteria)
        {
            writer.WriteStartObject();
            writer.WriteString("id", criterion.Id);
            writer.WriteString("tekst", criterion.Tekst);
            writer.WriteBoolean("kritiek", criterion.Kritiek);
            writer.WriteString("uitkomst", criterion.Uitkomst.Label());
            writer.WriteStartArray("waarden");
            foreach (var value in criterion.Waarden)
            {
                writer.WriteStartObject();
                writer.WriteString("feit", value.Feit);
                writer.WriteString("waarde", value.Waarde);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            WriteStrings(writer, "doorslaggevend", criterion.Doorslaggevend);
            WriteStrings(writer, "ontbrekend", criterion.Ontbrekend);
            WriteOptional(writer, "reden", criterion.Reden);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteTelling(Utf8JsonWriter writer, Telling telling)
    {
        writer.WriteStartObject("telling");
        foreach (var oordeel in Enum.GetValues<Oordeel>())
        {
            writer.WriteNumber(oordeel.Label().Replace(' ', '_'), telling.Count(oordeel));
        }

        writer.WriteNumber("totaal", telling.Totaal);
        writer.WriteEndObject();
    }

    private static void WriteStrings(Utf8JsonWriter writer, string name, IEnumerable<string> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }

    private static void WriteOptional(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is null)
        {
            writer.WriteNull(name);
        }
        else
        {
            writer.WriteString(name, value);
        }
    }

    private static void WriteDate(Utf8JsonWriter writer, string name, DateOnly? date) =>
        WriteOptional(writer, name, date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
}
