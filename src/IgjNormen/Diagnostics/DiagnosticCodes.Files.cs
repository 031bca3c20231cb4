namespace IgjNormen.Diagnostics;

public static partial class DiagnosticCodes
{
    /// <summary>10xx: reading files and YAML.</summary>
    public static class Files
    {
        public static readonly DiagnosticDescriptor YamlSyntax = Error("IGJ1001", "YAML-syntaxfout", "Ongeldige YAML: {0}");
        public static readonly DiagnosticDescriptor DuplicateKey = Error("IGJ1002", "Dubbele sleutel", "De sleutel '{0}' komt twee keer voor in dezelfde mapping (eerder op regel {1}).");
        public static readonly DiagnosticDescriptor AnchorOrAlias = Error("IGJ1003", "Anker of alias", "Ankers en aliassen ('&', '*') zijn niet toegestaan; schrijf de waarde uit.");
        public static readonly DiagnosticDescriptor TooDeep = Error("IGJ1004", "Te diep genest", "Het bestand is dieper genest dan {0} niveaus.");
        public static readonly DiagnosticDescriptor InvalidUtf8 = Error("IGJ1005", "Ongeldige UTF-8", "Het bestand is geen geldige UTF-8 (ongeldige byte op positie {0}); sla het op als UTF-8.");
        public static readonly DiagnosticDescriptor FileTooLarge = Error("IGJ1006", "Bestand te groot", "Het bestand is {0} bytes; het maximum is {1} bytes.");
        public static readonly DiagnosticDescriptor TabIndentation = Error("IGJ1007", "Tab in inspringing", "Een tab mag niet gebruikt worden om in te springen; gebruik spaties.");
        public static readonly DiagnosticDescriptor CannotRead = Error("IGJ1008", "Bestand niet leesbaar", "Het bestand kan niet gelezen worden: {0}");
        public static readonly DiagnosticDescriptor ScalarTooLong = Error("IGJ1009", "Waarde te lang", "Deze waarde is {0} tekens lang; het maximum is {1}.");
        public static readonly DiagnosticDescriptor EmptyOrMultipleDocuments = Error("IGJ1010", "Leeg bestand of meerdere documenten", "{0}");
        public static readonly DiagnosticDescriptor TooManyNodes = Error("IGJ1011", "Te veel waarden", "Het bestand bevat meer dan {0} waarden.");
        public static readonly DiagnosticDescriptor NotFound = Error("IGJ1012", "Niet gevonden", "Bestand of map niet gevonden: {0}");
    }
}
