using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using IgjNormen.LanguageServer.Protocol;
using IgjNormen.Model;
using IgjNormen.Schemas;
using IgjNormen.Syntax;
using IgjNormen.Text;
using IgjNormen.Yaml;

namespace IgjNormen.LanguageServer.Features;

/// <summary>
/// Hover, completion, go to definition, find references, document symbols and code actions, answered from the
/// checked model of the <see cref="ServerWorkspace"/>. Every method returns null or an empty list when it has nothing
/// to say; none throws on a broken file.
/// </summary>
internal sealed partial class LanguageFeatures(ServerWorkspace workspace)
{
    private NormModel Model => workspace.Check().Model;

    // ------------------------------------------------------------------ what is under the cursor

    /// <summary>The symbol at a file offset and the span (in the file) of the name that names it.</summary>
    public (SymbolRef Symbol, SourceLocation Location)? SymbolAt(string path, int offset)
    {
        var model = Model;
        var norm = workspace.NormIn(path);
        if (ToetsContext.At(norm, offset) is { } toets)
        {
            return SymbolInToets(toets, model);
        }

        if (norm is not null && Contains(norm.IdLocation, offset))
        {
            return (new NormRef(norm.Id), norm.IdLocation);
        }

        if (workspace.KaderIn(path) is { } kader)
        {
            if (Contains(kader.IdLocation, offset))
            {
                return (new KaderRef(kader.Id), kader.IdLocation);
            }

            foreach (var reference in kader.Themas.SelectMany(t => t.Normen))
            {
                if (Contains(reference.Location, offset))
                {
                    return (new NormRef(reference.Id), reference.Location);
                }
            }
        }

        foreach (var fact in model.Facts.Where(f => f.Location.Path == path))
        {
            if (Contains(fact.Location, offset))
            {
                return (new FactRef(fact), fact.Location);
            }

            foreach (var field in fact.Fields)
            {
                if (Contains(field.Location, offset))
                {
                    return (new FieldRef(fact, field), field.Location);
                }
            }
        }

        if (workspace.IsBevindingen(path) && workspace.RootOf(path) is YMapping root)
        {
            if (root["oordelen"] is YMapping overrides)
            {
                foreach (var (key, _) in overrides.Entries)
                {
                    if (Contains(key.Location, offset))
                    {
                        return (new NormRef(key.Value), key.Location);
                    }
                }
            }

            if (root["bezoek"] is YMapping bezoek && bezoek["kader"] is YScalar kaderId && Contains(kaderId.Location, offset))
            {
                return (new KaderRef(kaderId.Value), kaderId.Location);
            }
        }

        return null;
    }

    private static (SymbolRef, SourceLocation)? SymbolInToets(ToetsContext toets, NormModel model)
    {
        if (toets.NormIdAt() is { } normId)
        {
            return (new NormRef(normId.Id), toets.Condition.LocationOf(normId.Span));
        }

        if (toets.WordAt() is not { } word || Keywords.IsKeyword(word.Word))
        {
            return null;
        }

        var parts = word.Word.Split('.');
        var variable = ToetsContext.Variables(toets.Text).LastOrDefault(v => v.Name == parts[0] && v.Span.Start <= word.Span.Start);
        if (variable is not null)
        {
            if (parts.Length == 1 || toets.Index <= word.Span.Start + parts[0].Length)
            {
                return (new VariableRef(variable, toets.Condition), toets.Condition.LocationOf(new TextSpan(word.Span.Start, parts[0].Length)));
            }

            if (model.FactsByName.TryGetValue(variable.List, out var list) && list.FindField(parts[1]) is { } field)
            {
                var start = word.Span.Start + parts[0].Length + 1;
                return (new FieldRef(list, field), toets.Condition.LocationOf(new TextSpan(start, parts[1].Length)));
            }

            return null;
        }

        return model.FactsByName.TryGetValue(word.Word, out var fact)
            ? (new FactRef(fact), toets.Condition.LocationOf(word.Span))
            : null;
    }

    private static bool Contains(SourceLocation location, int offset) =>
        location.File is not null && offset >= location.Span.Start && offset <= location.Span.End;

    // ------------------------------------------------------------------ hover

    public Hover? Hover(string path, int offset)
    {
        var file = workspace.GetFile(path);
        if (file is null)
        {
            return null;
        }

        if (SymbolAt(path, offset) is { } found)
        {
            var text = Describe(found.Symbol);
            return text is null ? null : new Hover(MarkupContent.Markdown(text), Positions.ToRange(found.Location));
        }

        if (ToetsContext.At(workspace.NormIn(path), offset) is { } toets && toets.WordAt() is { } word && KeywordHelp(word.Word) is { } help)
        {
            return new Hover(MarkupContent.Markdown(help), Positions.ToRange(toets.Condition.LocationOf(word.Span)));
        }

        return null;
    }

    private static string? KeywordHelp(string word)
    {
        var lower = word.ToLowerInvariant();
        if (Keywords.Help.TryGetValue(lower, out var help))
        {
            return $"**{lower}** (sleutelwoord)\n\n{help}";
        }

        return lower switch
        {
            "ja" or "nee" => $"**{lower}**: een ja/nee-waarde.",
            "bekend" or "onbekend" => $"**is {lower}**: of het feit in de bevindingen staat (nooit zelf onbekend).",
            "voldoet" or "grotendeels" or "van" or "toepassing" or "te" or "beoordelen" or "kracht" =>
                $"**{lower}**: deel van een oordeel ({string.Join(", ", OordeelText.AllLabels)}), te vergelijken met `oordeel(norm-id)`.",
            "uur" or "uren" or "dag" or "dagen" or "werkdag" or "werkdagen" or "week" or "weken" or "maand" or "maanden" or "jaar" or "jaren" =>
                $"**{lower}**: eenheid van een duur, op te tellen bij een datum of tijdstip (`d + 6 weken`). Werkdagen slaan weekend en algemeen erkende feestdagen over.",
            _ => null,
        };
    }

    public string? Describe(SymbolRef symbol)
    {
        var model = Model;
        switch (symbol)
        {
            case FactRef { Fact: var fact }:
                return DescribeFact(fact.Name, fact) + $"\n\n*Begrip uit* `{fact.Location.Path}`";
            case FieldRef { List: var list, Field: var field }:
                return DescribeFact($"{field.Name}", field) + $"\n\n*Veld van een element van* `{list.Name}`";
            case VariableRef { Variable: var variable }:
                var text = new StringBuilder($"**{variable.Name}**: een element van `{variable.List}`");
                if (model.FactsByName.TryGetValue(variable.List, out var listFact) && listFact.Fields.Count > 0)
                {
                    text.Append("\n\nVelden: ").AppendJoin(", ", listFact.Fields.Select(f => $"`{variable.Name}.{f.Name}` ({FactDefinition.KindName(f.Kind)})"));
                }

                return text.ToString();
            case NormRef { Id: var id }:
                return model.NormsById.TryGetValue(id, out var norm) ? DescribeNorm(norm, model) : $"Onbekende norm `{id}`.";
            case KaderRef { Id: var kaderId }:
                if (!model.KadersById.TryGetValue(kaderId, out var kader))
                {
                    return $"Onbekend kader `{kaderId}`.";
                }

                var about = new StringBuilder($"**{kader.Titel}** (kader `{kader.Id}`");
                if (kader.Versie is not null)
                {
                    about.Append(", versie ").Append(kader.Versie);
                }

                about.Append(")\n\n");
                if (kader.Doelgroep is not null)
                {
                    about.Append("Doelgroep: ").Append(kader.Doelgroep).Append("\n\n");
                }

                about.Append(kader.Themas.Count).Append(" thema's, ").Append(kader.Themas.Sum(t => t.Normen.Count)).Append(" normen.");
                return about.ToString();
            default:
                return null;
        }
    }

    private static string DescribeFact(string name, FactDefinition fact)
    {
        var text = new StringBuilder($"**{name}**: {FactDefinition.KindName(fact.Kind)}");
        if (fact.Eenheid is not null)
        {
            text.Append(" (").Append(fact.Eenheid).Append(')');
        }

        text.Append("\n\n").Append(fact.Omschrijving.Trim());
        if (fact.Kind == FactKind.Choice)
        {
            text.Append("\n\nWaarden: ").AppendJoin(", ", fact.Choices.Select(c => $"`\"{c}\"`"));
        }

        if (fact.Kind == FactKind.List)
        {
            text.Append("\n\nVelden: ").AppendJoin(", ", fact.Fields.Select(f => $"`{f.Name}` ({FactDefinition.KindName(f.Kind)})"));
        }

        return text.ToString();
    }

    private static string DescribeNorm(Norm norm, NormModel model)
    {
        var text = new StringBuilder($"**{norm.Titel}**\n\n`{norm.Id}` · {(norm.Soort == NormSoort.Wettelijk ? "wettelijk" : "veldnorm")}");
        foreach (var source in norm.Bronnen)
        {
            text.Append("\n\nBron: ");
            var link = source.Link();
            text.Append(link is null ? source.Citation : $"[{source.Citation}]({link})");
        }

        if (norm.Versies.Count > 0)
        {
            text.Append("\n\nVersies: ").AppendJoin(", ", norm.Versies.Select(v =>
                $"vanaf {v.GeldigVanaf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} ({(v.Status == VersionStatus.Vastgesteld ? "vastgesteld" : "concept")})"));
        }

        var uses = model.Kaders
            .SelectMany(k => k.Themas.Where(t => t.Normen.Any(r => r.Id == norm.Id)).Select(t => $"{k.Titel} (`{k.Id}`), thema {t.Titel}"))
            .ToList();
        text.Append("\n\n").Append(uses.Count == 0 ? "In geen kader." : "Kaders: " + string.Join("; ", uses));
        return text.ToString();
    }

    // ------------------------------------------------------------------ definition and references

    public IReadOnlyList<Protocol.Location> Definition(string path, int offset)
    {
        if (SymbolAt(path, offset) is not { } found || DeclarationOf(found.Symbol) is not { } declaration)
        {
            return [];
        }

        return [ToLocation(declaration)];
    }

    private SourceLocation? DeclarationOf(SymbolRef symbol)
    {
        var model = Model;
        return symbol switch
        {
            FactRef f => f.Fact.Location,
            FieldRef f => f.Field.Location,
            NormRef n when model.NormsById.TryGetValue(n.Id, out var norm) => norm.IdLocation,
            KaderRef k when model.KadersById.TryGetValue(k.Id, out var kader) => kader.IdLocation,
            VariableRef v => v.Condition.LocationOf(v.Variable.Span),
            _ => null,
        };
    }

    public IReadOnlyList<Protocol.Location> References(string path, int offset, bool includeDeclaration)
    {
        if (SymbolAt(path, offset) is not { } found)
        {
            return [];
        }

        var model = Model;
        var result = new List<SourceLocation>();
        if (includeDeclaration && DeclarationOf(found.Symbol) is { } declaration)
        {
            result.Add(declaration);
        }

        switch (found.Symbol)
        {
            case VariableRef v:
                foreach (Match use in Regex.Matches(v.Condition.Text, $@"(?<![\w.]){Regex.Escape(v.Variable.Name)}(?![\w])", RegexOptions.CultureInvariant))
                {
                    if (use.Index != v.Variable.Span.Start)
                    {
                        result.Add(v.Condition.LocationOf(new TextSpan(use.Index, use.Length)));
                    }
                }

                break;
            case NormRef n:
                result.AddRange(model.Kaders.SelectMany(k => k.Themas).SelectMany(t => t.Normen).Where(r => r.Id == n.Id).Select(r => r.Location));
                result.AddRange(SymbolUses.InConditions(model.Norms, n).Select(u => u.Condition.LocationOf(u.Span)));
                break;
            default:
                result.AddRange(SymbolUses.InConditions(model.Norms, found.Symbol).Select(u => u.Condition.LocationOf(u.Span)));
                break;
        }

        return result
            .Where(l => l.File is not null)
            .DistinctBy(l => (l.Path, l.Span))
            .OrderBy(l => l.Path, StringComparer.Ordinal).ThenBy(l => l.Span.Start)
            .Select(ToLocation)
            .ToList();
    }

    private Protocol.Location ToLocation(SourceLocation location) => new(workspace.UriOf(location.Path), Positions.ToRange(location));

    // ------------------------------------------------------------------ completion

    public CompletionList Completion(string path, int offset)
    {
        var file = workspace.GetFile(path);
        if (file is null)
        {
            return new CompletionList(false, []);
        }

        if (ToetsContext.At(workspace.NormIn(path), offset) is { } toets)
        {
            return new CompletionList(true, Completions.InToets(toets, Model));
        }

        if (workspace.KaderIn(path) is not null || path.EndsWith(".kader.yaml", StringComparison.Ordinal))
        {
            return new CompletionList(false, Completions.InKader(file, offset, Model));
        }

        return new CompletionList(false, []);
    }

    // ------------------------------------------------------------------ document symbols

    public IReadOnlyList<DocumentSymbol> DocumentSymbols(string path)
    {
        var file = workspace.GetFile(path);
        if (file is null)
        {
            return [];
        }

        var whole = Positions.ToRange(file, new TextSpan(0, file.Text.Length));
        if (workspace.NormIn(path) is { } norm)
        {
            var versions = norm.Versies.Select(v =>
            {
                var range = Positions.ToRange(v.Location);
                var criteria = v.Criteria.Select(c =>
                {
                    var criterionRange = Positions.ToRange(c.Location);
                    return new DocumentSymbol(c.Id, Shorten(c.Tekst), 12, criterionRange, criterionRange, null);
                }).ToList();
                var name = "versie vanaf " + v.GeldigVanaf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                return new DocumentSymbol(name, v.Status == VersionStatus.Vastgesteld ? "vastgesteld" : "concept", 23, range, range, criteria);
            }).ToList();
            var examples = norm.Voorbeelden.Select(e =>
            {
                var range = Positions.ToRange(e.Location);
                return new DocumentSymbol(e.Naam, e.Verwacht?.Label(), 22, range, range, null);
            }).ToList();
            if (examples.Count > 0)
            {
                var first = examples[0].Range;
                var last = examples[^1].Range;
                versions.Add(new DocumentSymbol("voorbeelden", $"{examples.Count}", 2, new Protocol.Range(first.Start, last.End), first, examples));
            }

            return [new DocumentSymbol(norm.Id, norm.Titel, 5, whole, Positions.ToRange(norm.IdLocation), versions)];
        }

        if (workspace.KaderIn(path) is { } kader)
        {
            var themas = kader.Themas.Select(t =>
            {
                var range = Positions.ToRange(t.Location);
                var normen = t.Normen.Select(r =>
                {
                    var normRange = Positions.ToRange(r.Location);
                    return new DocumentSymbol(r.Id, r.Norm?.Titel, 18, normRange, normRange, null);
                }).ToList();
                return new DocumentSymbol(t.Titel, t.Id, 2, range, range, normen);
            }).ToList();
            return [new DocumentSymbol(kader.Id, kader.Titel, 5, whole, Positions.ToRange(kader.IdLocation), themas)];
        }

        return Model.Facts.Where(f => f.Location.Path == path).Select(f =>
        {
            var range = Positions.ToRange(f.Location);
            var fields = f.Fields.Select(field =>
            {
                var fieldRange = Positions.ToRange(field.Location);
                return new DocumentSymbol(field.Name, FactDefinition.KindName(field.Kind), 8, fieldRange, fieldRange, null);
            }).ToList();
            return new DocumentSymbol(f.Name, FactDefinition.KindName(f.Kind), 13, range, range, fields.Count > 0 ? fields : null);
        }).ToList();
    }

    private static string Shorten(string text)
    {
        var flat = string.Join(' ', text.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries));
        return flat.Length <= 80 ? flat : flat[..79] + "…";
    }

    // ------------------------------------------------------------------ code actions

    private static readonly HashSet<string> SuggestionCodes = new(StringComparer.Ordinal)
    {
        "IGJ1101", "IGJ1301", "IGJ1307", "IGJ1308", "IGJ1402", "IGJ1501", "IGJ1504", "IGJ1505",
    };

    /// <summary>"Bedoelde u …?" fixes, and the schema line for IGJ1110, for the diagnostics the client sends along.</summary>
    public IReadOnlyList<CodeAction> CodeActions(string uri, string path, IReadOnlyList<LspDiagnostic> diagnostics)
    {
        var text = workspace.GetText(path);
        if (text is null)
        {
            return [];
        }

        var actions = new List<CodeAction>();
        foreach (var diagnostic in diagnostics)
        {
            if (diagnostic.Code == "IGJ1110" && SchemaLine(path) is { } line)
            {
                var start = new Position(0, 0);
                var edit = new WorkspaceEdit(new Dictionary<string, IReadOnlyList<Protocol.TextEdit>> { [uri] = [new Protocol.TextEdit(new Protocol.Range(start, start), line + "\n")] });
                actions.Add(new CodeAction("Voeg de schemaregel toe", "quickfix", [diagnostic], edit) { IsPreferred = true });
                continue;
            }

            if (!SuggestionCodes.Contains(diagnostic.Code ?? string.Empty) || Suggestion().Match(diagnostic.Message ?? string.Empty) is not { Success: true } match)
            {
                continue;
            }

            var suggestion = match.Groups[1].Value;
            var from = Positions.ToOffset(text, diagnostic.Range.Start);
            var to = Math.Max(from, Positions.ToOffset(text, diagnostic.Range.End));
            var current = text[from..to];
            var replacement = suggestion;
            if (diagnostic.Code == "IGJ1307" && current.LastIndexOf('.') is var dot and >= 0)
            {
                replacement = current[..(dot + 1)] + suggestion;
            }
            else if (diagnostic.Code == "IGJ1501" && !current.Contains('.', StringComparison.Ordinal))
            {
                // A fact in bevindingen is nested: the key is the last part of the dotted name.
                replacement = suggestion[(suggestion.LastIndexOf('.') + 1)..];
            }
            else if (current.Length >= 2 && current[0] is '"' or '\'' && current[^1] == current[0])
            {
                replacement = current[0] + suggestion + current[0];
            }

            var change = new WorkspaceEdit(new Dictionary<string, IReadOnlyList<Protocol.TextEdit>> { [uri] = [new Protocol.TextEdit(diagnostic.Range, replacement)] });
            actions.Add(new CodeAction($"Vervang door '{suggestion}'", "quickfix", [diagnostic], change) { IsPreferred = true });
        }

        return actions;
    }

    /// <summary>The schema line for a file: the path from its folder to <c>schemas/</c> in the workspace folder.</summary>
    private string? SchemaLine(string path)
    {
        var schema = FileSchemas.SchemaFileFor(path);
        var full = workspace.FullPathOf(path);
        if (schema is null || full is null)
        {
            return null;
        }

        var folder = Path.GetDirectoryName(full);
        while (folder is not null && !Directory.Exists(Path.Combine(folder, "schemas")))
        {
            folder = Path.GetDirectoryName(folder);
        }

        var schemas = folder is null ? Path.Combine(workspace.Root ?? Path.GetDirectoryName(full)!, "schemas") : Path.Combine(folder, "schemas");
        return FileSchemas.HeaderLine(FileSchemas.RelativeSchemaPath(full, schemas, schema));
    }

    [GeneratedRegex(@"Bedoelde u '([^']+)'\?", RegexOptions.CultureInvariant)]
    private static partial Regex Suggestion();
}
