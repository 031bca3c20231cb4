using IgjNormen.Loading;
using IgjNormen.Text;

namespace IgjNormen.Tests.Support;

/// <summary>Builds models from in-memory files, the way the language server and other applications do.</summary>
public static class TestModel
{
    /// <summary>A small vocabulary used by many tests.</summary>
    public const string Begrippen = """
        begrippen:
          aanbieder.soort:
            type: keuze
            waarden: [instelling, solistisch]
            omschrijving: Soort aanbieder.
          aanbieder.aantal_zorgverleners:
            type: getal
            omschrijving: Aantal zorgverleners.
          aanbieder.naam:
            type: tekst
            omschrijving: Naam.
          klachten.regeling_aanwezig:
            type: ja/nee
            omschrijving: Er is een klachtenregeling.
          klachten.functionaris_beschikbaar:
            type: ja/nee
            omschrijving: Er is een klachtenfunctionaris.
          klachten.klachten:
            type: lijst
            omschrijving: De klachten.
            velden:
              ingediend_op: { type: datum, omschrijving: Ingediend op. }
              besluit_op: { type: datum, omschrijving: Besluit op. }
              verlengd: { type: ja/nee, omschrijving: Verlengd. }
          melding.noodsituatie_begin:
            type: tijdstip
            omschrijving: Begin van de noodsituatie.
          melding.besluit_op:
            type: tijdstip
            omschrijving: Tijdstip van het schriftelijke besluit.
          kwaliteit.laatste_toetsing_op:
            type: datum
            omschrijving: Datum van de laatste toetsing.
        """;

    public static LoadResult Load(params (string Path, string Text)[] files) =>
        NormModelLoader.Load(files.Select(f => new SourceFile(f.Path, f.Text)));

    /// <summary>The standard begrippen plus the given files.</summary>
    public static LoadResult WithBegrippen(params (string Path, string Text)[] files) =>
        Load([("norms/begrippen/test.begrippen.yaml", Begrippen), .. files]);

    /// <summary>A norm file with one version and the given criteria toetsen (ids c1, c2, …).</summary>
    public static string Norm(string id, string? toepassing = null, params string[] toetsen)
    {
        var lines = new List<string>
        {
            $"id: {id}",
            "titel: Testnorm",
            "soort: wettelijk",
            "bron: { regeling: Wkkgz, bwb: BWBR0037173, artikel: \"13\", lid: \"1\" }",
        };
        if (toepassing is not null)
        {
            lines.Add($"toepassing: '{toepassing.Replace("'", "''")}'");
        }

        lines.Add("versies:");
        lines.Add("  - geldig_vanaf: 2016-01-01");
        lines.Add("    status: vastgesteld");
        lines.Add("    criteria:");
        for (var i = 0; i < toetsen.Length; i++)
        {
            lines.Add($"      - id: c{i + 1}");
            lines.Add($"        tekst: Criterium {i + 1}.");
            lines.Add($"        toets: '{toetsen[i].Replace("'", "''")}'");
        }

        return string.Join("\n", lines) + "\n";
    }
}
