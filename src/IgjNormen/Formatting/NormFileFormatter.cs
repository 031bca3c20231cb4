using System.Text;
using IgjNormen.Diagnostics;
using IgjNormen.Parsing;
using IgjNormen.Syntax;
using IgjNormen.Text;
using IgjNormen.Yaml;

namespace IgjNormen.Formatting;

/// <summary>How <see cref="NormFileFormatter"/> lays out expressions.</summary>
public sealed record FormatOptions
{
    public static FormatOptions Default { get; } = new();

    /// <summary>The line width, counted from the start of the line in the YAML file.</summary>
    public int Width { get; init; } = ToetsFormatter.DefaultWidth;
}

/// <summary>A replacement of <see cref="Span"/> (offsets in the original text) by <see cref="NewText"/>; an empty span inserts.</summary>
public sealed record TextEdit(TextSpan Span, string NewText);

/// <summary>The result of formatting one file: the new text, the edits that make it, and what could not be formatted.</summary>
public sealed class FormattedFile
{
    internal FormattedFile(SourceFile original, string text, IReadOnlyList<TextEdit> edits, IReadOnlyList<Diagnostic> diagnostics)
    {
        Original = original;
        Text = text;
        Edits = edits;
        Diagnostics = diagnostics;
    }

    public SourceFile Original { get; }

    /// <summary>The formatted text; equal to the original when nothing changed.</summary>
    public string Text { get; }

    /// <summary>The edits, in order of position, that turn the original into <see cref="Text"/>.</summary>
    public IReadOnlyList<TextEdit> Edits { get; }

    /// <summary>Syntax errors in expressions (left as they were) and YAML errors (the file is left alone).</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    public bool Changed => !string.Equals(Text, Original.Text, StringComparison.Ordinal);
}

/// <summary>
/// <c>fmt</c> for one norm file: gives every <c>toets</c> and <c>toepassing</c> its canonical layout
/// (<see cref="ToetsFormatter"/>) and rewrites only the text of those scalars. Comments, key order, quoting of other
/// values and line endings stay as they were. A scalar keeps its style where the new text allows it: a block
/// scalar (<c>&gt;-</c>, <c>|</c>) keeps its header and indentation; a plain or quoted scalar that no longer fits on its
/// line becomes a folded block (<c>&gt;-</c>) indented two spaces deeper than its key. Every result is read back and
/// compared with the original (same YAML values, equivalent toets trees) before it is returned; a result that would
/// mean something else is a bug in fmt and throws <see cref="InvalidOperationException"/> instead of being returned.
/// </summary>
public static class NormFileFormatter
{
    public static FormattedFile Format(SourceFile file, FormatOptions? options = null)
    {
        options ??= FormatOptions.Default;
        var diagnostics = new DiagnosticBag();
        var root = YamlReader.Read(file, diagnostics);
        if (root is null)
        {
            return new FormattedFile(file, file.Text, [], diagnostics.Items);
        }

        var slots = new List<Slot>();
        foreach (var (key, value, parent) in ExpressionScalars(root))
        {
            var parsed = ToetsParser.Parse(value.Value);
            if (parsed.Expression is not { } tree)
            {
                diagnostics.Add(parsed.Error!, value.LocationOf(parsed.ErrorSpan), parsed.ErrorArgs);
                continue;
            }

            if (ExprTree.Descendants(tree).OfType<InvalidExpr>().FirstOrDefault() is { } invalid)
            {
                diagnostics.Add(invalid.Descriptor, value.LocationOf(invalid.Span), invalid.Detail);
                continue;
            }

            slots.Add(new Slot(key, value, parent, tree));
        }

        var edits = new Dictionary<Slot, IReadOnlyList<TextEdit>>();
        foreach (var slot in slots)
        {
            var slotEdits = Plan(file.Text, slot, options.Width, safe: false)
                .Where(e => !string.Equals(file.Text.Substring(e.Span.Start, e.Span.Length), e.NewText, StringComparison.Ordinal))
                .ToList();
            if (slotEdits.Count > 0)
            {
                edits[slot] = slotEdits;
            }
        }

        if (edits.Count == 0)
        {
            return new FormattedFile(file, file.Text, [], diagnostics.Items);
        }

        var text = Apply(file.Text, edits.Values.SelectMany(e => e));
        if (!Verify(file, root, slots, text))
        {
            // Should not happen. Per value, fall back to one double-quoted line, which can hold any text.
            foreach (var slot in edits.Keys.ToList())
            {
                if (!Verify(file, root, slots, Apply(file.Text, edits[slot])))
                {
                    edits[slot] = Plan(file.Text, slot, options.Width, safe: true);
                }
            }

            text = Apply(file.Text, edits.Values.SelectMany(e => e));
            if (!Verify(file, root, slots, text))
            {
                // A bug in fmt, never a problem of the file: stop rather than write something that means something else.
                throw new InvalidOperationException(
                    $"fmt zou de betekenis van een toets in {file.Path} veranderen en schrijft het bestand daarom niet.");
            }
        }

        var ordered = edits.Values.SelectMany(e => e).OrderBy(e => e.Span.Start).ThenBy(e => e.Span.Length).ToList();
        return new FormattedFile(file, text, ordered, DiagnosticBag.Sorted(diagnostics.Items));
    }

    /// <summary>A toets or toepassing scalar, its key, the mapping it stands in, and its tree.</summary>
    private sealed record Slot(YScalar Key, YScalar Value, YMapping Parent, Syntax.Expr Tree);

    /// <summary>The toepassing of the norm and of each version, and the toets of each criterion.</summary>
    private static IEnumerable<(YScalar Key, YScalar Value, YMapping Parent)> ExpressionScalars(YNode root)
    {
        if (root is not YMapping norm)
        {
            yield break;
        }

        foreach (var found in Entry(norm, "toepassing"))
        {
            yield return found;
        }

        if (norm["versies"] is not YSequence versies)
        {
            yield break;
        }

        foreach (var version in versies.Items.OfType<YMapping>())
        {
            foreach (var found in Entry(version, "toepassing"))
            {
                yield return found;
            }

            if (version["criteria"] is not YSequence criteria)
            {
                continue;
            }

            foreach (var criterion in criteria.Items.OfType<YMapping>())
            {
                foreach (var found in Entry(criterion, "toets"))
                {
                    yield return found;
                }
            }
        }
    }

    private static IEnumerable<(YScalar Key, YScalar Value, YMapping Parent)> Entry(YMapping mapping, string key)
    {
        foreach (var (k, v) in mapping.Entries)
        {
            if (k.Value == key && v is YScalar { IsNull: false } scalar)
            {
                yield return (k, scalar, mapping);
            }
        }
    }

    /// <summary>The edits that give one scalar its canonical text.</summary>
    private static List<TextEdit> Plan(string text, Slot slot, int width, bool safe)
    {
        var scalar = slot.Value;
        var newline = NewlineAt(text, LineEnd(text, scalar.Span.Start));
        var isBlock = scalar.Style is YScalarStyle.Literal or YScalarStyle.Folded;
        var flat = ToetsFormatter.Format(slot.Tree);
        var special = flat.Any(IsSpecial);
        var inFlow = text[slot.Parent.Span.Start] == '{';
        var file = scalar.File;

        if (isBlock)
        {
            var (contentStart, contentEnd) = BlockContent(text, scalar.Span);
            if (safe || special)
            {
                return [new TextEdit(TextSpan.FromBounds(scalar.Span.Start, contentEnd), DoubleQuoted(flat))];
            }

            var indent = BlockIndentation(text, contentStart, contentEnd);
            var lines = ToetsFormatter.Layout(slot.Tree, Math.Max(20, width - indent), block: true);
            var prefix = new string(' ', indent);
            return [new TextEdit(TextSpan.FromBounds(contentStart, contentEnd), string.Join(newline, lines.Select(l => prefix + l)))];
        }

        var span = scalar.Span;
        if (safe)
        {
            return [new TextEdit(span, DoubleQuoted(flat))];
        }

        var single = scalar.Style switch
        {
            YScalarStyle.Plain when IsPlainSafe(flat, inFlow) => flat,
            YScalarStyle.Plain or YScalarStyle.SingleQuoted when !special => "'" + flat.Replace("'", "''", StringComparison.Ordinal) + "'",
            _ => DoubleQuoted(flat),
        };
        var column = file.GetLinePosition(span.Start).Column - 1;
        if (column + single.Length <= width || inFlow || special)
        {
            return [new TextEdit(span, single)];
        }

        // Too long for one line: a folded block, its lines two spaces deeper than the key.
        var keyIndent = file.GetLinePosition(slot.Key.Span.Start).Column - 1;
        var blockIndent = keyIndent + 2;
        var blockLines = ToetsFormatter.Layout(slot.Tree, Math.Max(20, width - blockIndent), block: true);
        var pad = new string(' ', blockIndent);
        var lineEnd = LineEnd(text, span.End);
        return
        [
            new TextEdit(span, ">-"),
            new TextEdit(new TextSpan(lineEnd, 0), newline + string.Join(newline, blockLines.Select(l => pad + l))),
        ];
    }

    /// <summary>The content of a block scalar: from the line after its header to the end of its last non-blank line.</summary>
    private static (int Start, int End) BlockContent(string text, TextSpan span)
    {
        var headerEnd = text.IndexOf('\n', span.Start);
        var start = headerEnd < 0 || headerEnd >= span.End ? span.End : headerEnd + 1;
        var last = Math.Min(span.End, text.Length) - 1;
        while (last >= start && char.IsWhiteSpace(text[last]))
        {
            last--;
        }

        return last < start ? (start, start) : (start, LineEnd(text, last + 1));
    }

    /// <summary>The indentation of the first non-blank line of a block scalar's content.</summary>
    private static int BlockIndentation(string text, int start, int end)
    {
        var lineStart = start;
        while (lineStart < end)
        {
            var p = lineStart;
            while (p < end && text[p] == ' ')
            {
                p++;
            }

            if (p < end && text[p] is not ('\r' or '\n'))
            {
                return p - lineStart;
            }

            var next = text.IndexOf('\n', p);
            if (next < 0)
            {
                break;
            }

            lineStart = next + 1;
        }

        return 2;
    }

    private static int LineEnd(string text, int position)
    {
        var p = position;
        while (p < text.Length && text[p] is not ('\r' or '\n'))
        {
            p++;
        }

        return p;
    }

    /// <summary>The line break at <paramref name="position"/>, or else the first one in the file: new lines use the same.</summary>
    private static string NewlineAt(string text, int position)
    {
        if (position < text.Length && text[position] == '\r')
        {
            return "\r\n";
        }

        if (position < text.Length && text[position] == '\n')
        {
            return "\n";
        }

        var lf = text.IndexOf('\n');
        return lf > 0 && text[lf - 1] == '\r' ? "\r\n" : "\n";
    }

    /// <summary>Characters a plain, single-quoted or block scalar cannot hold as they are.</summary>
    private static bool IsSpecial(char c) => char.IsControl(c) || c is '\u0085' or '\u2028' or '\u2029' or '\uFEFF';

    /// <summary>Whether the text can stand as a plain YAML scalar and reads back unchanged.</summary>
    private static bool IsPlainSafe(string value, bool inFlow)
    {
        if (value.Length == 0 || value.Any(IsSpecial) || char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[^1]))
        {
            return false;
        }

        if ("?:,[]{}#&*!|>'\"%@`".Contains(value[0], StringComparison.Ordinal) || (value[0] == '-' && (value.Length == 1 || value[1] is ' ' or '-')))
        {
            return false;
        }

        if (value.Contains(": ", StringComparison.Ordinal) || value.EndsWith(':') || value.Contains(" #", StringComparison.Ordinal))
        {
            return false;
        }

        if (inFlow && value.IndexOfAny([',', '[', ']', '{', '}']) >= 0)
        {
            return false;
        }

        return value is not ("~" or "null" or "Null" or "NULL");
    }

    private static string DoubleQuoted(string value)
    {
        var builder = new StringBuilder("\"");
        foreach (var c in value)
        {
            builder.Append(c switch
            {
                '\\' => "\\\\",
                '"' => "\\\"",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                '\u0085' => "\\N",
                '\u2028' => "\\L",
                '\u2029' => "\\P",
                _ when IsSpecial(c) => "\\u" + ((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture),
                _ => c.ToString(),
            });
        }

        return builder.Append('"').ToString();
    }

    private static string Apply(string text, IEnumerable<TextEdit> edits)
    {
        var builder = new StringBuilder(text.Length + 256);
        var position = 0;
        foreach (var edit in edits.OrderBy(e => e.Span.Start).ThenBy(e => e.Span.Length))
        {
            builder.Append(text, position, edit.Span.Start - position);
            builder.Append(edit.NewText);
            position = edit.Span.End;
        }

        return builder.Append(text, position, text.Length - position).ToString();
    }

    /// <summary>
    /// Reads the new text back: the YAML must have the same shape, every other scalar the same value and style, and
    /// every formatted expression a tree equivalent to the original's.
    /// </summary>
    private static bool Verify(SourceFile original, YNode root, List<Slot> slots, string text)
    {
        var bag = new DiagnosticBag();
        var reread = YamlReader.Read(new SourceFile(original.Path, text), bag);
        if (reread is null || bag.HasErrors)
        {
            return false;
        }

        var trees = slots.ToDictionary(s => s.Value, s => s.Tree);
        return Same(root, reread, trees);
    }

    private static bool Same(YNode a, YNode b, Dictionary<YScalar, Syntax.Expr> trees)
    {
        switch (a, b)
        {
            case (YMapping x, YMapping y):
                return x.Entries.Count == y.Entries.Count
                    && x.Entries.Zip(y.Entries).All(p => p.First.Key.Value == p.Second.Key.Value && Same(p.First.Value, p.Second.Value, trees));
            case (YSequence x, YSequence y):
                return x.Items.Count == y.Items.Count && x.Items.Zip(y.Items).All(p => Same(p.First, p.Second, trees));
            case (YScalar x, YScalar y) when trees.TryGetValue(x, out var tree):
                return ToetsParser.Parse(y.Value).Expression is { } reparsed && ExprEquivalence.AreEquivalent(tree, reparsed);
            case (YScalar x, YScalar y):
                return x.Value == y.Value && x.Style == y.Style;
            default:
                return false;
        }
    }
}
