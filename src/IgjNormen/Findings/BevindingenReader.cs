using IgjNormen.Diagnostics;
using IgjNormen.Loading;
using IgjNormen.Model;
using IgjNormen.Text;
using IgjNormen.Yaml;

namespace IgjNormen.Findings;

/// <summary>Reads bevindingen (YAML or JSON) and checks their facts against the begrippen of a model.</summary>
public static class BevindingenReader
{
    internal static readonly string[] RootKeys = ["aanbieder", "bezoek", "peildatum", "feiten", "oordelen"];
    internal static readonly string[] AanbiederKeys = ["naam", "kvk", "vestiging"];
    internal static readonly string[] BezoekKeys = ["datum", "kader", "inspecteur"];
    internal static readonly string[] OverrideKeys = ["oordeel", "motivering"];

    /// <summary>Reads a file; the result is null when it has errors (see the diagnostics).</summary>
    public static Bevindingen? ReadFile(string path, NormModel model, DiagnosticBag diagnostics, string? displayPath = null)
    {
        var file = SourceFileReader.Read(path, diagnostics, displayPath: displayPath);
        return file is null ? null : Read(file, model, diagnostics);
    }

    /// <summary>Reads bevindingen from text (YAML or JSON); <paramref name="path"/> names it in diagnostics.</summary>
    public static Bevindingen? ReadText(string text, NormModel model, DiagnosticBag diagnostics, string path = "bevindingen.yaml") =>
        Read(new SourceFile(path, text), model, diagnostics);

    public static Bevindingen? Read(SourceFile file, NormModel model, DiagnosticBag diagnostics)
    {
        var local = new DiagnosticBag();
        var root = YamlReader.Read(file, local);
        Bevindingen? result = null;
        if (root is not null)
        {
            result = Read(root, model, local);
        }

        diagnostics.AddRange(local.Items);
        return local.HasErrors ? null : result;
    }

    private static Bevindingen? Read(YNode root, NormModel model, DiagnosticBag diagnostics)
    {
        var reader = new MappingReader(root, root.Location, diagnostics, RootKeys);
        if (!reader.IsValid)
        {
            return null;
        }

        var aanbieder = new MappingReader(reader.Map("aanbieder", required: true), reader.KeyLocation("aanbieder"), diagnostics, AanbiederKeys);
        var naam = aanbieder.IsValid ? aanbieder.String("naam", required: true) : null;
        var kvk = aanbieder.IsValid ? aanbieder.String("kvk") : null;
        if (aanbieder.IsValid)
        {
            aanbieder.String("vestiging");
        }

        var bezoekNode = reader.Map("bezoek");
        DateOnly? bezoekdatum = null;
        string? kader = null;
        string? inspecteur = null;
        if (bezoekNode is not null)
        {
            var bezoek = new MappingReader(bezoekNode, bezoekNode.Location, diagnostics, BezoekKeys);
            bezoekdatum = bezoek.Date("datum");
            if (bezoek.Scalar("kader") is { } kaderScalar)
            {
                kader = kaderScalar.Value;
                if (!model.KadersById.ContainsKey(kader))
                {
                    // Reported here, at bezoek.kader, rather than by the evaluator at the top of the file.
                    diagnostics.Add(DiagnosticCodes.Bevindingen.UnknownKader, kaderScalar.Location, kader, Suggestions.Hint(kader, model.KadersById.Keys));
                }
            }

            inspecteur = bezoek.String("inspecteur");
        }

        var peildatum = reader.Date("peildatum");
        var facts = FactValueReader.Read(reader.Map("feiten"), model, diagnostics);
        var overrides = ReadOverrides(reader.Map("oordelen"), model, diagnostics);
        return new Bevindingen(new Aanbieder(naam ?? "(naam ontbreekt)", kvk), bezoekdatum, kader, inspecteur, peildatum, facts, overrides, root.File);
    }

    /// <summary>Reads <c>oordelen</c>: per norm id an oordeel and a required motivering.</summary>
    internal static List<Afwijking> ReadOverrides(YMapping? oordelen, NormModel model, DiagnosticBag diagnostics)
    {
        var result = new List<Afwijking>();
        foreach (var (key, node) in oordelen?.Entries ?? [])
        {
            if (!model.NormsById.ContainsKey(key.Value))
            {
                diagnostics.Add(DiagnosticCodes.Bevindingen.OverrideUnknownNorm, key.Location, key.Value, Suggestions.Hint(key.Value, model.NormsById.Keys));
                continue;
            }

            var entry = new MappingReader(node, key.Location, diagnostics, OverrideKeys);
            if (!entry.IsValid)
            {
                continue;
            }

            var oordeel = entry.Scalar("oordeel", required: true);
            var motivering = entry.String("motivering");
            if (oordeel is null)
            {
                continue;
            }

            if (!OordeelText.TryParse(oordeel.Value, out var parsed))
            {
                diagnostics.Add(DiagnosticCodes.Bevindingen.InvalidVerdict, oordeel.Location, oordeel.Value, string.Join(", ", OordeelText.AllLabels));
                continue;
            }

            if (string.IsNullOrWhiteSpace(motivering))
            {
                diagnostics.Add(DiagnosticCodes.Bevindingen.MissingMotivation, key.Location, key.Value);
                continue;
            }

            result.Add(new Afwijking(key.Value, parsed, motivering.Trim()) { Location = key.Location });
        }

        return result;
    }
}
