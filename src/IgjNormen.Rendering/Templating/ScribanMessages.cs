using System.Text.RegularExpressions;

namespace IgjNormen.Rendering.Templating;

/// <summary>
/// Scriban's most common parse and run-time messages in Dutch. A message not in the list is passed on as Scriban
/// wrote it (in English), so nothing is lost.
/// </summary>
internal static partial class ScribanMessages
{
    [GeneratedRegex(@"^Error while parsing (\w+) statement: (.*?)(?: in: .*)?$", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex Statement();

    private static readonly (Regex Pattern, string Dutch)[] Translations =
    [
        (new Regex(@"^The variable or function `([^`]*)` was not found$", RegexOptions.CultureInvariant), "de variabele of functie '$1' bestaat niet"),
        (new Regex(@"^Expecting <expression> instead of `([^`]*)`$", RegexOptions.CultureInvariant), "verwacht een expressie in plaats van '$1'"),
        (new Regex(@"^The <end> statement was not found$", RegexOptions.CultureInvariant), "de bijbehorende 'end' ontbreekt"),
        (new Regex(@"^Invalid token found `([^`]*)`\. Expecting <EOL>/end of line\.?$", RegexOptions.CultureInvariant), "onverwacht '$1'; verwacht het einde van de regel"),
        (new Regex(@"^Unexpected (.*) while no matching (.*)$", RegexOptions.CultureInvariant), "onverwacht '$1' zonder bijbehorende '$2'"),
        (new Regex(@"^Range expression exceeds LoopLimit `(\d+)`\.?$", RegexOptions.CultureInvariant), "het bereik is groter dan de lusgrens van $1"),
        (new Regex(@"^Exceeding number of iteration limit `(\d+)` for loop statement\.?$", RegexOptions.CultureInvariant), "de lus herhaalt vaker dan $1 keer"),
        (new Regex(@"^Exceeding number of recursive depth limit `(\d+)` for node: `(.*)`$", RegexOptions.Singleline | RegexOptions.CultureInvariant), "meer dan $1 geneste aanroepen (bij '$2')"),
        (new Regex(@"^Cannot get the member (.*) for a null object\.?$", RegexOptions.CultureInvariant), "'$1' is leeg (null); test er eerst op met 'if'"),
    ];

    public static string Translate(string message)
    {
        var text = message.Trim();
        if (Statement().Match(text) is { Success: true } statement)
        {
            return $"fout in de opdracht '{statement.Groups[1].Value}': {Translate(statement.Groups[2].Value)}";
        }

        foreach (var (pattern, dutch) in Translations)
        {
            if (pattern.Match(text) is { Success: true } match)
            {
                return match.Result(dutch);
            }
        }

        return text;
    }
}
