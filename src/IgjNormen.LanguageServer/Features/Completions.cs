using System.Text.RegularExpressions;
using IgjNormen.LanguageServer.Protocol;
using IgjNormen.Model;
using IgjNormen.Syntax;
using IgjNormen.Text;

namespace IgjNormen.LanguageServer.Features;

/// <summary>
/// Completion inside a toets (fact names by prefix, the fields of a quantifier variable, keywords, keuze values after
/// <c>=</c> or inside <c>in [ … ]</c>, norm ids inside <c>oordeel(…)</c>) and in the <c>normen</c> of a kader.
/// </summary>
internal static partial class Completions
{
    private const int Field = 5;
    private const int Variable = 6;
    private const int Value = 12;
    private const int Keyword = 14;
    private const int Reference = 18;

    /// <summary>Keywords offered while typing a word (multi-word ones as a whole).</summary>
    private static readonly string[] KeywordItems =
    [
        "en", "of", "niet", "in", "is bekend", "is onbekend", "tussen", "alle", "enige", "geen", "aantal", "oordeel", "peildatum", "ja", "nee",
    ];

    public static IReadOnlyList<CompletionItem> InToets(ToetsContext toets, NormModel model)
    {
        var (dashed, dashedStart) = toets.PrefixBefore(includeDash: true);
        if (VerdictOfOpen().IsMatch(toets.TextBefore(dashedStart)))
        {
            var range = toets.Condition.LocationOf(new TextSpan(dashedStart, dashed.Length));
            return model.Norms
                .Where(n => n.Id.StartsWith(dashed, StringComparison.Ordinal) && n.Id != toets.Norm.Id)
                .Select(n => new CompletionItem(n.Id)
                {
                    Kind = Reference,
                    Detail = n.Titel,
                    TextEdit = new Protocol.TextEdit(Positions.ToRange(range), n.Id),
                })
                .ToList();
        }

        var (prefix, start) = toets.PrefixBefore();
        if (ValuesAfterOperator(toets, start, model) is { } values)
        {
            return values;
        }

        var edit = Positions.ToRange(toets.Condition.LocationOf(new TextSpan(start, prefix.Length)));
        var items = new List<CompletionItem>();
        var variables = toets.VariablesInScope();
        var dot = prefix.IndexOf('.');
        if (dot > 0 && variables.FirstOrDefault(v => v.Name == prefix[..dot]) is { } variable)
        {
            if (model.FactsByName.TryGetValue(variable.List, out var list))
            {
                items.AddRange(list.Fields.Select(f => new CompletionItem($"{variable.Name}.{f.Name}")
                {
                    Kind = Field,
                    Detail = FactDefinition.KindName(f.Kind),
                    Documentation = MarkupContent.Markdown(f.Omschrijving.Trim()),
                    TextEdit = new Protocol.TextEdit(edit, $"{variable.Name}.{f.Name}"),
                }));
            }

            return items;
        }

        items.AddRange(model.Facts
            .Where(f => f.Name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            .Select(f => new CompletionItem(f.Name)
            {
                Kind = f.Kind == FactKind.List ? Reference : Variable,
                Detail = FactDefinition.KindName(f.Kind) + (f.Eenheid is null ? string.Empty : $" ({f.Eenheid})"),
                Documentation = MarkupContent.Markdown(f.Omschrijving.Trim()),
                SortText = "1" + f.Name,
                TextEdit = new Protocol.TextEdit(edit, f.Name),
            }));
        if (dot < 0)
        {
            items.AddRange(variables
                .Where(v => v.Name.StartsWith(prefix, StringComparison.Ordinal))
                .Select(v => new CompletionItem(v.Name)
                {
                    Kind = Variable,
                    Detail = $"element van {v.List}",
                    SortText = "0" + v.Name,
                    TextEdit = new Protocol.TextEdit(edit, v.Name),
                }));
            items.AddRange(KeywordItems
                .Where(k => k.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
                .Select(k => new CompletionItem(k)
                {
                    Kind = Keyword,
                    Documentation = Keywords.Help.TryGetValue(k.Split(' ')[0], out var help) ? MarkupContent.Markdown(help) : null,
                    SortText = "2" + k,
                    TextEdit = new Protocol.TextEdit(edit, k),
                }));
        }

        return items;
    }

    /// <summary>
    /// After <c>=</c>, <c>!=</c> or inside <c>in [ … ]</c>: the values that fit the left side (the waarden of a keuze,
    /// or the oordelen after <c>oordeel(…)</c>). Null when the cursor is not in such a place.
    /// </summary>
    private static List<CompletionItem>? ValuesAfterOperator(ToetsContext toets, int start, NormModel model)
    {
        var quoteStart = start;
        if (quoteStart > 0 && toets.Text[quoteStart - 1] == '"')
        {
            quoteStart--;
        }

        var before = toets.TextBefore(quoteStart);
        string? left = null;
        if (AfterEquals().Match(before) is { Success: true } equals)
        {
            left = equals.Groups["left"].Value;
        }
        else if (InsideInList().Match(before) is { Success: true } inList)
        {
            left = inList.Groups["left"].Value;
        }

        if (left is null)
        {
            return null;
        }

        var end = toets.Index;
        if (quoteStart < start && end < toets.Text.Length && toets.Text[end] == '"')
        {
            end++;
        }

        var range = Positions.ToRange(toets.Condition.LocationOf(TextSpan.FromBounds(quoteStart, end)));
        if (left.EndsWith(')'))
        {
            return OordeelText.AllLabels.Select((label, i) => new CompletionItem(label)
            {
                Kind = Value,
                SortText = i.ToString("D2", System.Globalization.CultureInfo.InvariantCulture),
                TextEdit = new Protocol.TextEdit(range, label),
            }).ToList();
        }

        var choice = ResolveChoice(left, toets, model);
        return choice?.Choices.Select(c => new CompletionItem($"\"{c}\"")
        {
            Kind = Value,
            Detail = $"waarde van {choice.Name}",
            FilterText = $"\"{c}\"",
            TextEdit = new Protocol.TextEdit(range, $"\"{c}\""),
        }).ToList();
    }

    /// <summary>The keuze begrip (or keuze field of a quantifier variable) a name stands for, or null.</summary>
    private static FactDefinition? ResolveChoice(string name, ToetsContext toets, NormModel model)
    {
        var parts = name.Split('.');
        if (parts.Length == 2 && toets.VariablesInScope().FirstOrDefault(v => v.Name == parts[0]) is { } variable &&
            model.FactsByName.TryGetValue(variable.List, out var list) && list.FindField(parts[1]) is { Kind: FactKind.Choice } field)
        {
            return field;
        }

        return model.FactsByName.TryGetValue(name, out var fact) && fact.Kind == FactKind.Choice ? fact : null;
    }

    /// <summary>Norm ids in the <c>normen</c> of a kader thema, as a block list (<c>- id</c>) or a flow list (<c>[a, b]</c>).</summary>
    public static IReadOnlyList<CompletionItem> InKader(SourceFile file, int offset, NormModel model)
    {
        var text = file.Text;
        var lineStart = text.LastIndexOf('\n', Math.Max(0, offset - 1)) + 1;
        if (offset == 0)
        {
            lineStart = 0;
        }

        var line = text[lineStart..offset];
        var inFlow = FlowNormen().IsMatch(line);
        var inBlock = BlockItem().Match(line) is { Success: true } item && OwnerKey(text, lineStart, item.Groups["indent"].Length) == "normen";
        if (!inFlow && !inBlock)
        {
            return [];
        }

        var prefixStart = offset;
        while (prefixStart > lineStart && (char.IsLetterOrDigit(text[prefixStart - 1]) || text[prefixStart - 1] is '.' or '-' or '_'))
        {
            prefixStart--;
        }

        var range = Positions.ToRange(file, TextSpan.FromBounds(prefixStart, offset));
        var used = model.Kaders.Where(k => k.File?.Path == file.Path).SelectMany(k => k.Themas).SelectMany(t => t.Normen).Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        return model.Norms
            .Select(n => new CompletionItem(n.Id)
            {
                Kind = Reference,
                Detail = n.Titel + (used.Contains(n.Id) ? " (staat al in dit kader)" : string.Empty),
                SortText = (used.Contains(n.Id) ? "1" : "0") + n.Id,
                TextEdit = new Protocol.TextEdit(range, n.Id),
            })
            .ToList();
    }

    /// <summary>The key of the nearest line above that is indented less than a list item at <paramref name="indent"/>.</summary>
    private static string? OwnerKey(string text, int lineStart, int indent)
    {
        var end = lineStart - 1;
        while (end > 0)
        {
            var start = text.LastIndexOf('\n', end - 1) + 1;
            var line = text[start..end].TrimEnd('\r');
            var trimmed = line.TrimStart();
            var lineIndent = line.Length - trimmed.Length;
            if (trimmed.Length > 0 && !trimmed.StartsWith('#') && (lineIndent < indent || (lineIndent == indent && !trimmed.StartsWith('-'))))
            {
                var colon = trimmed.IndexOf(':');
                return colon > 0 ? trimmed[..colon].TrimStart('-', ' ') : null;
            }

            end = start - 1;
        }

        return null;
    }

    [GeneratedRegex(@"\boordeel\s*\($", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex VerdictOfOpen();

    [GeneratedRegex(@"(?<left>[A-Za-z_][A-Za-z0-9_.]*|oordeel\s*\(\s*[^)\s]*\s*\))\s*!?=$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AfterEquals();

    [GeneratedRegex(@"(?<left>[A-Za-z_][A-Za-z0-9_.]*|oordeel\s*\(\s*[^)\s]*\s*\))\s+(?:niet\s+)?in\s*\[(?:[^\]]*,)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex InsideInList();

    [GeneratedRegex(@"^\s*normen\s*:\s*\[[^\]]*$", RegexOptions.CultureInvariant)]
    private static partial Regex FlowNormen();

    [GeneratedRegex(@"^(?<indent>\s*)-\s*[A-Za-z0-9_.-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex BlockItem();
}
