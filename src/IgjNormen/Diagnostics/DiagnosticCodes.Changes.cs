namespace IgjNormen.Diagnostics;

public static partial class DiagnosticCodes
{
    /// <summary>
    /// 19xx: change control. 190x: what <c>diff</c> finds between two states of the norms (a vastgestelde versie
    /// that was edited); 192x: reading a git revision; 193x: impact replay of bevindingen.
    /// </summary>
    public static class Changes
    {
        public static readonly DiagnosticDescriptor AdoptedVersionEdited = Error("IGJ1901", "Vastgestelde versie gewijzigd", "De vastgestelde versie vanaf {0} van '{1}' is gewijzigd: {2}. Een vastgestelde versie verandert niet meer; voeg een nieuwe versie toe met een latere geldig_vanaf.");
        public static readonly DiagnosticDescriptor AdoptedVersionRemoved = Error("IGJ1902", "Vastgestelde versie verwijderd", "De vastgestelde versie vanaf {0} van '{1}' is verwijderd{2}. Een vastgestelde versie blijft staan: beëindig haar met geldig_tot of laat een nieuwe versie haar opvolgen.");
        public static readonly DiagnosticDescriptor NormFieldChangesAdoptedVersion = Error("IGJ1903", "Wijziging op normniveau raakt vastgestelde versie", "{0} van '{1}' is gewijzigd, en dat verandert de vastgestelde versie(s) vanaf {2}. {3}");
        public static readonly DiagnosticDescriptor SideHasErrors = Warning("IGJ1904", "Normen met fouten vergeleken", "De normen in {0} bevatten {1}; de vergelijking gebruikt wat te lezen was{2}.");
        public static readonly DiagnosticDescriptor GitUnavailable = Error("IGJ1920", "Git niet beschikbaar", "git kan niet gebruikt worden: {0}");
        public static readonly DiagnosticDescriptor UnknownRevision = Error("IGJ1921", "Onbekende map of revisie", "'{0}' is geen map en geen git-revisie in {1}.");
        public static readonly DiagnosticDescriptor GitFailed = Error("IGJ1922", "Git-opdracht mislukt", "'git {0}' is mislukt: {1}");
        public static readonly DiagnosticDescriptor BevindingenNotEvaluated = Warning("IGJ1930", "Bevindingen niet opnieuw beoordeeld", "De bevindingen in {0} zijn met de normen van {1} niet te beoordelen en worden overgeslagen: {2}");
    }
}
