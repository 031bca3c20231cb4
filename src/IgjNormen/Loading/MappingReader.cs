using System.Globalization;
using IgjNormen.Diagnostics;
using IgjNormen.Text;
using IgjNormen.Yaml;

namespace IgjNormen.Loading;

/// <summary>
/// Reads the keys of one YAML mapping: reports unknown keys (with a suggestion), missing required keys and values
/// of the wrong shape. Every reader method reports and returns null rather than throwing.
/// </summary>
internal sealed class MappingReader
{
    private readonly DiagnosticBag _diagnostics;

    public MappingReader(YNode? node, SourceLocation fallback, DiagnosticBag diagnostics, params string[] allowedKeys)
    {
        _diagnostics = diagnostics;
        if (node is YMapping mapping)
        {
            Mapping = mapping;
            var entries = mapping.Entries;
            for (var i = 0; i < entries.Count; i++)
            {
                var key = entries[i].Key;
                if (Array.IndexOf(allowedKeys, key.Value) < 0)
                {
                    var hint = Suggestions.Closest(key.Value, allowedKeys) is { } best
                        ? $" Bedoelde u '{best}'?"
                        : $" Toegestaan: {string.Join(", ", allowedKeys)}.";
                    diagnostics.Add(DiagnosticCodes.Structure.UnknownKey, key.Location, key.Value, hint);
                }
            }
        }
        else
        {
            diagnostics.Add(DiagnosticCodes.Structure.WrongShape, node?.Location ?? fallback, "een mapping (sleutel: waarde)", node?.KindDescription ?? "niets");
        }
    }

    public YMapping? Mapping { get; }

    public bool IsValid => Mapping is not null;

    public SourceLocation Location => Mapping?.Location ?? SourceLocation.None;

    public YNode? Node(string key) => Mapping?[key];

    public SourceLocation KeyLocation(string key)
    {
        if (Mapping is null)
        {
            return SourceLocation.None;
        }

        foreach (var (k, _) in Mapping.Entries)
        {
            if (k.Value == key)
            {
                return k.Location;
            }
        }

        return new SourceLocation(Mapping.File, new TextSpan(Mapping.Span.Start, 0));
    }

    private YNode? Required(string key, bool required)
    {
        var node = Node(key);
        if (node is null && required && Mapping is not null)
        {
            _diagnostics.Add(DiagnosticCodes.Structure.MissingKey, new SourceLocation(Mapping.File, new TextSpan(Mapping.Span.Start, 0)), key);
        }

        return node;
    }

    public YScalar? Scalar(string key, bool required = false)
    {
        var node = Required(key, required);
        switch (node)
        {
            case null:
                return null;
            case YScalar { IsNull: true } empty when required:
                _diagnostics.Add(DiagnosticCodes.Structure.WrongShape, empty.Location, $"een waarde voor '{key}'", "een lege waarde");
                return null;
            case YScalar { IsNull: true }:
                return null;
            case YScalar scalar:
                return scalar;
            default:
                _diagnostics.Add(DiagnosticCodes.Structure.WrongShape, node.Location, $"een enkele waarde voor '{key}'", node.KindDescription);
                return null;
        }
    }

    public string? String(string key, bool required = false) => Scalar(key, required)?.Value;

    public DateOnly? Date(string key, bool required = false)
    {
        var scalar = Scalar(key, required);
        return scalar is null ? null : ParseDate(scalar, _diagnostics);
    }

    public static DateOnly? ParseDate(YScalar scalar, DiagnosticBag diagnostics)
    {
        if (IsoDate.TryParse(scalar.Value.Trim(), out var date))
        {
            return date;
        }

        diagnostics.Add(DiagnosticCodes.Structure.InvalidDate, scalar.Location, scalar.Value);
        return null;
    }

    public bool? Boolean(string key)
    {
        var scalar = Scalar(key);
        if (scalar is null)
        {
            return null;
        }

        if (ParseBoolean(scalar.Value) is { } value)
        {
            return value;
        }

        _diagnostics.Add(DiagnosticCodes.Structure.InvalidBoolean, scalar.Location, scalar.Value);
        return null;
    }

    public static bool? ParseBoolean(string text)
    {
        // The same as lower-casing invariantly and comparing: no other character lower-cases to an ASCII letter of
        // these words, and the ASCII comparison does not allocate.
        var trimmed = text.AsSpan().Trim();
        return System.Text.Ascii.EqualsIgnoreCase(trimmed, "ja") || System.Text.Ascii.EqualsIgnoreCase(trimmed, "true") ? true
            : System.Text.Ascii.EqualsIgnoreCase(trimmed, "nee") || System.Text.Ascii.EqualsIgnoreCase(trimmed, "false") ? false
            : null;
    }

    public T? Choice<T>(string key, IReadOnlyDictionary<string, T> values, bool required = false)
        where T : struct
    {
        var scalar = Scalar(key, required);
        if (scalar is null)
        {
            return null;
        }

        if (values.TryGetValue(scalar.Value, out var value))
        {
            return value;
        }

        _diagnostics.Add(DiagnosticCodes.Structure.InvalidValue, scalar.Location, scalar.Value, key, string.Join(", ", values.Keys));
        return null;
    }

    public YSequence? Sequence(string key, bool required = false)
    {
        var node = Required(key, required);
        switch (node)
        {
            case null:
            case YScalar { IsNull: true } when !required:
                return null;
            case YSequence sequence:
                return sequence;
            default:
                _diagnostics.Add(DiagnosticCodes.Structure.WrongShape, node.Location, $"een lijst voor '{key}'", node.KindDescription);
                return null;
        }
    }

    public YMapping? Map(string key, bool required = false)
    {
        var node = Required(key, required);
        switch (node)
        {
            case null:
            case YScalar { IsNull: true } when !required:
                return null;
            case YMapping mapping:
                return mapping;
            default:
                _diagnostics.Add(DiagnosticCodes.Structure.WrongShape, node.Location, $"een mapping voor '{key}'", node.KindDescription);
                return null;
        }
    }

    /// <summary>A list of scalars, also accepting a single scalar as a list of one.</summary>
    public IReadOnlyList<YScalar> Scalars(string key)
    {
        var node = Node(key);
        switch (node)
        {
            case null:
                return [];
            case YScalar scalar:
                return scalar.IsNull ? [] : [scalar];
            case YSequence sequence:
                var result = new List<YScalar>();
                foreach (var item in sequence.Items)
                {
                    if (item is YScalar s)
                    {
                        result.Add(s);
                    }
                    else
                    {
                        _diagnostics.Add(DiagnosticCodes.Structure.WrongShape, item.Location, "een enkele waarde", item.KindDescription);
                    }
                }

                return result;
            default:
                _diagnostics.Add(DiagnosticCodes.Structure.WrongShape, node.Location, $"een lijst voor '{key}'", node.KindDescription);
                return [];
        }
    }
}
