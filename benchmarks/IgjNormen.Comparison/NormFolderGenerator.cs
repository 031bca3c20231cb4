using System.Globalization;
using System.Text;

namespace IgjNormen.Comparison;

/// <summary>
/// Writes a large, valid norms folder for the cold-start measurement (docs/prestaties.md): begrippen, one kader and
/// <c>count</c> norms of the shape policy staff write (three criteria each: a ja/nee fact, a deadline in working days
/// over a list, a combination with 'of' and a count; a toepassing on every fourth norm; two voorbeelden each), so
/// that loading parses, type-checks and cross-checks as much as in the shipped corpus, per norm.
/// </summary>
public static class NormFolderGenerator
{
    /// <summary>Number of begrippen groups; the norms spread over them.</summary>
    private const int Groups = 50;

    public static void Write(string folder, int count)
    {
        Directory.CreateDirectory(Path.Combine(folder, "begrippen"));
        Directory.CreateDirectory(Path.Combine(folder, "kaders"));
        Directory.CreateDirectory(Path.Combine(folder, "gen"));
        var begrippen = new StringBuilder("begrippen:\n");
        for (var g = 0; g < Groups; g++)
        {
            begrippen.Append(CultureInfo.InvariantCulture, $"""
                  g{g}.regeling_aanwezig:
                    type: ja/nee
                    omschrijving: Er is een regeling (groep {g}).
                  g{g}.functionaris_aangewezen:
                    type: ja/nee
                    omschrijving: Er is een functionaris aangewezen (groep {g}).
                  g{g}.soort:
                    type: keuze
                    waarden: [instelling, solistisch]
                    omschrijving: Het soort aanbieder (groep {g}).
                  g{g}.meldingen:
                    type: lijst
                    omschrijving: De meldingen (groep {g}).
                    velden:
                      kenmerk: {"{"} type: tekst, omschrijving: Kenmerk. {"}"}
                      vastgesteld_op: {"{"} type: datum, omschrijving: Vastgesteld op. {"}"}
                      gemeld: {"{"} type: ja/nee, omschrijving: Gemeld. {"}"}
                      gemeld_op: {"{"} type: datum, omschrijving: Gemeld op. {"}"}

                """);
        }

        File.WriteAllText(Path.Combine(folder, "begrippen", "gen.begrippen.yaml"), begrippen.ToString());
        var kader = new StringBuilder("""
            id: gegenereerd
            titel: Gegenereerd kader
            versie: "1"
            geldig_vanaf: 2025-01-01
            status: concept
            themas:

            """);
        for (var t = 0; t * 100 < count; t++)
        {
            kader.Append(CultureInfo.InvariantCulture, $"  - id: thema-{t}\n    titel: Thema {t}\n    normen:\n");
            for (var n = t * 100; n < Math.Min(count, (t + 1) * 100); n++)
            {
                kader.Append(CultureInfo.InvariantCulture, $"      - gen.norm-{n:D5}\n");
            }
        }

        File.WriteAllText(Path.Combine(folder, "kaders", "gegenereerd.kader.yaml"), kader.ToString());
        for (var n = 0; n < count; n++)
        {
            var g = n % Groups;
            var toepassing = n % 4 == 0 ? $"toepassing: g{g}.soort = \"instelling\"\n" : string.Empty;
            File.WriteAllText(Path.Combine(folder, "gen", $"gen.norm-{n:D5}.norm.yaml"), $"""
                id: gen.norm-{n:D5}
                titel: Gegenereerde norm {n}
                soort: wettelijk
                bron: {"{"} regeling: Wkkgz, bwb: BWBR0037173, artikel: "{1 + (n % 40)}", lid: "1" {"}"}
                {toepassing}versies:
                  - geldig_vanaf: 2016-01-01
                    status: vastgesteld
                    criteria:
                      - id: regeling
                        tekst: Er is een regeling.
                        toets: g{g}.regeling_aanwezig
                        kritiek: ja
                      - id: tijdig
                        tekst: Elke melding is binnen {1 + (n % 5)} werkdagen gedaan.
                        toets: >-
                          alle m in g{g}.meldingen:
                          niet m.gemeld of m.gemeld_op <= m.vastgesteld_op + {1 + (n % 5)} werkdagen
                      - id: functionaris
                        tekst: Er is een functionaris, of er zijn geen meldingen.
                        toets: >-
                          g{g}.functionaris_aangewezen
                          of aantal(m in g{g}.meldingen: m.gemeld) = 0
                voorbeelden:
                  - naam: alles op orde
                    peildatum: 2025-04-01
                    feiten:
                      g{g}:
                        soort: instelling
                        regeling_aanwezig: ja
                        functionaris_aangewezen: ja
                        meldingen:
                          - kenmerk: M-1
                            vastgesteld_op: 2025-03-03
                            gemeld: ja
                            gemeld_op: 2025-03-04
                    verwacht: voldoet
                  - naam: geen regeling
                    peildatum: 2025-04-01
                    feiten:
                      g{g}: {"{"} soort: instelling, regeling_aanwezig: nee, functionaris_aangewezen: ja, meldingen: [] {"}"}
                    verwacht: voldoet niet

                """);
        }
    }
}
