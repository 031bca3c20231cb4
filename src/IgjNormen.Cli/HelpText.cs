using System.Text.RegularExpressions;

namespace IgjNormen.Cli;

/// <summary>
/// Dutch headings for System.CommandLine's help text, which has no Dutch resources. The descriptions of our own
/// commands and options are Dutch already; only the fixed English words of the layout are replaced.
/// </summary>
internal static partial class HelpText
{
    private static readonly (Regex Pattern, string Replacement)[] Replacements =
    [
        (Line("Description:"), "Omschrijving:"),
        (Line("Usage:"), "Gebruik:"),
        (Line("Arguments:"), "Argumenten:"),
        (Line("Options:"), "Opties:"),
        (Line("Commands:"), "Opdrachten:"),
        (new Regex(@"\[command\]", RegexOptions.CultureInvariant), "[opdracht]"),
        (new Regex(@"\[options\]", RegexOptions.CultureInvariant), "[opties]"),
        (new Regex(@"\[default: ", RegexOptions.CultureInvariant), "[standaard: "),
        (new Regex(@"Show help and usage information", RegexOptions.CultureInvariant), "Toon hulp bij het gebruik"),
        (new Regex(@"Show version information", RegexOptions.CultureInvariant), "Toon het versienummer"),
    ];

    public static string Translate(string help)
    {
        foreach (var (pattern, replacement) in Replacements)
        {
            help = pattern.Replace(help, replacement);
        }

        return help;
    }

    private static Regex Line(string heading) => new($"^{Regex.Escape(heading)}$", RegexOptions.Multiline | RegexOptions.CultureInvariant);
}
