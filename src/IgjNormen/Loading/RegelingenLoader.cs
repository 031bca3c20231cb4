using IgjNormen.Diagnostics;
using IgjNormen.Model;
using IgjNormen.Yaml;

namespace IgjNormen.Loading;

/// <summary>Reads a *.regelingen.yaml file: the laws the norms cite and their provider-duty articles.</summary>
internal static class RegelingenLoader
{
    internal static readonly string[] RegelingKeys = ["afkorting", "naam", "bwb", "plichten"];
    internal static readonly string[] UnitKeys = ["artikel", "lid", "leden"];

    public static List<Regeling> Load(YNode root, DiagnosticBag diagnostics)
    {
        var result = new List<Regeling>();
        var file = new MappingReader(root, root.Location, diagnostics, "regelingen");
        foreach (var item in file.Sequence("regelingen", required: true)?.Items ?? [])
        {
            var reader = new MappingReader(item, item.Location, diagnostics, RegelingKeys);
            var afkorting = reader.String("afkorting", required: true);
            var naam = reader.String("naam", required: true);
            var bwb = reader.String("bwb", required: true);
            if (!reader.IsValid || afkorting is null || naam is null || bwb is null)
            {
                continue;
            }

            var units = new List<LegalUnit>();
            foreach (var unitNode in reader.Sequence("plichten")?.Items ?? [])
            {
                var unit = new MappingReader(unitNode, unitNode.Location, diagnostics, UnitKeys);
                var artikel = unit.String("artikel", required: true);
                if (artikel is null)
                {
                    continue;
                }

                var leden = unit.Scalars("leden").Select(s => s.Value).ToList();
                if (unit.String("lid") is { } lid)
                {
                    leden.Add(lid);
                }

                if (leden.Count == 0)
                {
                    units.Add(new LegalUnit(artikel));
                }
                else
                {
                    units.AddRange(leden.Select(l => new LegalUnit(artikel, l)));
                }
            }

            result.Add(new Regeling { Afkorting = afkorting, Naam = naam, Bwb = bwb, Plichten = units, Location = item.Location });
        }

        return result;
    }
}
