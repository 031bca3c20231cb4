using IgjNormen.Text;

namespace IgjNormen.Yaml;

public enum YScalarStyle
{
    Plain,
    SingleQuoted,
    DoubleQuoted,
    Literal,
    Folded,
}

/// <summary>
/// A scalar and where it stands. <see cref="SourceOffset"/> maps a position inside the value back to the file, so a
/// diagnostic inside a toets points at the exact column, also for quoted, folded and literal block scalars.
/// </summary>
public sealed class YScalar : YNode
{
    public YScalar(SourceFile file, TextSpan span, string value, YScalarStyle style)
        : base(file, span)
    {
        Value = value;
        Style = style;
    }

    public string Value { get; }

    public YScalarStyle Style { get; }

    /// <summary>A plain empty value, <c>~</c> or <c>null</c>.</summary>
    public bool IsNull => Style == YScalarStyle.Plain && Value is "" or "~" or "null" or "Null" or "NULL";

    public override string KindDescription => IsNull ? "een lege waarde" : "een enkele waarde";

    /// <summary>The location of the characters <paramref name="span"/> of <see cref="Value"/> in the file.</summary>
    public SourceLocation LocationOf(TextSpan span)
    {
        var start = SourceOffset(span.Start);
        var end = span.Length == 0 ? start : SourceOffset(span.End - 1) + 1;
        return new SourceLocation(File, TextSpan.FromBounds(start, Math.Max(start, end)));
    }

    /// <summary>The offset in the file of character <paramref name="valueIndex"/> of the value.</summary>
    public int SourceOffset(int valueIndex)
    {
        var text = File.Text;
        var end = Math.Min(Span.End, text.Length);
        var p = ContentStart(text);
        if (Style == YScalarStyle.Plain && p + Value.Length <= end && string.CompareOrdinal(text, p, Value, 0, Value.Length) == 0)
        {
            return p + Math.Clamp(valueIndex, 0, Value.Length);
        }

        // Walk the value and the source side by side: every value character is matched to the next source
        // character that can have produced it (folded line breaks and indentation are skipped). In a double-quoted
        // scalar an escape (\t, \", \u00e9, …) produces one value character from several source characters.
        var last = p;
        var limit = Math.Min(valueIndex, Value.Length - 1);
        for (var i = 0; i <= limit; i++)
        {
            var c = Value[i];
            var q = p;
            var width = 1;
            while (q < end)
            {
                if (Style == YScalarStyle.DoubleQuoted && text[q] == '\\')
                {
                    width = EscapeWidth(text, q, end);
                    if (width > 0)
                    {
                        break;
                    }

                    q += 2; // an escaped line break produces nothing
                    continue;
                }

                if (Produces(text[q], c))
                {
                    width = 1;
                    break;
                }

                q++;
            }

            if (q >= end)
            {
                return Math.Min(last + 1, end);
            }

            last = q;
            p = q + width;
        }

        return valueIndex >= Value.Length ? Math.Min(last + 1, end) : last;
    }

    /// <summary>The number of source characters of the escape at <paramref name="at"/>; 0 for an escaped line break.</summary>
    private static int EscapeWidth(string text, int at, int end)
    {
        if (at + 1 >= end)
        {
            return 1;
        }

        return text[at + 1] switch
        {
            '\n' or '\r' => 0,
            'x' => Math.Min(4, end - at),
            'u' => Math.Min(6, end - at),
            'U' => Math.Min(10, end - at),
            _ => 2,
        };
    }

    private static bool Produces(char source, char value) =>
        source == value || (value is ' ' or '\n' && source is '\n' or '\r');

    private int ContentStart(string text)
    {
        switch (Style)
        {
            case YScalarStyle.SingleQuoted:
            case YScalarStyle.DoubleQuoted:
                return Span.Start + 1;
            case YScalarStyle.Literal:
            case YScalarStyle.Folded:
                var newline = text.IndexOf('\n', Span.Start);
                return newline < 0 ? Span.End : newline + 1;
            default:
                return Span.Start;
        }
    }
}
