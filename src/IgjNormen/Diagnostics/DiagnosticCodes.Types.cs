namespace IgjNormen.Diagnostics;

public static partial class DiagnosticCodes
{
    /// <summary>13xx: names and types inside expressions, checked against the begrippen.</summary>
    public static class Types
    {
        public static readonly DiagnosticDescriptor UnknownFact = Error("IGJ1301", "Onbekend feit", "Onbekend feit '{0}'.{1}");
        public static readonly DiagnosticDescriptor TypeMismatch = Error("IGJ1302", "Verkeerd type", "{0} verwacht {1}, maar dit is {2}.");
        public static readonly DiagnosticDescriptor IncomparableTypes = Error("IGJ1303", "Ongelijke typen vergeleken", "Een {0} kan niet met een {1} vergeleken worden.");

        // IGJ1304 (verkeerd aantal argumenten) is removed: the grammar only has aantal(…) and oordeel(…), whose argument
        // counts the parser already enforces (IGJ1201). The code stays reserved: never reuse it for something else.

        public static readonly DiagnosticDescriptor VariableOutOfScope = Error("IGJ1305", "Variabele buiten haar kwantor", "'{0}' bestaat alleen binnen {1}.");
        public static readonly DiagnosticDescriptor UnknownChoice = Error("IGJ1306", "Onbekende keuzewaarde", "\"{0}\" is geen waarde van '{1}'; toegestaan: {2}.");
        public static readonly DiagnosticDescriptor UnknownField = Error("IGJ1307", "Onbekend veld", "'{0}' heeft geen veld '{1}'.{2}");
        public static readonly DiagnosticDescriptor UnknownNorm = Error("IGJ1308", "Onbekende norm", "Onbekende norm '{0}'.{1}");
        public static readonly DiagnosticDescriptor NotACondition = Error("IGJ1309", "Toets is geen ja/nee", "Een {0} moet ja of nee opleveren, maar dit is {1}.");
        public static readonly DiagnosticDescriptor ListAsValue = Error("IGJ1310", "Lijst als waarde", "'{0}' is een lijst; gebruik 'aantal({0})', 'alle', 'enige' of 'geen'.");
        public static readonly DiagnosticDescriptor InvalidDuration = Error("IGJ1311", "Duur past niet", "{0}");
        public static readonly DiagnosticDescriptor VariableShadows = Error("IGJ1312", "Variabele verbergt een naam", "De variabele '{0}' heeft dezelfde naam als {1}; kies een andere naam.");
    }
}
