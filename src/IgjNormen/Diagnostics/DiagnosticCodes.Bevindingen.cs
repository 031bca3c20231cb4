namespace IgjNormen.Diagnostics;

public static partial class DiagnosticCodes
{
    /// <summary>15xx: bevindingen (and the feiten of voorbeelden).</summary>
    public static class Bevindingen
    {
        public static readonly DiagnosticDescriptor UnknownFact = Error("IGJ1501", "Onbekend feit in bevindingen", "Onbekend feit '{0}'.{1}");
        public static readonly DiagnosticDescriptor WrongValue = Error("IGJ1502", "Waarde past niet bij het begrip", "'{0}' is geen {1} (het type van '{2}').{3}");
        public static readonly DiagnosticDescriptor MissingMotivation = Error("IGJ1503", "Afwijkend oordeel zonder motivering", "Het afwijkende oordeel over '{0}' heeft geen motivering; een inspecteur wijkt alleen beredeneerd af.");
        public static readonly DiagnosticDescriptor OverrideUnknownNorm = Error("IGJ1504", "Afwijkend oordeel over onbekende norm", "Afwijkend oordeel over de onbekende norm '{0}'.{1}");
        public static readonly DiagnosticDescriptor UnknownKader = Error("IGJ1505", "Onbekend kader", "Onbekend kader '{0}'.{1}");
        public static readonly DiagnosticDescriptor NoReferenceDate = Error("IGJ1506", "Geen peildatum", "Er is geen peildatum: geef bezoek.datum of peildatum op (of --peildatum).");
        public static readonly DiagnosticDescriptor InvalidVerdict = Error("IGJ1507", "Ongeldig oordeel", "'{0}' is geen oordeel; toegestaan: {1}.");
        public static readonly DiagnosticDescriptor TooManyErrors = Error("IGJ1509", "Te veel fouten in de feiten", "Meer dan {0} fouten in de feiten; de rest van de feiten is niet gecontroleerd.");
        public static readonly DiagnosticDescriptor GroupExpected = Error("IGJ1508", "Groep verwacht", "'{0}' is een groep van feiten ({1}); geef hier een mapping, geen enkele waarde.");
    }
}
