using IgjNormen.Diagnostics;
using IgjNormen.Model;
using IgjNormen.Yaml;

namespace IgjNormen.Loading;

/// <summary>Reads a *.kader.yaml file.</summary>
internal static class KaderLoader
{
    internal static readonly string[] KaderKeys = ["id", "titel", "versie", "geldig_vanaf", "status", "doelgroep", "inleiding", "themas"];
    internal static readonly string[] ThemaKeys = ["id", "titel", "toelichting", "normen"];

    public static Kader? Load(YNode root, string expectedId, DiagnosticBag diagnostics)
    {
        var reader = new MappingReader(root, root.Location, diagnostics, KaderKeys);
        if (!reader.IsValid)
        {
            return null;
        }

        var idScalar = reader.Scalar("id", required: true);
        var titel = reader.String("titel", required: true);
        if (idScalar is null || titel is null)
        {
            return null;
        }

        if (idScalar.Value != expectedId)
        {
            diagnostics.Add(DiagnosticCodes.Structure.IdMismatch, idScalar.Location, idScalar.Value, expectedId + ".kader.yaml");
        }

        var themas = new List<Thema>();
        foreach (var item in reader.Sequence("themas", required: true)?.Items ?? [])
        {
            var thema = new MappingReader(item, item.Location, diagnostics, ThemaKeys);
            var id = thema.String("id", required: true);
            var themaTitel = thema.String("titel", required: true);
            if (!thema.IsValid || id is null || themaTitel is null)
            {
                continue;
            }

            themas.Add(new Thema
            {
                Id = id,
                Titel = themaTitel,
                Toelichting = thema.String("toelichting"),
                Normen = thema.Scalars("normen").Select(s => new NormReference { Id = s.Value, Location = s.Location }).ToList(),
                Location = item.Location,
            });
        }

        return new Kader
        {
            Id = idScalar.Value,
            Titel = titel,
            Versie = reader.String("versie"),
            GeldigVanaf = reader.Date("geldig_vanaf"),
            Status = reader.Choice("status", NormLoader.Statuses) ?? VersionStatus.Concept,
            Doelgroep = reader.String("doelgroep"),
            Inleiding = reader.String("inleiding"),
            Themas = themas,
            File = root.File,
            IdLocation = idScalar.Location,
        };
    }
}
