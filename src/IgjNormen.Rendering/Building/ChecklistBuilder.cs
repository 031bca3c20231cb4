using System.Globalization;
using IgjNormen.Model;
using IgjNormen.Rendering.Documents;
using IgjNormen.Syntax;

namespace IgjNormen.Rendering.Building;

/// <summary>
/// Builds an inspector's checklist: per norm the begrippen its criteria and toepassing read (Condition.Facts), and for
/// a lijst the fields the toetsen read.
/// </summary>
internal static class ChecklistBuilder
{
    public static ChecklistDocument Build(Kader kader, DateOnly peildatum, DocumentFormat format)
    {
        var themas = new List<ChecklistThema>();
        var all = new HashSet<string>(StringComparer.Ordinal);
        for (var t = 0; t < kader.Themas.Count; t++)
        {
            var thema = kader.Themas[t];
            var normen = new List<ChecklistNorm>();
            foreach (var norm in thema.Normen.Select(r => r.Norm).OfType<Norm>())
            {
                var version = norm.VersionOn(peildatum);
                var toepassing = version is null ? null : version.Toepassing ?? norm.Toepassing;
                var conditions = new List<Condition>();
                if (toepassing is not null)
                {
                    conditions.Add(toepassing);
                }

                conditions.AddRange(version?.Criteria.Select(c => c.Toets) ?? []);
                var begrippen = Begrippen(conditions);
                all.UnionWith(begrippen.Select(b => b.Naam));
                normen.Add(new ChecklistNorm
                {
                    Id = norm.Id,
                    Anker = norm.Id,
                    KaderAnker = norm.Id,
                    Nummer = $"{t + 1}.{normen.Count + 1}",
                    Titel = norm.Titel,
                    Soort = Labels.Soort(norm.Soort),
                    Bronnen = string.Join("; ", KaderDocumentBuilder.Sources(norm, peildatum).Select(b => b.Citation)),
                    VanKracht = version is not null,
                    Toepassing = toepassing is null ? null : ToetsLayout.Of(toepassing).Flat,
                    Begrippen = begrippen,
                });
            }

            themas.Add(new ChecklistThema
            {
                Id = thema.Id,
                Anker = "thema-" + thema.Id,
                Nummer = (t + 1).ToString(CultureInfo.InvariantCulture),
                Titel = thema.Titel,
                Normen = normen,
            });
        }

        var paths = SitePaths.For(kader.Id, format);
        return new ChecklistDocument
        {
            KaderId = kader.Id,
            KaderTitel = kader.Titel,
            KaderVersie = kader.Versie,
            KaderStatus = Labels.Status(kader.Status),
            Peildatum = DutchText.Date(peildatum),
            PeildatumIso = DutchText.Iso(peildatum),
            KaderPad = paths.Kader,
            Pad = paths.Checklist,
            Themas = themas,
            AantalBegrippen = all.Count,
        };
    }

    private static List<BegripDocument> Begrippen(IReadOnlyList<Condition> conditions)
    {
        var facts = new List<FactDefinition>();
        var fields = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var condition in conditions)
        {
            foreach (var fact in condition.Facts.Where(f => !facts.Contains(f)))
            {
                facts.Add(fact);
            }

            if (condition.Syntax is { } syntax)
            {
                CollectFields(syntax, new Dictionary<string, string>(StringComparer.Ordinal), fields);
            }
        }

        return facts.Select(f => Begrip(f, fields.GetValueOrDefault(f.Name))).ToList();
    }

    public static BegripDocument Begrip(FactDefinition fact, IReadOnlySet<string>? usedFields = null)
    {
        // A lijst shows the fields its toetsen read, and its first field when that is text: the usual way to tell the
        // elements apart (kenmerk). With no field read by name, every field.
        var shownFields = fact.Kind != FactKind.List
            ? []
            : usedFields is { Count: > 0 }
                ? fact.Fields.Where((f, i) => usedFields.Contains(f.Name) || (i == 0 && f.Kind == FactKind.Text)).ToList()
                : fact.Fields.ToList();
        return new BegripDocument
        {
            Naam = fact.Name,
            Omschrijving = fact.Omschrijving,
            Type = FactDefinition.KindName(fact.Kind),
            Eenheid = fact.Eenheid,
            Waarden = fact.Choices,
            Invullen = Invullen(fact),
            IsLijst = fact.Kind == FactKind.List,
            Velden = shownFields.Select(f => Begrip(f)).ToList(),
        };
    }

    private static string Invullen(FactDefinition fact) => fact.Kind switch
    {
        FactKind.Boolean => "ja / nee",
        FactKind.Number => fact.Eenheid is null ? "getal" : $"getal ({fact.Eenheid})",
        FactKind.Text => "tekst",
        FactKind.Date => "datum",
        FactKind.DateTime => "datum en tijd",
        FactKind.Choice => DutchText.Enumerate(fact.Choices, "of"),
        _ => "per element de velden hieronder",
    };

    /// <summary>Finds <c>v.veld</c> for every kwantor or aantal variable <c>v</c> over a lijst-begrip.</summary>
    private static void CollectFields(Expr expr, Dictionary<string, string> scope, Dictionary<string, HashSet<string>> fields)
    {
        switch (expr)
        {
            case QuantifierExpr q:
                CollectFields(q.List, scope, fields);
                Within(q.Variable, q.List, scope, inner => CollectFields(q.Body, inner, fields));
                break;
            case CountExpr c:
                CollectFields(c.List, scope, fields);
                if (c.Variable is not null && c.Condition is not null)
                {
                    Within(c.Variable, c.List, scope, inner => CollectFields(c.Condition, inner, fields));
                }

                break;
            case NameExpr n when n.Parts.Count >= 2 && scope.TryGetValue(n.Parts[0], out var list):
                if (!fields.TryGetValue(list, out var set))
                {
                    fields[list] = set = new HashSet<string>(StringComparer.Ordinal);
                }

                set.Add(n.Parts[1]);
                break;
            case NotExpr n: CollectFields(n.Operand, scope, fields); break;
            case NegateExpr n: CollectFields(n.Operand, scope, fields); break;
            case BinaryExpr b: CollectFields(b.Left, scope, fields); CollectFields(b.Right, scope, fields); break;
            case InExpr i: CollectFields(i.Value, scope, fields); CollectFields(i.List, scope, fields); break;
            case IsKnownExpr k: CollectFields(k.Value, scope, fields); break;
            case BetweenExpr t: CollectFields(t.Value, scope, fields); CollectFields(t.Low, scope, fields); CollectFields(t.High, scope, fields); break;
            case ListExpr l:
                foreach (var item in l.Items)
                {
                    CollectFields(item, scope, fields);
                }

                break;
        }
    }

    private static void Within(string variable, Expr list, Dictionary<string, string> scope, Action<Dictionary<string, string>> body)
    {
        var inner = new Dictionary<string, string>(scope, StringComparer.Ordinal);
        if (list is NameExpr name)
        {
            inner[variable] = name.FullName;
        }
        else
        {
            inner.Remove(variable);
        }

        body(inner);
    }
}
