using System.Reflection;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using IgjNormen.Diagnostics;

namespace IgjNormen.Cli.Output;

/// <summary>
/// <c>check --format sarif</c>: SARIF 2.1.0, which GitHub code scanning, GitLab and editors read. One rule per
/// diagnostic code (all of <see cref="DiagnosticCodes.All"/>, with title, message and help), one result per
/// diagnostic with its region in the YAML file (1-based lines and UTF-16 columns, end exclusive).
/// </summary>
internal static partial class SarifWriter
{
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";

    public static string Write(IReadOnlyList<Diagnostic> diagnostics)
    {
        var rules = DiagnosticCodes.All;
        var index = rules.Select((d, i) => (d.Code, i)).ToDictionary(p => p.Code, p => p.i, StringComparer.Ordinal);
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("$schema", SchemaUri);
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            json.WriteStartObject();

            json.WriteStartObject("tool");
            json.WriteStartObject("driver");
            json.WriteString("name", "igjnormen");
            json.WriteString("version", ToolVersion());
            json.WriteString("language", "nl-NL");
            json.WriteStartArray("rules");
            foreach (var rule in rules)
            {
                WriteRule(json, rule);
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();

            json.WriteStartArray("invocations");
            json.WriteStartObject();
            json.WriteBoolean("executionSuccessful", true);
            json.WriteEndObject();
            json.WriteEndArray();

            json.WriteString("columnKind", "utf16CodeUnits");
            json.WriteStartArray("results");
            foreach (var diagnostic in diagnostics)
            {
                WriteResult(json, diagnostic, index);
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteRule(Utf8JsonWriter json, DiagnosticDescriptor rule)
    {
        var template = Placeholders().Replace(rule.MessageFormat, "…");
        var anchor = "docs/diagnostics.md#" + Anchor($"{rule.Code}: {rule.Title}");
        json.WriteStartObject();
        json.WriteString("id", rule.Code);
        json.WriteStartObject("shortDescription");
        json.WriteString("text", rule.Title);
        json.WriteEndObject();
        json.WriteStartObject("fullDescription");
        json.WriteString("text", template);
        json.WriteEndObject();
        json.WriteStartObject("help");
        json.WriteString("text", $"{rule.Title} ({rule.Code}). De melding luidt: {template} Uitleg, een voorbeeld en de oplossing staan in {anchor}.");
        json.WriteString("markdown", $"**{rule.Title}** ({rule.Code})\n\nDe melding luidt: _{template}_\n\nUitleg, een voorbeeld en de oplossing: [{anchor}]({anchor}).");
        json.WriteEndObject();
        json.WriteStartObject("defaultConfiguration");
        json.WriteString("level", Level(rule.Severity));
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteResult(Utf8JsonWriter json, Diagnostic diagnostic, Dictionary<string, int> index)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", diagnostic.Code);
        if (index.TryGetValue(diagnostic.Code, out var i))
        {
            json.WriteNumber("ruleIndex", i);
        }

        json.WriteString("level", Level(diagnostic.Severity));
        json.WriteStartObject("message");
        json.WriteString("text", diagnostic.Message);
        json.WriteEndObject();
        if (diagnostic.Location.File is { } file && file.Path.Length > 0)
        {
            var start = diagnostic.Location.Start;
            var end = diagnostic.Location.End;
            json.WriteStartArray("locations");
            json.WriteStartObject();
            json.WriteStartObject("physicalLocation");
            json.WriteStartObject("artifactLocation");
            var (uri, relative) = Uri(file.Path);
            json.WriteString("uri", uri);
            if (relative)
            {
                json.WriteString("uriBaseId", "%SRCROOT%");
            }

            json.WriteEndObject();
            json.WriteStartObject("region");
            json.WriteNumber("startLine", start.Line);
            json.WriteNumber("startColumn", start.Column);
            json.WriteNumber("endLine", end.Line);
            json.WriteNumber("endColumn", end.Column);
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndArray();
        }

        json.WriteEndObject();
    }

    /// <summary>A relative path stays relative (to the checkout, %SRCROOT%); an absolute one becomes a file: URI.</summary>
    private static (string Uri, bool Relative) Uri(string path)
    {
        var normalized = path.Replace('\\', '/');
        var rooted = Path.IsPathRooted(path);
        var segments = normalized.Split('/').Select(s => s.Length == 2 && s[1] == ':' ? s : System.Uri.EscapeDataString(s));
        var escaped = string.Join('/', segments);
        if (!rooted)
        {
            return (escaped.StartsWith("./", StringComparison.Ordinal) ? escaped[2..] : escaped, true);
        }

        return ("file://" + (escaped.StartsWith('/') ? escaped : "/" + escaped), false);
    }

    /// <summary>The anchor GitHub gives the heading <c>### IGJ1301: Onbekend feit</c>: "igj1301-onbekend-feit".</summary>
    private static string Anchor(string heading)
    {
        var anchor = new StringBuilder();
        foreach (var c in heading.ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c) || c is '-' or '_')
            {
                anchor.Append(c);
            }
            else if (c == ' ')
            {
                anchor.Append('-');
            }
        }

        return anchor.ToString();
    }

    private static string Level(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "note",
    };

    private static string ToolVersion()
    {
        var version = typeof(SarifWriter).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
        var plus = version.IndexOf('+', StringComparison.Ordinal);
        return plus < 0 ? version : version[..plus];
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\{\d+\}")]
    private static partial System.Text.RegularExpressions.Regex Placeholders();
}
