namespace IgjNormen.Diagnostics;

public static partial class DiagnosticCodes
{
    /// <summary>18xx: rendering kaders, checklists and reports with templates (igjnormen render, eval --format html).</summary>
    public static class Rendering
    {
        public static readonly DiagnosticDescriptor TemplateSyntax = Error("IGJ1801", "Fout in een sjabloon", "Het sjabloon '{0}' bevat een fout op regel {1}, kolom {2}: {3}");
        public static readonly DiagnosticDescriptor TemplateRuntime = Error("IGJ1802", "Sjabloon faalt bij het invullen", "Het sjabloon '{0}' faalt bij het invullen op regel {1}, kolom {2}: {3}");
        public static readonly DiagnosticDescriptor TemplateLimit = Error("IGJ1803", "Sjabloon overschrijdt een limiet", "Het sjabloon '{0}' overschrijdt op regel {1}, kolom {2} een veiligheidslimiet ({3}): {4}");
        public static readonly DiagnosticDescriptor TemplateNotFound = Error("IGJ1804", "Sjabloon niet gevonden", "Het sjabloon '{0}' bestaat niet{1}.");
        public static readonly DiagnosticDescriptor TemplateNotAllowed = Error("IGJ1805", "Sjabloon buiten de sjablonenmap", "Het sjabloon '{0}' mag niet worden geladen: {1}");
        public static readonly DiagnosticDescriptor TemplatesFolderNotFound = Error("IGJ1806", "Sjablonenmap niet gevonden", "De sjablonenmap '{0}' bestaat niet.");
        public static readonly DiagnosticDescriptor UnknownKader = Error("IGJ1807", "Onbekend kader", "Onbekend kader '{0}'.{1}");
        public static readonly DiagnosticDescriptor NoReferenceDate = Error("IGJ1808", "Geen peildatum voor het kader", "Het kader '{0}' heeft geen geldig_vanaf; geef met --peildatum op welke versie van de normen getoond wordt.");
        public static readonly DiagnosticDescriptor NoKaders = Error("IGJ1809", "Geen kaders", "De normenmap bevat geen kaders (*.kader.yaml) om te publiceren.");
        public static readonly DiagnosticDescriptor NormNotInForce = Warning("IGJ1810", "Norm niet van kracht op de peildatum", "De norm '{0}' in kader '{1}' heeft op {2} geen geldende versie; het document toont haar als 'niet van kracht'.");
        public static readonly DiagnosticDescriptor ExampleDiffers = Warning("IGJ1811", "Voorbeeld geeft een ander oordeel", "Voorbeeld '{0}' van norm '{1}' geeft '{2}' in plaats van het verwachte '{3}'; het document toont de werkelijke uitkomst.");
    }
}
