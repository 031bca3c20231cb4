namespace IgjNormen.Diagnostics;

public static partial class DiagnosticCodes
{
    /// <summary>11xx: the structure of begrippen, norm, kader and bevindingen files.</summary>
    public static class Structure
    {
        public static readonly DiagnosticDescriptor UnknownKey = Error("IGJ1101", "Onbekende sleutel", "Onbekende sleutel '{0}'.{1}");
        public static readonly DiagnosticDescriptor MissingKey = Error("IGJ1102", "Verplichte sleutel ontbreekt", "De sleutel '{0}' ontbreekt.");
        public static readonly DiagnosticDescriptor WrongShape = Error("IGJ1103", "Verkeerde vorm", "Hier wordt {0} verwacht, maar er staat {1}.");
        public static readonly DiagnosticDescriptor InvalidValue = Error("IGJ1104", "Ongeldige waarde", "'{0}' is geen geldige waarde voor '{1}'; toegestaan: {2}.");
        public static readonly DiagnosticDescriptor InvalidDate = Error("IGJ1105", "Ongeldige datum", "'{0}' is geen geldige datum; schrijf JJJJ-MM-DD, bijvoorbeeld 2025-03-12.");
        public static readonly DiagnosticDescriptor IdMismatch = Error("IGJ1106", "Id past niet bij bestandsnaam", "Het id '{0}' moet gelijk zijn aan de bestandsnaam '{1}'.");
        public static readonly DiagnosticDescriptor InvalidName = Error("IGJ1107", "Ongeldige naam", "'{0}' is geen geldige naam: {1}.");
        public static readonly DiagnosticDescriptor InvalidBoolean = Error("IGJ1108", "Ongeldige ja/nee-waarde", "'{0}' is geen ja/nee-waarde; schrijf ja of nee.");
        public static readonly DiagnosticDescriptor UnknownFileKind = Warning("IGJ1109", "Onbekend bestand", "Dit bestand wordt overgeslagen: alleen *.begrippen.yaml, *.norm.yaml, *.kader.yaml en *.regelingen.yaml horen in een normenmap.");
    }
}
