namespace IgjNormen.Text;

/// <summary>A span in a file. A location without a file points at no place in particular.</summary>
public readonly record struct SourceLocation(SourceFile? File, TextSpan Span)
{
    public static SourceLocation None => default;

    public string Path => File?.Path ?? string.Empty;

    public LinePosition Start => File?.GetLinePosition(Span.Start) ?? new LinePosition(1, 1);

    public LinePosition End => File?.GetLinePosition(Span.End) ?? new LinePosition(1, 1);
}
