using IgjNormen.Model;
using IgjNormen.Syntax;

namespace IgjNormen.Parsing;

/// <summary>The word lists of the toets grammar, shared by the Sprache grammar and the fast path.</summary>
internal static class ToetsWords
{
    /// <summary>The units of a duration, singular and plural.</summary>
    public static readonly (string Word, DurationUnit Unit)[] Units =
    [
        ("uren", DurationUnit.Uur), ("uur", DurationUnit.Uur),
        ("werkdagen", DurationUnit.Werkdag), ("werkdag", DurationUnit.Werkdag),
        ("dagen", DurationUnit.Dag), ("dag", DurationUnit.Dag),
        ("weken", DurationUnit.Week), ("week", DurationUnit.Week),
        ("maanden", DurationUnit.Maand), ("maand", DurationUnit.Maand),
        ("jaren", DurationUnit.Jaar), ("jaar", DurationUnit.Jaar),
    ];

    /// <summary>The oordelen in the order the grammar tries them: longer forms first.</summary>
    public static readonly (string[] Words, Oordeel Value)[] Verdicts =
    [
        (["voldoet", "grotendeels", "niet"], Oordeel.VoldoetGrotendeelsNiet),
        (["voldoet", "grotendeels"], Oordeel.VoldoetGrotendeels),
        (["voldoet", "niet"], Oordeel.VoldoetNiet),
        (["voldoet"], Oordeel.Voldoet),
        (["niet", "van", "toepassing"], Oordeel.NietVanToepassing),
        (["niet", "te", "beoordelen"], Oordeel.NietTeBeoordelen),
        (["niet", "van", "kracht"], Oordeel.NietVanKracht),
    ];
}
