using IgjNormen.Diagnostics;
using IgjNormen.Text;

namespace IgjNormen.Schemas;

/// <summary>
/// Checks that a file in a normenmap begins with the schema line for its kind
/// (<c># yaml-language-server: $schema=../../schemas/norm.schema.json</c>), so that VS Code validates it as people type.
/// </summary>
public static class SchemaHeader
{
    /// <summary>IGJ1110 when the first line is not a schema line naming the schema of the file's kind; otherwise null.</summary>
    public static Diagnostic? Check(SourceFile file)
    {
        if (FileSchemas.SchemaFileFor(file.Path) is not { } schema || HasHeader(file.Text, schema))
        {
            return null;
        }

        return Diagnostic.Create(DiagnosticCodes.Schema.MissingSchemaLine, new SourceLocation(file, new TextSpan(0, 0)), schema);
    }

    public static IEnumerable<Diagnostic> Check(IEnumerable<SourceFile> files) =>
        files.Select(Check).OfType<Diagnostic>();

    /// <summary>True when the first line is <c># yaml-language-server: $schema=…/schema</c>.</summary>
    public static bool HasHeader(string text, string schemaFile)
    {
        var end = text.IndexOfAny(['\r', '\n']);
        var first = (end < 0 ? text : text[..end]).Trim();
        if (!first.StartsWith(FileSchemas.HeaderPrefix, StringComparison.Ordinal))
        {
            return false;
        }

        var target = first[FileSchemas.HeaderPrefix.Length..].Trim();
        return target == schemaFile || target.EndsWith("/" + schemaFile, StringComparison.Ordinal);
    }
}
