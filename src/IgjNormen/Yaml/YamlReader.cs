using IgjNormen.Diagnostics;
using IgjNormen.Text;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace IgjNormen.Yaml;

/// <summary>
/// Reads one YAML document into a <see cref="YNode"/> tree with positions, using YamlDotNet's event parser.
/// Never throws on bad input: every problem becomes a diagnostic and the result is null.
/// </summary>
public static class YamlReader
{
    public static YNode? Read(SourceFile file, DiagnosticBag diagnostics, YamlLimits? limits = null)
    {
        limits ??= YamlLimits.Default;
        var state = new State(file, diagnostics, limits);
        try
        {
            var parser = new Parser(new StringReader(file.Text));
            parser.Consume<StreamStart>();
            if (parser.Accept<StreamEnd>(out _))
            {
                diagnostics.Add(DiagnosticCodes.Files.EmptyOrMultipleDocuments, new SourceLocation(file, new TextSpan(0, 0)), "Het bestand is leeg.");
                return null;
            }

            parser.Consume<DocumentStart>();
            var root = state.ReadNode(parser, 0);
            if (root is null)
            {
                return null;
            }

            parser.Consume<DocumentEnd>();
            if (parser.Accept<DocumentStart>(out var second))
            {
                diagnostics.Add(DiagnosticCodes.Files.EmptyOrMultipleDocuments, Location(file, second.Start, second.End), "Het bestand bevat meer dan één YAML-document; zet elk document in een eigen bestand.");
                return null;
            }

            return root;
        }
        catch (YamlException ex)
        {
            ReportSyntaxError(file, diagnostics, ex);
            return null;
        }
    }

    private static void ReportSyntaxError(SourceFile file, DiagnosticBag diagnostics, YamlException ex)
    {
        var offset = file.GetOffset((int)ex.Start.Line, (int)ex.Start.Column);
        var tab = FindTabInIndentation(file.Text, offset);
        if (tab >= 0)
        {
            diagnostics.Add(DiagnosticCodes.Files.TabIndentation, new SourceLocation(file, new TextSpan(tab, 1)));
            return;
        }

        // YamlDotNet's own text is English; keep it as detail after a Dutch explanation.
        var detail = ex.Message;
        var paren = detail.IndexOf("): ", StringComparison.Ordinal);
        if (detail.StartsWith('(') && paren > 0)
        {
            detail = detail[(paren + 3)..];
        }

        diagnostics.Add(
            DiagnosticCodes.Files.YamlSyntax,
            new SourceLocation(file, new TextSpan(offset, 0)),
            $"controleer de inspringing, de dubbele punten en de aanhalingstekens hier (parser: {detail})");
    }

    /// <summary>The offset of a tab in the leading whitespace of any line up to the error, or -1.</summary>
    private static int FindTabInIndentation(string text, int errorOffset)
    {
        var limit = Math.Min(text.Length, errorOffset + 1);
        var atLineStart = true;
        for (var i = 0; i < text.Length && (i < limit || !atLineStart); i++)
        {
            var c = text[i];
            if (c == '\n')
            {
                atLineStart = true;
                if (i >= limit)
                {
                    break;
                }
            }
            else if (atLineStart && c == '\t')
            {
                return i;
            }
            else if (c != ' ' && c != '\r')
            {
                atLineStart = false;
            }
        }

        return -1;
    }

    internal static SourceLocation Location(SourceFile file, Mark start, Mark end) =>
        new(file, TextSpan.FromBounds((int)start.Index, (int)end.Index));

    private sealed class State(SourceFile file, DiagnosticBag diagnostics, YamlLimits limits)
    {
        private int _nodes;

        public YNode? ReadNode(IParser parser, int depth)
        {
            if (++_nodes > limits.MaxNodes)
            {
                diagnostics.Add(DiagnosticCodes.Files.TooManyNodes, Location(file, parser.Current!.Start, parser.Current.End), limits.MaxNodes);
                return null;
            }

            var current = parser.Current!;
            if (current is AnchorAlias || current is NodeEvent { Anchor.IsEmpty: false })
            {
                diagnostics.Add(DiagnosticCodes.Files.AnchorOrAlias, Location(file, current.Start, current.End));
                return null;
            }

            if (depth > limits.MaxDepth)
            {
                diagnostics.Add(DiagnosticCodes.Files.TooDeep, Location(file, current.Start, current.End), limits.MaxDepth);
                return null;
            }

            switch (current)
            {
                case Scalar scalar:
                    parser.MoveNext();
                    if (scalar.Value.Length > limits.MaxScalarLength)
                    {
                        diagnostics.Add(DiagnosticCodes.Files.ScalarTooLong, Location(file, scalar.Start, scalar.Start), scalar.Value.Length, limits.MaxScalarLength);
                        return null;
                    }

                    return new YScalar(file, Location(file, scalar.Start, scalar.End).Span, scalar.Value, StyleOf(scalar.Style));
                case SequenceStart sequenceStart:
                    return ReadSequence(parser, sequenceStart, depth);
                case MappingStart mappingStart:
                    return ReadMapping(parser, mappingStart, depth);
                default:
                    diagnostics.Add(DiagnosticCodes.Files.YamlSyntax, Location(file, current.Start, current.End), "onverwacht element");
                    return null;
            }
        }

        private YSequence? ReadSequence(IParser parser, SequenceStart start, int depth)
        {
            parser.MoveNext();
            var items = new List<YNode>();
            while (!parser.Accept<SequenceEnd>(out _))
            {
                var item = ReadNode(parser, depth + 1);
                if (item is null)
                {
                    return null;
                }

                items.Add(item);
            }

            var end = parser.Consume<SequenceEnd>();
            return new YSequence(file, Location(file, start.Start, end.End).Span, items);
        }

        private YMapping? ReadMapping(IParser parser, MappingStart start, int depth)
        {
            parser.MoveNext();
            var entries = new List<KeyValuePair<YScalar, YNode>>();
            var seen = new Dictionary<string, YScalar>(StringComparer.Ordinal);
            var ok = true;
            while (!parser.Accept<MappingEnd>(out _))
            {
                var keyNode = ReadNode(parser, depth + 1);
                if (keyNode is null)
                {
                    return null;
                }

                var value = ReadNode(parser, depth + 1);
                if (value is null)
                {
                    return null;
                }

                if (keyNode is not YScalar key)
                {
                    diagnostics.Add(DiagnosticCodes.Structure.WrongShape, keyNode.Location, "een sleutel (een enkele waarde)", keyNode.KindDescription);
                    ok = false;
                    continue;
                }

                if (seen.TryGetValue(key.Value, out var earlier))
                {
                    diagnostics.Add(DiagnosticCodes.Files.DuplicateKey, key.Location, key.Value, earlier.Location.Start.Line);
                    ok = false;
                    continue;
                }

                seen.Add(key.Value, key);
                entries.Add(new(key, value));
            }

            var end = parser.Consume<MappingEnd>();
            return ok ? new YMapping(file, Location(file, start.Start, end.End).Span, entries) : null;
        }

        private static YScalarStyle StyleOf(ScalarStyle style) => style switch
        {
            ScalarStyle.SingleQuoted => YScalarStyle.SingleQuoted,
            ScalarStyle.DoubleQuoted => YScalarStyle.DoubleQuoted,
            ScalarStyle.Literal => YScalarStyle.Literal,
            ScalarStyle.Folded => YScalarStyle.Folded,
            _ => YScalarStyle.Plain,
        };
    }
}
