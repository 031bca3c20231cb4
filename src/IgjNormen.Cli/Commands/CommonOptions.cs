using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using IgjNormen.Text;

namespace IgjNormen.Cli.Commands;

internal static class CommonOptions
{
    public static Argument<string> NormsFolderArgument()
    {
        var argument = new Argument<string>("map")
        {
            Description = "De normenmap (standaard: norms).",
            DefaultValueFactory = _ => "norms",
            Arity = ArgumentArity.ZeroOrOne,
        };
        RejectUnknownOptions(argument);
        return argument;
    }

    /// <summary>
    /// System.CommandLine takes an unknown option such as <c>--formaat</c> for a path; report it as an unknown option
    /// instead (a path that really starts with '-' can be written as <c>./-naam</c>).
    /// </summary>
    public static void RejectUnknownOptions(Argument argument) =>
        argument.Validators.Add(result =>
        {
            foreach (var token in result.Tokens.Select(t => t.Value).Where(t => t.StartsWith('-')))
            {
                var options = (result.Parent as CommandResult)?.Command.Options.SelectMany(o => o.Aliases.Prepend(o.Name)) ?? [];
                result.AddError($"Onbekende optie '{token}'.{Suggestions.Hint(token, options)}");
            }
        });

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
