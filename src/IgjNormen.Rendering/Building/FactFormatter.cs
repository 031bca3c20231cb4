using System.Globalization;
using IgjNormen.Model;
using IgjNormen.Rendering.Documents;
using IgjNormen.Yaml;

namespace IgjNormen.Rendering.Building;

/// <summary>The feiten of a voorbeeld as written in its YAML, shown per begrip with Dutch values.</summary>
internal static class FactFormatter
{
    public static List<FeitDocument> Feiten(YMapping? feiten, NormModel model)
    {
        var rows = new List<FeitDocument>();
        if (feiten is not null)
        {
            Walk(feiten, string.Empty, model, rows);
        }

        return rows;
    }

    private static void Walk(YMapping mapping, string prefix, NormModel model, List<FeitDocument> rows)
    {
        foreach (var (key, node) in mapping.Entries)
        {
            var name = prefix.Length == 0 ? key.Value : prefix + "." + key.Value;
            if (model.FactsByName.TryGetValue(name, out var fact))
            {
                rows.Add(Feit(fact, node));
            }
            else if (node is YMapping nested)
            {
                Walk(nested, name, model, rows);
            }
            else
            {
                rows.Add(new FeitDocument { Naam = name, Omschrijving = string.Empty, Waarde = Raw(node) });
            }
        }
    }

    private static FeitDocument Feit(FactDefinition fact, YNode node)
    {
        if (fact.Kind != FactKind.List || node is not YSequence sequence)
        {
            return new FeitDocument { Naam = fact.Name, Omschrijving = fact.Omschrijving, Waarde = Value(fact, node) };
        }

        var elements = new List<ElementDocument>();
        foreach (var item in sequence.Items)
        {
            var fields = new List<VeldDocument>();
            if (item is YMapping record)
            {
                // In the order of the begrip's fields, so every element reads the same way.
                foreach (var field in fact.Fields)
                {
                    if (record[field.Name] is { } value)
                    {
                        fields.Add(new VeldDocument { Naam = field.Name, Label = Labels.Readable(field.Name), Waarde = Value(field, value) });
                    }
                }
            }

            elements.Add(new ElementDocument { Nummer = elements.Count + 1, Velden = fields });
        }

        var count = elements.Count == 0 ? "geen elementen (een lege lijst)" : DutchText.Count(elements.Count, "element", "elementen");
        return new FeitDocument { Naam = fact.Name, Omschrijving = fact.Omschrijving, Waarde = count, Elementen = elements };
    }

    /// <summary>A value as people read it: "ja", "6 januari 2025", "6 januari 2025 om 14:30", "1,5".</summary>
    public static string Value(FactDefinition fact, YNode node)
    {
        if (node is not YScalar scalar)
        {
            return Raw(node);
        }

        var text = scalar.Value.Trim();
        if (text == "onbekend" || scalar.IsNull)
        {
            return "onbekend";
        }

        switch (fact.Kind)
        {
            case FactKind.Boolean:
                return text switch { "ja" or "true" => "ja", "nee" or "false" => "nee", _ => text };
            case FactKind.Date when DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date):
                return DutchText.Date(date);
            case FactKind.DateTime when DateTime.TryParseExact(text, ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time):
                return DutchText.DateTime(time);
            case FactKind.Number when decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number):
                return fact.Eenheid is null ? DutchText.Number(number) : DutchText.Number(number) + " " + fact.Eenheid;
            default:
                return text;
        }
    }

    private static string Raw(YNode node) => node switch
    {
        YScalar s => s.Value,
        YSequence q => DutchText.Count(q.Items.Count, "element", "elementen"),
        _ => "…",
    };
}
