using System.Globalization;
using IgjNormen.Diagnostics;
using IgjNormen.Evaluation;
using IgjNormen.Model;
using IgjNormen.Text;
using IgjNormen.Yaml;

namespace IgjNormen.Loading;

/// <summary>
/// Turns the <c>feiten</c> of bevindingen or a voorbeeld (nested by the dotted begrip names) into values by slot,
/// checking each against its begrip. Missing facts and the value <c>onbekend</c> stay <see cref="Value.Unknown"/>.
/// </summary>
public static class FactValueReader
{
    /// <summary>
    /// After this many errors in the feiten, one IGJ1509 ends the check: a file of 100,000 wrong or unknown facts
    /// gives a readable list and no long wait (each unknown name is compared with every begrip for a suggestion).
    /// </summary>
    public const int MaxErrors = 100;

    public static Value[] Read(YMapping? feiten, NormModel model, DiagnosticBag diagnostics) =>
        Read(feiten, model.Facts, model.FactsByName, diagnostics);

    internal static Value[] Read(YMapping? feiten, IReadOnlyList<FactDefinition> facts, IReadOnlyDictionary<string, FactDefinition> byName, DiagnosticBag diagnostics)
    {
        var values = new Value[facts.Count];
        if (feiten is not null)
        {
            var groups = GroupsOf(byName);
            ReadGroup(feiten, string.Empty, new Sink(values), byName, groups, new Reporter(diagnostics));
        }

        return values;
    }

    /// <summary>
    /// Checks the feiten like <see cref="Read(YMapping?, NormModel, DiagnosticBag)"/> without keeping the values: a
    /// voorbeeld's row of values is made when it runs (a large model has thousands of voorbeelden and hundreds of
    /// begrippen).
    /// </summary>
    internal static void Check(YMapping? feiten, NormModel model, DiagnosticBag diagnostics)
    {
        if (feiten is not null)
        {
            ReadGroup(feiten, string.Empty, default, model.FactsByName, GroupsOf(model.FactsByName), new Reporter(diagnostics));
        }
    }

    /// <summary>Where read values go: a row by slot, or nowhere (only checking).</summary>
    private readonly struct Sink(Value[]? row)
    {
        public void Set(int slot, Value value)
        {
            if (row is not null)
            {
                row[slot] = value;
            }
        }
    }

    private static void ReadGroup(YMapping mapping, string prefix, Sink values, IReadOnlyDictionary<string, FactDefinition> byName, HashSet<string> groups, Reporter diagnostics)
    {
        var entries = mapping.Entries;
        for (var e = 0; e < entries.Count; e++)
        {
            if (diagnostics.Stopped)
            {
                return;
            }

            var (key, node) = entries[e];
            var name = Known(prefix, key.Value, byName, groups, out var fact);
            if (fact is not null)
            {
                values.Set(fact.Index, ReadValue(node, fact, new FactPath(name, 0, null), diagnostics));
            }
            else if (groups.Contains(name))
            {
                if (node is YMapping child)
                {
                    ReadGroup(child, name, values, byName, groups, diagnostics);
                }
                else if (node is not YScalar { IsNull: true })
                {
                    var members = byName.Keys.Where(k => k.StartsWith(name + ".", StringComparison.Ordinal)).Take(3);
                    diagnostics.Add(DiagnosticCodes.Bevindingen.GroupExpected, node.Location, name, string.Join(", ", members) + ", …");
                }
            }
            else
            {
                var candidates = byName.Keys.Concat(groups).Where(c => prefix.Length == 0 || c.StartsWith(prefix + ".", StringComparison.Ordinal));
                diagnostics.Add(DiagnosticCodes.Bevindingen.UnknownFact, key.Location, name, Suggestions.Hint(name, candidates));
            }
        }
    }

    /// <summary>
    /// The full name of a key under <paramref name="prefix"/> and the begrip it names, if any. A known begrip or group
    /// gives its own string: no new string per fact of every voorbeeld.
    /// </summary>
    private static string Known(string prefix, string key, IReadOnlyDictionary<string, FactDefinition> byName, HashSet<string> groups, out FactDefinition? fact)
    {
        if (prefix.Length == 0)
        {
            byName.TryGetValue(key, out fact);
            return key;
        }

        var length = prefix.Length + 1 + key.Length;
        if (length <= 256 && byName is Dictionary<string, FactDefinition> dictionary
            && dictionary.TryGetAlternateLookup<ReadOnlySpan<char>>(out var facts)
            && groups.TryGetAlternateLookup<ReadOnlySpan<char>>(out var groupNames))
        {
            Span<char> name = stackalloc char[length];
            prefix.AsSpan().CopyTo(name);
            name[prefix.Length] = '.';
            key.AsSpan().CopyTo(name[(prefix.Length + 1)..]);
            if (facts.TryGetValue(name, out var known, out fact))
            {
                return known;
            }

            if (groupNames.TryGetValue(name, out var group))
            {
                return group;
            }
        }

        var full = string.Concat(prefix, ".", key);
        byName.TryGetValue(full, out fact);
        return full;
    }

    private static Value ReadValue(YNode node, FactDefinition fact, FactPath name, Reporter diagnostics)
    {
        if (node is YScalar { IsNull: true } || node is YScalar { Value: "onbekend", Style: YScalarStyle.Plain })
        {
            return Value.Unknown;
        }

        if (fact.Kind == FactKind.List)
        {
            return ReadList(node, fact, name.ToString(), diagnostics);
        }

        if (node is not YScalar scalar)
        {
            diagnostics.Add(DiagnosticCodes.Bevindingen.WrongValue, node.Location, node.KindDescription, FactDefinition.KindName(fact.Kind), name.ToString(), string.Empty);
            return Value.Unknown;
        }

        if (TryParseScalar(scalar.Value, fact, out var value, out var hint))
        {
            return value;
        }

        diagnostics.Add(DiagnosticCodes.Bevindingen.WrongValue, scalar.Location, scalar.Value, Describe(fact), name.ToString(), hint);
        return Value.Unknown;
    }

    private static string Describe(FactDefinition fact) => fact.Kind == FactKind.Choice
        ? $"keuze ({string.Join(", ", fact.Choices)})"
        : FactDefinition.KindName(fact.Kind);

    private static Value ReadList(YNode node, FactDefinition fact, string name, Reporter diagnostics)
    {
        if (node is not YSequence sequence)
        {
            diagnostics.Add(DiagnosticCodes.Bevindingen.WrongValue, node.Location, node.KindDescription, "lijst", name, string.Empty);
            return Value.Unknown;
        }

        var records = new Value[sequence.Items.Count][];
        for (var i = 0; i < records.Length && !diagnostics.Stopped; i++)
        {
            var record = new Value[fact.Fields.Count];
            records[i] = record;
            var item = sequence.Items[i];
            if (item is not YMapping mapping)
            {
                diagnostics.Add(DiagnosticCodes.Bevindingen.WrongValue, item.Location, item.KindDescription, "element met velden", $"{name}[{i + 1}]", string.Empty);
                continue;
            }

            foreach (var (key, fieldNode) in mapping.Entries)
            {
                var field = fact.FindField(key.Value);
                if (field is null)
                {
                    diagnostics.Add(DiagnosticCodes.Bevindingen.UnknownFact, key.Location, $"{name}[{i + 1}].{key.Value}", Suggestions.Hint(key.Value, fact.Fields.Select(f => f.Name)));
                    continue;
                }

                record[field.Index] = ReadValue(fieldNode, field, new FactPath(name, i + 1, key.Value), diagnostics);
            }
        }

        return Value.List(records);
    }

    /// <summary>The name of a begrip or of a field of a list element (<c>lijst[2].veld</c>) for messages, made only for a message.</summary>
    private readonly record struct FactPath(string Name, int Item, string? Field)
    {
        public override string ToString() => Field is null ? Name : $"{Name}[{Item}].{Field}";
    }

    /// <summary>The group names (every dotted prefix of a begrip), made once per set of begrippen: voorbeelden read facts thousands of times.</summary>
    private static HashSet<string> GroupsOf(IReadOnlyDictionary<string, FactDefinition> byName) =>
        Groups.GetValue(byName, static names =>
        {
            var groups = new HashSet<string>(StringComparer.Ordinal);
            foreach (var name in names.Keys)
            {
                for (var dot = name.IndexOf('.'); dot > 0; dot = name.IndexOf('.', dot + 1))
                {
                    groups.Add(name[..dot]);
                }
            }

            return groups;
        });

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<IReadOnlyDictionary<string, FactDefinition>, HashSet<string>> Groups = [];

    /// <summary>Passes errors on to the bag until <see cref="MaxErrors"/>; then reports IGJ1509 once and stops.</summary>
    private sealed class Reporter(DiagnosticBag bag)
    {
        private int _errors;

        public bool Stopped => _errors > MaxErrors;

        public void Add(DiagnosticDescriptor descriptor, SourceLocation location, params object?[] args)
        {
            if (Stopped)
            {
                return;
            }

            if (++_errors > MaxErrors)
            {
                bag.Add(DiagnosticCodes.Bevindingen.TooManyErrors, location, MaxErrors);
                return;
            }

            bag.Add(descriptor, location, args);
        }
    }

    /// <summary>Parses one scalar for a begrip, invariantly; on failure gives a hint for the message.</summary>
    public static bool TryParseScalar(string text, FactDefinition fact, out Value value, out string hint)
    {
        hint = string.Empty;
        var trimmed = text.Trim();
        switch (fact.Kind)
        {
            case FactKind.Boolean:
                if (MappingReader.ParseBoolean(trimmed) is { } b)
                {
                    value = Value.Boolean(b);
                    return true;
                }

                hint = " Schrijf ja of nee.";
                break;
            case FactKind.Number:
                if (decimal.TryParse(trimmed, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
                {
                    value = Value.Number(number);
                    return true;
                }

                hint = trimmed.Contains(',') ? " Gebruik een punt als decimaalteken: 1.5, niet 1,5." : string.Empty;
                break;
            case FactKind.Text:
                value = Value.Text(text);
                return true;
            case FactKind.Choice:
                if (fact.Choices.Contains(trimmed))
                {
                    value = Value.Text(trimmed);
                    return true;
                }

                hint = Suggestions.Hint(trimmed, fact.Choices);
                break;
            case FactKind.Date:
                if (IsoDate.TryParse(trimmed, out var date))
                {
                    value = Value.Date(date);
                    return true;
                }

                hint = " Schrijf JJJJ-MM-DD.";
                break;
            case FactKind.DateTime:
                if (DateTime.TryParseExact(trimmed, ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var moment))
                {
                    value = Value.DateTime(moment);
                    return true;
                }

                hint = " Schrijf JJJJ-MM-DDTuu:mm, bijvoorbeeld 2025-06-01T10:00.";
                break;
        }

        value = Value.Unknown;
        return false;
    }
}
