using IgjNormen.Diagnostics;
using IgjNormen.Model;
using IgjNormen.Syntax;
using IgjNormen.Text;
using IgjNormen.Yaml;

namespace IgjNormen.Loading;

/// <summary>Reads a *.begrippen.yaml file into fact definitions.</summary>
internal static class BegrippenLoader
{
    internal static readonly string[] FactKeys = ["type", "omschrijving", "eenheid", "waarden", "velden"];

    public static List<FactDefinition> Load(YNode root, DiagnosticBag diagnostics)
    {
        var result = new List<FactDefinition>();
        var file = new MappingReader(root, root.Location, diagnostics, "begrippen");
        var begrippen = file.Map("begrippen", required: true);
        if (begrippen is null)
        {
            return result;
        }

        foreach (var (key, value) in begrippen.Entries)
        {
            var name = key.Value;
            if (!Names.FactName().IsMatch(name))
            {
                diagnostics.Add(DiagnosticCodes.Structure.InvalidName, key.Location, name, "gebruik kleine letters, cijfers en '_', met punten tussen de delen");
                continue;
            }

            if (Keywords.IsKeyword(name.Split('.')[0]))
            {
                diagnostics.Add(DiagnosticCodes.Structure.InvalidName, key.Location, name, $"'{name.Split('.')[0]}' is een sleutelwoord van de toetstaal");
                continue;
            }

            var fact = ReadFact(name, key, value, diagnostics, allowList: true);
            if (fact is not null)
            {
                result.Add(fact);
            }
        }

        return result;
    }

    private static FactDefinition? ReadFact(string name, YScalar key, YNode node, DiagnosticBag diagnostics, bool allowList)
    {
        var reader = new MappingReader(node, key.Location, diagnostics, FactKeys);
        if (!reader.IsValid)
        {
            return null;
        }

        var typeScalar = reader.Scalar("type", required: true);
        var omschrijving = reader.String("omschrijving", required: true);
        if (typeScalar is null || omschrijving is null)
        {
            return null;
        }

        if (!FactDefinition.TryParseKind(typeScalar.Value, out var kind) || (!allowList && kind == FactKind.List))
        {
            var allowed = allowList ? "ja/nee, getal, tekst, datum, tijdstip, keuze, lijst" : "ja/nee, getal, tekst, datum, tijdstip, keuze (een veld is geen lijst)";
            diagnostics.Add(DiagnosticCodes.Structure.InvalidValue, typeScalar.Location, typeScalar.Value, "type", allowed);
            return null;
        }

        var choices = reader.Scalars("waarden").Select(s => s.Value).ToList();
        if (kind == FactKind.Choice && choices.Count == 0)
        {
            diagnostics.Add(DiagnosticCodes.Structure.MissingKey, key.Location, "waarden");
        }
        else if (kind != FactKind.Choice && reader.Node("waarden") is { } waarden)
        {
            diagnostics.Add(DiagnosticCodes.Structure.UnknownKey, waarden.Location, "waarden", " Alleen een keuze heeft waarden.");
        }

        var fields = new List<FactDefinition>();
        if (kind == FactKind.List)
        {
            var velden = reader.Map("velden", required: true);
            foreach (var (fieldKey, fieldNode) in velden?.Entries ?? [])
            {
                if (!Names.FieldName().IsMatch(fieldKey.Value))
                {
                    diagnostics.Add(DiagnosticCodes.Structure.InvalidName, fieldKey.Location, fieldKey.Value, "een veld heeft één deel van kleine letters, cijfers en '_'");
                    continue;
                }

                if (ReadFact(fieldKey.Value, fieldKey, fieldNode, diagnostics, allowList: false) is { } field)
                {
                    field.Index = fields.Count;
                    fields.Add(field);
                }
            }
        }
        else if (reader.Node("velden") is { } velden)
        {
            diagnostics.Add(DiagnosticCodes.Structure.UnknownKey, velden.Location, "velden", " Alleen een lijst heeft velden.");
        }

        var fact = new FactDefinition
        {
            Name = name,
            Kind = kind,
            Omschrijving = omschrijving,
            Eenheid = reader.String("eenheid"),
            Choices = choices,
            Fields = fields,
            Location = key.Location,
        };
        foreach (var field in fields)
        {
            field.Parent = fact;
        }

        return fact;
    }
}
