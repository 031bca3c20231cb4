using IgjNormen.Formatting;
using IgjNormen.Text;

namespace IgjNormen.LanguageServer;

/// <summary>
/// Document formatting through the library's <c>fmt</c> (<see cref="NormFileFormatter"/>): every toets and toepassing
/// in its canonical layout, the rest of the file untouched. A file that cannot be read as YAML is left alone.
/// </summary>
internal static class Formatting
{
    public static bool IsAvailable => true;

    public static IReadOnlyList<Protocol.TextEdit> Format(SourceFile file)
    {
        var formatted = NormFileFormatter.Format(file);
        return formatted.Edits
            .Select(edit => new Protocol.TextEdit(Positions.ToRange(file, edit.Span), edit.NewText))
            .ToList();
    }
}
