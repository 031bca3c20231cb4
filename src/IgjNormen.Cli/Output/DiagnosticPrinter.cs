using System.Text.Json;
using IgjNormen.Diagnostics;
using IgjNormen.Results;
using IgjNormen.Text;

namespace IgjNormen.Cli.Output;

/// <summary>Prints diagnostics as <c>pad(regel,kolom): error IGJ1234: bericht</c> or as JSON.</summary>
internal static class DiagnosticPrinter
{
    public static void PrintText(TextWriter writer, IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            writer.WriteLine(diagnostic.ToString());
        }
    }

    /// <summary>IGJ1012 for a file or folder named on the command line, in the usual form with a position.</summary>
    public static void PrintNotFound(TextWriter writer, string path)
    {
        var shown = path.Replace('\\', '/');
        writer.WriteLine(Diagnostic.Create(DiagnosticCodes.Files.NotFound, new SourceLocation(new SourceFile(shown, string.Empty), default), shown).ToString());
    }

    public static void PrintJson(TextWriter writer, IReadOnlyList<Diagnostic> diagnostics, int files)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, NewLine = "\n", Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteNumber("fouten", diagnostics.Count(d => d.Severity == Severity.Error));
            json.WriteNumber("waarschuwingen", diagnostics.Count(d => d.Severity == Severity.Warning));
            json.WriteNumber("bestanden", files);
            json.WriteStartArray("diagnostieken");
            foreach (var diagnostic in diagnostics)
            {
                ResultJson.WriteDiagnostic(json, diagnostic);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        writer.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    public static string Summary(IReadOnlyList<Diagnostic> diagnostics)
    {
        var errors = diagnostics.Count(d => d.Severity == Severity.Error);
        var warnings = diagnostics.Count(d => d.Severity == Severity.Warning);
        return $"{errors} {(errors == 1 ? "fout" : "fouten")}, {warnings} {(warnings == 1 ? "waarschuwing" : "waarschuwingen")}";
    }
}
