using IgjNormen.LanguageServer.Protocol;
using IgjNormen.Text;
using IgjNormen.Yaml;

namespace IgjNormen.LanguageServer;

/// <summary>
/// Offsets ↔ LSP positions. Both count UTF-16 code units (a .NET string index is one), so a position is the line
/// (0-based) and the offset from the start of that line; lines end at \n, \r\n or \r, as in LSP.
/// </summary>
internal static class Positions
{
    public static Position ToPosition(SourceFile file, int offset)
    {
        var at = file.GetLinePosition(offset);
        return new Position(at.Line - 1, at.Column - 1);
    }

    public static Protocol.Range ToRange(SourceFile file, TextSpan span) =>
        new(ToPosition(file, span.Start), ToPosition(file, span.End));

    public static Protocol.Range ToRange(SourceLocation location) =>
        location.File is null ? new Protocol.Range(new Position(0, 0), new Position(0, 0)) : ToRange(location.File, location.Span);

    /// <summary>The offset of a position, clamped to the line and the text.</summary>
    public static int ToOffset(string text, Position position)
    {
        var line = 0;
        var i = 0;
        while (line < position.Line && i < text.Length)
        {
            var c = text[i++];
            if (c == '\r')
            {
                if (i < text.Length && text[i] == '\n')
                {
                    i++;
                }

                line++;
            }
            else if (c == '\n')
            {
                line++;
            }
        }

        var lineEnd = i;
        while (lineEnd < text.Length && text[lineEnd] is not ('\n' or '\r'))
        {
            lineEnd++;
        }

        return Math.Min(i + Math.Max(0, position.Character), lineEnd);
    }

    /// <summary>
    /// The index in a scalar's value of a file offset: the last value character at or before the offset (the end of
    /// the value when the offset is past it). <see cref="YScalar.SourceOffset"/> only grows with the index, so this is a
    /// binary search.
    /// </summary>
    public static int ValueIndex(YScalar scalar, int offset)
    {
        int low = 0, high = scalar.Value.Length;
        while (low < high)
        {
            var mid = (low + high + 1) / 2;
            if (scalar.SourceOffset(mid) <= offset)
            {
                low = mid;
            }
            else
            {
                high = mid - 1;
            }
        }

        return low;
    }
}
