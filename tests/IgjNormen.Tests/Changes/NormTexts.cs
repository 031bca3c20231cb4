namespace IgjNormen.Tests.Changes;

/// <summary>Small norm, begrippen and kader files for the change-control tests.</summary>
internal static class NormTexts
{
    public const string Begrippen = """
        begrippen:
          aanbieder.soort:
            type: keuze
            waarden: [instelling, solistisch]
            omschrijving: Soort aanbieder.
          klachten.regeling_aanwezig:
            type: ja/nee
            omschrijving: Er is een klachtenregeling.
          klachten.regeling_bekendgemaakt:
            type: ja/nee
            omschrijving: De regeling is bekendgemaakt.
          klachten.functionaris_beschikbaar:
            type: ja/nee
            omschrijving: Er is een klachtenfunctionaris.
        """;

    /// <summary>A norm with one vastgestelde version from 2016 and two criteria.</summary>
    public const string Regeling = """
        id: test.regeling
        titel: Klachtenregeling
        soort: wettelijk
        bron: { regeling: Wkkgz, bwb: BWBR0037173, artikel: "13", lid: "1" }
        versies:
          - geldig_vanaf: 2016-01-01
            status: vastgesteld
            criteria:
              - id: aanwezig
                tekst: Er is een schriftelijke klachtenregeling.
                toets: klachten.regeling_aanwezig
                kritiek: ja
              - id: bekendgemaakt
                tekst: De regeling is bekendgemaakt.
                toets: klachten.regeling_bekendgemaakt
        voorbeelden:
          - naam: op orde
            peildatum: 2024-01-01
            feiten: { klachten: { regeling_aanwezig: ja, regeling_bekendgemaakt: ja } }
            verwacht: voldoet
          - naam: geen regeling
            peildatum: 2024-01-01
            feiten: { klachten: { regeling_aanwezig: nee, regeling_bekendgemaakt: ja } }
            verwacht: voldoet niet
        """;

    /// <summary>A concept norm on the klachtenfunctionaris.</summary>
    public const string Functionaris = """
        id: test.functionaris
        titel: Klachtenfunctionaris
        soort: wettelijk
        bron: { regeling: Wkkgz, bwb: BWBR0037173, artikel: "15", lid: "1" }
        versies:
          - geldig_vanaf: 2016-01-01
            status: concept
            criteria:
              - id: beschikbaar
                tekst: Er is een klachtenfunctionaris.
                toets: klachten.functionaris_beschikbaar
        voorbeelden:
          - naam: beschikbaar
            peildatum: 2024-01-01
            feiten: { klachten: { functionaris_beschikbaar: ja } }
            verwacht: voldoet
          - naam: niet beschikbaar
            peildatum: 2024-01-01
            feiten: { klachten: { functionaris_beschikbaar: nee } }
            verwacht: voldoet niet
        """;

    public static string Kader(params string[] norms) => $$"""
        id: klachten
        titel: Klachten
        versie: "1"
        geldig_vanaf: 2016-01-01
        status: vastgesteld
        themas:
          - id: klachten
            titel: Klachtenbehandeling
            normen: [{{string.Join(", ", norms)}}]
        """;
}
