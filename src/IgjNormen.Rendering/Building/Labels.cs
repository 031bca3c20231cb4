using System.Globalization;
using IgjNormen.Model;

namespace IgjNormen.Rendering.Building;

/// <summary>Small Dutch labels and CSS classes shared by the builders.</summary>
internal static class Labels
{
    public static string Soort(NormSoort soort) => soort == NormSoort.Wettelijk ? "wettelijke eis" : "veldnorm";

    public static string Status(VersionStatus status) => status == VersionStatus.Vastgesteld ? "vastgesteld" : "concept";

    /// <summary>"oordeel-voldoet-grotendeels-niet".</summary>
    public static string Klasse(Oordeel oordeel) => "oordeel-" + oordeel.Label().Replace(' ', '-');

    /// <summary>"uitkomst-niet-voldaan".</summary>
    public static string Klasse(CriterionOutcome outcome) => "uitkomst-" + outcome.Label().Replace(' ', '-');

    /// <summary>A field or begrip name for readers: "ingediend_op" → "ingediend op".</summary>
    public static string Readable(string name) => name.Replace('_', ' ');

    /// <summary>
    /// Orders article labels as people number them: "2" &lt; "2b" &lt; "10" &lt; "11.0a"; "8:24" &lt; "8:25".
    /// </summary>
    public static int CompareArticles(string? a, string? b)
    {
        var left = Chunks(a ?? string.Empty);
        var right = Chunks(b ?? string.Empty);
        for (var i = 0; i < Math.Min(left.Count, right.Count); i++)
        {
            var (x, y) = (left[i], right[i]);
            var compare = long.TryParse(x, NumberStyles.None, CultureInfo.InvariantCulture, out var nx) && long.TryParse(y, NumberStyles.None, CultureInfo.InvariantCulture, out var ny)
                ? nx.CompareTo(ny)
                : string.CompareOrdinal(x, y);
            if (compare != 0)
            {
                return compare;
            }
        }

        return left.Count.CompareTo(right.Count);
    }

    private static List<string> Chunks(string text)
    {
        var chunks = new List<string>();
        var i = 0;
        while (i < text.Length)
        {
            var digit = char.IsAsciiDigit(text[i]);
            var start = i;
            while (i < text.Length && char.IsAsciiDigit(text[i]) == digit)
            {
                i++;
            }

            chunks.Add(text[start..i]);
        }

        return chunks;
    }

    public static IComparer<string> ArticleComparer { get; } = Comparer<string>.Create(CompareArticles);
}
