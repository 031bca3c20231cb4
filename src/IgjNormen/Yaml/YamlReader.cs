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

        // Most files are plain block YAML: read those without YamlDotNet (the same tree); the rest, and every file
        // with a problem, go through YamlDotNet, which reports it.
        return FastYamlReader.TryRead(file, limits, out var root) ? root : ReadWithYamlDotNet(file, diagnostics, limits);
    }

    /// <summary>Reads with YamlDotNet's event parser (also for tests that compare it with <see cref="FastYamlReader"/>).</summary>
    internal static YNode? ReadWithYamlDotNet(SourceFile file, DiagnosticBag diagnostics, YamlLimits limits)
    {
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
            ReportSyntaxError(file, diagnostics, ex, state.LastOffset);
            return null;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // YamlDotNet sometimes fails on broken input with an exception that is not a YamlException (for example an
            // InvalidOperationException for an unclosed '[' followed by a new line). Point at the last node it read.
            var tab = FindTabInIndentation(file.Text, state.LastOffset);
            if (tab >= 0)
            {
                diagnostics.Add(DiagnosticCodes.Files.TabIndentation, new SourceLocation(file, new TextSpan(tab, 1)));
                return null;
            }

            diagnostics.Add(
                DiagnosticCodes.Files.YamlSyntax,
                new SourceLocation(file, new TextSpan(state.LastStart, 0)),
                "het bestand kan vanaf hier niet gelezen worden; controleer of elke '[', '{' en elk aanhalingsteken wordt afgesloten en de inspringing klopt.");
            return null;
        }
    }

    private static void ReportSyntaxError(SourceFile file, DiagnosticBag diagnostics, YamlException ex, int lastOffset)
    {
        var offset = (int)Math.Clamp(ex.Start.Index, 0, file.Text.Length);

        // YamlDotNet may place the error at the start of the enclosing mapping, before the tab that caused it.
        var detail = ex.Message;
        var paren = detail.IndexOf("): ", StringComparison.Ordinal);
        if (detail.StartsWith('(') && paren > 0)
        {
            detail = detail[(paren + 3)..];
        }

        var aboutTab = detail.Contains(" tab ", StringComparison.Ordinal);
        var tab = FindTabInIndentation(file.Text, aboutTab ? file.Text.Length : Math.Max(offset, lastOffset));
        if (tab >= 0)
        {
            diagnostics.Add(DiagnosticCodes.Files.TabIndentation, new SourceLocation(file, new TextSpan(tab, 1)));
            return;
        }

        // YamlDotNet's own text is English: known messages get a Dutch explanation, others are kept as detail.
        var message = Translate(detail) ?? $"controleer de inspringing, de dubbele punten en de aanhalingstekens hier (parser: {detail})";
        diagnostics.Add(DiagnosticCodes.Files.YamlSyntax, new SourceLocation(file, new TextSpan(offset, 0)), message);
    }

    /// <summary>A Dutch explanation of YamlDotNet's most frequent syntax errors, or null.</summary>
    internal static string? Translate(string parserMessage) => parserMessage.Replace("  ", " ", StringComparison.Ordinal) switch
    {
        "While scanning a simple key, could not find expected ':'." =>
            "na een sleutel ontbreekt ':' (of de regel springt verkeerd in).",
        "While parsing a block mapping, did not find expected key." =>
            "hier wordt een sleutel verwacht ('sleutel: waarde'); controleer de inspringing.",
        "While parsing a block collection, did not find expected '-' indicator." =>
            "hier wordt een lijstelement ('- …') verwacht; controleer de inspringing.",
        "While parsing a flow sequence, did not find expected ',' or ']'." =>
            "in een lijst tussen '[' en ']' wordt hier ',' of ']' verwacht.",
        "While parsing a flow mapping, did not find expected ',' or '}'." =>
            "in een mapping tussen '{' en '}' wordt hier ',' of '}' verwacht.",
        "Mapping values are not allowed in this context." =>
            "': ' mag hier niet staan; zet een waarde met een dubbele punt tussen aanhalingstekens, of controleer de inspringing.",
        "Block sequence entries are not allowed in this context." =>
            "een lijstelement ('- ') mag hier niet beginnen; controleer de inspringing.",
        "While scanning a quoted scalar, found unexpected end of stream." =>
            "een tekst tussen aanhalingstekens wordt niet afgesloten.",
        "While scanning a quoted scalar, found unknown escape character." =>
            "onbekend teken na '\\' in een tekst tussen dubbele aanhalingstekens; gebruik enkele aanhalingstekens of schrijf '\\\\'.",
        "While scanning a multi-line double-quoted scalar, found wrong indentation." or "While scanning a quoted scalar, found unexpected document indicator." =>
            "een tekst tussen aanhalingstekens wordt niet op dezelfde regel afgesloten.",
        "While scanning a block scalar, did not find expected comment or line break." =>
            "na '|' of '>' mag op dezelfde regel alleen commentaar staan; de tekst begint op de volgende regel.",
        "While scanning a literal block scalar, found more spaces in lines above first content line." =>
            "een lege regel bovenaan een blok met '|' of '>' springt verder in dan de eerste regel tekst.",
        "While scanning a tag, did not find expected '!'." or "While scanning a tag, did not find expected whitespace, comma or line break." or "While parsing a node, found undefined tag handle." =>
            "een waarde die met '!' begint, zet je tussen aanhalingstekens.",
        "While scanning a directive, could not find expected directive name." or "While scanning a directive, found unexpected non-alphabetical character." =>
            "een regel die met '%' begint, is een YAML-directief; zet een waarde die met '%' begint tussen aanhalingstekens.",
        "While parsing a node, did not find expected node content." =>
            "hier wordt een waarde verwacht.",
        "While scanning for the next token, found character that cannot start any token." =>
            "met dit teken kan een waarde niet beginnen (bijvoorbeeld '@' of '`'); zet de waarde tussen aanhalingstekens.",
        "While scanning a multiline plain scalar, found invalid mapping." or "While scanning a plain scalar value, found invalid mapping." =>
            "een waarde over meer regels bevat ': '; zet haar tussen aanhalingstekens of gebruik '|'.",
        "While scanning an anchor or alias, found value containing disallowed: []{}," =>
            "ankers en aliassen ('&', '*') zijn niet toegestaan; zet een waarde die met '&' of '*' begint tussen aanhalingstekens.",
        "Did not find expected <document start>." =>
            "na het document staat nog iets dat er niet bij hoort; controleer de inspringing.",
        _ => null,
    };

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

        /// <summary>Where the last node that was read starts, for errors that come without a position.</summary>
        public int LastStart { get; private set; }

        /// <summary>Where the last node that was read ends.</summary>
        public int LastOffset { get; private set; }

        public YNode? ReadNode(IParser parser, int depth)
        {
            if (++_nodes > limits.MaxNodes)
            {
                diagnostics.Add(DiagnosticCodes.Files.TooManyNodes, Location(file, parser.Current!.Start, parser.Current.End), limits.MaxNodes);
                return null;
            }

            var current = parser.Current!;
            LastStart = (int)current.Start.Index;
            LastOffset = (int)current.End.Index;
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
