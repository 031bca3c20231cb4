namespace IgjNormen.Diagnostics;

public static partial class DiagnosticCodes
{
    /// <summary>16xx: voorbeelden run as tests.</summary>
    public static class Examples
    {
        public static readonly DiagnosticDescriptor WrongVerdict = Error("IGJ1601", "Voorbeeld geeft ander oordeel", "Voorbeeld '{0}': verwacht '{1}', maar het oordeel is '{2}'. {3}");
        public static readonly DiagnosticDescriptor WrongMissing = Error("IGJ1602", "Voorbeeld mist andere feiten", "Voorbeeld '{0}': verwacht ontbrekend [{1}], maar ontbrekend is [{2}].");
        public static readonly DiagnosticDescriptor DuplicateName = Error("IGJ1603", "Dubbele voorbeeldnaam", "De naam van voorbeeld '{0}' komt al eerder voor bij deze norm.");
    }
}
