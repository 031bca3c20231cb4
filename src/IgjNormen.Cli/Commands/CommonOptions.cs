using System.CommandLine;
using System.Globalization;

namespace IgjNormen.Cli.Commands;

internal static class CommonOptions
{
    public static Argument<string> NormsFolderArgument() => new("map")
    {
        Description = "De normenmap (standaard: norms).",
        DefaultValueFactory = _ => "norms",
        Arity = ArgumentArity.ZeroOrOne,
    };

    public static Option<string> Format(params string[] allowed)
    {
        var option = new Option<string>("--format")
        {
            Description = $"Uitvoervorm: {string.Join(", ", allowed)}.",
            DefaultValueFactory = _ => allowed[0],
        };
        option.AcceptOnlyFromAmong(allowed);
        return option;
    }

    public static Option<DateOnly?> Peildatum() => new("--peildatum")
    {
        Description = "De datum waarop wordt beoordeeld (JJJJ-MM-DD); standaard de peildatum of bezoekdatum van de bevindingen.",
        CustomParser = result =>
        {
            var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
            if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return date;
            }

            result.AddError($"'{text}' is geen datum; schrijf JJJJ-MM-DD.");
            return null;
        },
    };
}
