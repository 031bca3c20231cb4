using IgjNormen.Text;

namespace IgjNormen.LanguageServer;

/// <summary>
/// Document formatting through the library's formatter. The library has no formatter yet, so the server does not
/// offer formatting (<see cref="IsAvailable"/> is false) until it has one.
/// </summary>
internal static class Formatting
{
    public static bool IsAvailable => false;

    public static IReadOnlyList<Protocol.TextEdit> Format(SourceFile file) => [];
}
