namespace IgjNormen.Model;

/// <summary>The verdict on a norm. The first four form a scale from best to worst.</summary>
public enum Oordeel
{
    Voldoet,
    VoldoetGrotendeels,
    VoldoetGrotendeelsNiet,
    VoldoetNiet,
    NietVanToepassing,
    NietTeBeoordelen,
    NietVanKracht,
}

/// <summary>The outcome of one criterion.</summary>
public enum CriterionOutcome
{
    Voldaan,
    NietVoldaan,
    Onbekend,
}

public static class OordeelText
{
    private static readonly string[] Labels =
    [
        "voldoet", "voldoet grotendeels", "voldoet grotendeels niet", "voldoet niet",
        "niet van toepassing", "niet te beoordelen", "niet van kracht",
    ];

    public static IReadOnlyList<string> AllLabels => Labels;

    public static string Label(this Oordeel oordeel) => Labels[(int)oordeel];

    public static string Label(this CriterionOutcome outcome) => outcome switch
    {
        CriterionOutcome.Voldaan => "voldaan",
        CriterionOutcome.NietVoldaan => "niet voldaan",
        _ => "onbekend",
    };

    public static bool TryParse(string text, out Oordeel oordeel)
    {
        // Written as the label itself (the usual case): no need to normalise.
        var exact = Array.IndexOf(Labels, text);
        if (exact >= 0)
        {
            oordeel = (Oordeel)exact;
            return true;
        }

        var normalized = string.Join(' ', text.Split((char[])[' ', '\t', '_'], StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
        var index = Array.IndexOf(Labels, normalized);
        oordeel = index < 0 ? default : (Oordeel)index;
        return index >= 0;
    }

    /// <summary>True for the verdicts that count as falling short: grotendeels, grotendeels niet, niet.</summary>
    public static bool FallsShort(this Oordeel oordeel) =>
        oordeel is Oordeel.VoldoetGrotendeels or Oordeel.VoldoetGrotendeelsNiet or Oordeel.VoldoetNiet;
}
