namespace IgjNormen.Diagnostics;

public static partial class DiagnosticCodes
{
    /// <summary>12xx: the syntax of toets and toepassing expressions.</summary>
    public static class Syntax
    {
        public static readonly DiagnosticDescriptor Unexpected = Error("IGJ1201", "Syntaxfout in toets", "Onverwacht {0}; verwacht {1}.");
        public static readonly DiagnosticDescriptor UnterminatedText = Error("IGJ1202", "Onafgesloten tekst", "De tekst begint hier maar wordt niet afgesloten met '\"'.");
        public static readonly DiagnosticDescriptor InvalidLiteral = Error("IGJ1203", "Ongeldige waarde in toets", "{0}");
        public static readonly DiagnosticDescriptor ChainedComparison = Error("IGJ1204", "Gekoppelde vergelijking", "Vergelijkingen kunnen niet gekoppeld worden; schrijf 'x tussen a en b' of 'a < x en x < b'.");
        public static readonly DiagnosticDescriptor EmptyExpression = Error("IGJ1205", "Lege toets", "De toets is leeg.");
        public static readonly DiagnosticDescriptor TooComplex = Error("IGJ1206", "Toets te complex", "De toets is te {0}; splits hem in meer criteria.");
    }
}
