namespace IgjNormen.Diagnostics;

public static partial class DiagnosticCodes
{
    /// <summary>17xx: citations checked against consolidated law texts (check --wetten).</summary>
    public static class Citations
    {
        public static readonly DiagnosticDescriptor UnknownArticle = Error("IGJ1701", "Artikel bestaat niet", "{0} art. {1} bestaat niet in {2}.{3}");
        public static readonly DiagnosticDescriptor UnknownPart = Error("IGJ1702", "Lid of onderdeel bestaat niet", "{0} art. {1} heeft geen {2} in {3}.");
        public static readonly DiagnosticDescriptor RemovedLater = Error("IGJ1703", "Artikel later vervallen of vernummerd", "{0} art. {1}{2} bestaat niet meer in de tekst van {3}, terwijl deze versie van de norm dan nog geldt; sluit de versie af met geldig_tot en voeg zo nodig een nieuwe versie toe.");
        public static readonly DiagnosticDescriptor Unverifiable = Warning("IGJ1705", "Verwijzing niet vast te stellen", "{0} art. {1}{2} ontbreekt in de tekst van {3}, maar staat in de tekst van {4}; de map heeft geen tekst die op {5} gold, dus het is niet vast te stellen of de verwijzing toen al klopte.");
        public static readonly DiagnosticDescriptor LawNotInCorpus = Warning("IGJ1704", "Wet niet in de map met wetteksten", "De map met wetteksten bevat {0} ({1}) niet; de verwijzing is niet gecontroleerd.");
    }
}
