using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using IgjNormen.Model;
using IgjNormen.Results;

namespace IgjNormen.Changes;

/// <summary>
/// The stable JSON form of a <see cref="ChangeSet"/> (and the impact replay), documented in docs/cli.md. Keys are Dutch
/// snake_case; dates are JJJJ-MM-DD; the same input gives the same bytes.
/// </summary>
public static class ChangeJson
{
    public const string FormatVersion = "1";

    public static string Serialize(ChangeSet changes, ImpactReport? impact = null)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            writer.WriteString("formaat", FormatVersion);
            writer.WriteString("basis", changes.Basis);
            writer.WriteString("nieuw", changes.Nieuw);
            writer.WriteStartObject("samenvatting");
            foreach (var (subject, key) in new[] { (ChangeSubject.Norm, "normen"), (ChangeSubject.Begrip, "begrippen"), (ChangeSubject.Kader, "kaders") })
            {
                writer.WriteStartObject(key);
                foreach (var kind in Enum.GetValues<ChangeKind>())
                {
                    writer.WriteNumber(KindKey(kind), changes.Count(subject, kind));
                }

                writer.WriteEndObject();
            }

            var all = changes.Diagnostics.Concat(impact?.Diagnostics ?? []).ToList();
            writer.WriteNumber("fouten", all.Count(d => d.IsError));
            writer.WriteNumber("waarschuwingen", all.Count(d => d.Severity == Diagnostics.Severity.Warning));
            writer.WriteEndObject();

            writer.WriteStartArray("wijzigingen");
            foreach (var change in changes.Changes)
            {
                WriteChange(writer, change);
            }

            writer.WriteEndArray();

            if (impact is null)
            {
                writer.WriteNull("impact");
            }
            else
            {
                writer.WriteStartObject("impact");
                writer.WriteNumber("bestanden", impact.Bestanden);
                writer.WriteNumber("oordelen", impact.Oordelen);
                writer.WriteStartArray("omslagen");
                foreach (var flip in impact.Omslagen)
                {
                    writer.WriteStartObject();
                    writer.WriteString("bestand", flip.Bestand);
                    writer.WriteString("aanbieder", flip.Aanbieder);
                    writer.WriteString("peildatum", ModelDiff.Format(flip.Peildatum));
                    writer.WriteString("norm", flip.NormId);
                    writer.WriteString("titel", flip.NormTitel);
                    WriteOptional(writer, "oud", flip.Oud?.Label());
                    WriteOptional(writer, "nieuw", flip.Nieuw?.Label());
                    writer.WriteStartArray("oorzaken");
                    foreach (var cause in flip.Oorzaken)
                    {
                        writer.WriteStringValue(cause);
                    }

                    writer.WriteEndArray();
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            }

            writer.WriteStartArray("diagnostieken");
            foreach (var diagnostic in all)
            {
                ResultJson.WriteDiagnostic(writer, diagnostic);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>The Dutch label of a kind: "nieuw", "gewijzigd", "vervallen", "nieuwe versie".</summary>
    public static string KindLabel(ChangeKind kind) => kind switch
    {
        ChangeKind.Nieuw => "nieuw",
        ChangeKind.Gewijzigd => "gewijzigd",
        ChangeKind.Vervallen => "vervallen",
        _ => "nieuwe versie",
    };

    public static string SubjectLabel(ChangeSubject subject) => subject switch
    {
        ChangeSubject.Norm => "norm",
        ChangeSubject.Begrip => "begrip",
        _ => "kader",
    };

    private static string KindKey(ChangeKind kind) => KindLabel(kind).Replace(' ', '_');

    private static void WriteChange(Utf8JsonWriter writer, Change change)
    {
        writer.WriteStartObject();
        writer.WriteString("soort", SubjectLabel(change.Subject));
        writer.WriteString("id", change.Id);
        writer.WriteString("wijziging", KindLabel(change.Kind));
        writer.WriteString("titel", change.Titel);
        writer.WriteStartArray("bronnen");
        foreach (var source in change.Bronnen)
        {
            writer.WriteStringValue(source);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("gebruikt_in");
        foreach (var norm in change.GebruiktIn)
        {
            writer.WriteStringValue(norm);
        }

        writer.WriteEndArray();
        WriteOptional(writer, "bestand", change.Location.File?.Path);
        writer.WriteBoolean("raakt_vastgestelde_versie", change.RaaktVastgesteldeVersie);
        writer.WriteStartArray("details");
        foreach (var detail in change.Details)
        {
            writer.WriteStartObject();
            writer.WriteString("onderdeel", detail.Onderdeel);
            writer.WriteString("wijziging", KindLabel(detail.Kind));
            WriteOptional(writer, "versie", detail.Versie is { } v ? ModelDiff.Format(v) : null);
            WriteOptional(writer, "naam", detail.Naam);
            WriteOptional(writer, "oud", detail.Oud);
            WriteOptional(writer, "nieuw", detail.Nieuw);
            writer.WriteString("omschrijving", detail.Omschrijving);
            WriteOptional(writer, "context", detail.Context);
            writer.WriteBoolean("raakt_vastgestelde_versie", detail.RaaktVastgesteldeVersie);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
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
}
