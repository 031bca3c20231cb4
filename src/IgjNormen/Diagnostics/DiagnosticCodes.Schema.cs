namespace IgjNormen.Diagnostics;

public static partial class DiagnosticCodes
{
    /// <summary>11xx (continued): the editor's schema line at the top of each file in a normenmap.</summary>
    public static class Schema
    {
        public static readonly DiagnosticDescriptor MissingSchemaLine = Warning("IGJ1110", "Schemaregel ontbreekt", "Het bestand begint niet met '# yaml-language-server: $schema=…/{0}'; zonder die regel controleert VS Code de structuur niet tijdens het typen.");
    }
}
