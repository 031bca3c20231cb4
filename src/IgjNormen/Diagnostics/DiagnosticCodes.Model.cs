namespace IgjNormen.Diagnostics;

public static partial class DiagnosticCodes
{
    /// <summary>14xx: checks across files: ids, references, versions.</summary>
    public static class Model
    {
        public static readonly DiagnosticDescriptor DuplicateId = Error("IGJ1401", "Dubbel id", "{0} '{1}' is al gedefinieerd in {2}.");
        public static readonly DiagnosticDescriptor UnknownNormInKader = Error("IGJ1402", "Onbekende norm in kader", "Het kader noemt de onbekende norm '{0}'.{1}");
        public static readonly DiagnosticDescriptor VerdictCycle = Error("IGJ1403", "Kringverwijzing via oordeel()", "Kringverwijzing: {0}.");
        public static readonly DiagnosticDescriptor OverlappingVersions = Error("IGJ1404", "Overlappende versies", "De versie vanaf {0} overlapt met de versie vanaf {1}.");
        public static readonly DiagnosticDescriptor VersionGap = Warning("IGJ1405", "Gat tussen versies", "Tussen {0} en {1} geldt geen versie van deze norm.");
        public static readonly DiagnosticDescriptor EmptyValidity = Error("IGJ1406", "Lege geldigheid", "geldig_tot ({0}) moet na geldig_vanaf ({1}) liggen.");
        public static readonly DiagnosticDescriptor DuplicateCriterion = Error("IGJ1407", "Dubbel criterium", "Het criterium '{0}' komt twee keer voor in deze versie.");
        public static readonly DiagnosticDescriptor FactPrefix = Error("IGJ1408", "Begrip is voorvoegsel", "Het begrip '{0}' is een voorvoegsel van '{1}'; een feit kan niet tegelijk een waarde en een groep zijn.");
        public static readonly DiagnosticDescriptor NormNotInKader = Warning("IGJ1409", "Norm in geen kader", "De norm '{0}' staat in geen enkel kader.");
        public static readonly DiagnosticDescriptor NormTwiceInKader = Error("IGJ1410", "Norm dubbel in kader", "De norm '{0}' staat al eerder in dit kader.");
        public static readonly DiagnosticDescriptor TooFewExamples = Warning("IGJ1411", "Te weinig voorbeelden", "De norm '{0}' heeft {1} voorbeeld(en); geef er minstens twee: één die voldoet en één die niet voldoet.");
        public static readonly DiagnosticDescriptor NoVersions = Error("IGJ1412", "Geen versies", "De norm '{0}' heeft geen versies.");
        public static readonly DiagnosticDescriptor NoCriteria = Error("IGJ1413", "Geen criteria", "Deze versie heeft geen criteria.");
        public static readonly DiagnosticDescriptor UnorderedVersions = Error("IGJ1414", "Versies niet op volgorde", "Versies staan op volgorde van geldig_vanaf; {0} komt na {1}.");
    }
}
