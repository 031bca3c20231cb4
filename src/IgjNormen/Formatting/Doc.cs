using System.Text;

namespace IgjNormen.Formatting;

/// <summary>
/// A small layout document (after Wadler's "prettier printer"): text, places where a line may break, and groups
/// that are printed on one line when they fit and otherwise break at each of their own places. Continuation lines
/// start where the first line starts, except inside <see cref="Nest"/>: there they are indented further.
/// </summary>
internal abstract record Doc
{
    public static readonly Doc Line = new LineDoc();

    public static readonly Doc HardLine = new HardLineDoc();

    public static Doc Text(string text) => new TextDoc(text);

    public static Doc Concat(params Doc[] parts) => new ConcatDoc(parts);

    public static Doc Group(params Doc[] parts) => new GroupDoc(new ConcatDoc(parts));

    /// <summary>Lines that break inside <paramref name="parts"/> are indented <paramref name="indent"/> more.</summary>
    public static Doc Nest(int indent, params Doc[] parts) => new NestDoc(indent, new ConcatDoc(parts));

    /// <summary>The lines of the document laid out within <paramref name="width"/> columns (where possible).</summary>
    public static List<string> Render(Doc doc, int width)
    {
        var lines = new List<string>();
        var current = new StringBuilder();
        var stack = new Stack<(Doc Doc, bool Flat, int Indent)>();
        stack.Push((doc, false, 0));
        while (stack.Count > 0)
        {
            var (item, flat, indent) = stack.Pop();
            switch (item)
            {
                case TextDoc text:
                    current.Append(text.Value);
                    break;
                case LineDoc when flat:
                    current.Append(' ');
                    break;
                case LineDoc:
                case HardLineDoc:
                    lines.Add(current.ToString());
                    current.Clear().Append(' ', indent);
                    break;
                case ConcatDoc concat:
                    for (var i = concat.Parts.Count - 1; i >= 0; i--)
                    {
                        stack.Push((concat.Parts[i], flat, indent));
                    }

                    break;
                case NestDoc nest:
                    stack.Push((nest.Content, flat, indent + nest.Indent));
                    break;
                case GroupDoc group:
                    var asFlat = flat || (!group.HasHardLine && Fits(width - current.Length, group.Content, stack));
                    stack.Push((group.Content, asFlat, indent));
                    break;
            }
        }

        lines.Add(current.ToString());
        return lines;
    }

    /// <summary>Whether <paramref name="doc"/> on one line, and what follows it up to the next break, fits.</summary>
    private static bool Fits(int remaining, Doc doc, Stack<(Doc Doc, bool Flat, int Indent)> rest)
    {
        var pending = new Stack<(Doc Doc, bool Flat)>();
        pending.Push((doc, true));
        using var after = rest.GetEnumerator();
        while (remaining >= 0)
        {
            if (pending.Count == 0)
            {
                if (!after.MoveNext())
                {
                    return true;
                }

                pending.Push((after.Current.Doc, after.Current.Flat));
            }

            var (item, flat) = pending.Pop();
            switch (item)
            {
                case TextDoc text:
                    remaining -= text.Value.Length;
                    break;
                case LineDoc when flat:
                    remaining--;
                    break;
                case LineDoc:
                case HardLineDoc:
                    return true;
                case ConcatDoc concat:
                    for (var i = concat.Parts.Count - 1; i >= 0; i--)
                    {
                        pending.Push((concat.Parts[i], flat));
                    }

                    break;
                case GroupDoc group:
                    pending.Push((group.Content, flat));
                    break;
                case NestDoc nest:
                    pending.Push((nest.Content, flat));
                    break;
            }
        }

        return false;
    }

    private sealed record TextDoc(string Value) : Doc;

    private sealed record LineDoc : Doc;

    private sealed record HardLineDoc : Doc;

    private sealed record ConcatDoc(IReadOnlyList<Doc> Parts) : Doc;

    private sealed record NestDoc(int Indent, Doc Content) : Doc;

    private sealed record GroupDoc(Doc Content) : Doc
    {
        public bool HasHardLine { get; } = ContainsHardLine(Content);

        private static bool ContainsHardLine(Doc doc) => doc switch
        {
            HardLineDoc => true,
            ConcatDoc concat => concat.Parts.Any(ContainsHardLine),
            GroupDoc group => group.HasHardLine,
            NestDoc nest => ContainsHardLine(nest.Content),
            _ => false,
        };
    }
}
