namespace IgjNormen.Text;

/// <summary>
/// The text of one file and its path. Offsets are turned into line and column only when they are printed.
/// </summary>
public sealed class SourceFile
{
    private int[]? _lineStarts;

    public SourceFile(string path, string text)
    {
        Path = path;
        Text = text;
    }

    /// <summary>The path as the user gave it (relative paths stay relative), with forward slashes.</summary>
    public string Path { get; }

    public string Text { get; }

    public LinePosition GetLinePosition(int offset)
    {
        var starts = _lineStarts ??= ComputeLineStarts(Text);
        offset = Math.Clamp(offset, 0, Text.Length);
        var index = Array.BinarySearch(starts, offset);
        var line = index >= 0 ? index : ~index - 1;
        return new LinePosition(line + 1, offset - starts[line] + 1);
    }

    /// <summary>The offset of a 1-based line and column; clamped to the text.</summary>
    public int GetOffset(int line, int column)
    {
        var starts = _lineStarts ??= ComputeLineStarts(Text);
        var lineIndex = Math.Clamp(line - 1, 0, starts.Length - 1);
        return Math.Clamp(starts[lineIndex] + column - 1, 0, Text.Length);
    }

    private static int[] ComputeLineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r')
            {
                if (i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                starts.Add(i + 1);
            }
            else if (c == '\n')
            {
                starts.Add(i + 1);
            }
        }

        return [.. starts];
    }
}
