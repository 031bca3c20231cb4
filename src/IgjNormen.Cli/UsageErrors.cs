using System.CommandLine;
using System.CommandLine.Parsing;
using System.Text.RegularExpressions;
using IgjNormen.Text;

namespace IgjNormen.Cli;

/// <summary>
/// Dutch messages for System.CommandLine's parse errors. The package has no Dutch resources (and its resource class
/// is internal), so its English messages, produced under the invariant culture, are recognised and rewritten here.
/// Messages that our own parsers and validators add are Dutch already and pass through unchanged.
/// </summary>
internal static partial class UsageErrors
{
    /// <summary>The Dutch messages for all errors of a parse, without repeats.</summary>
    public static IReadOnlyList<string> TranslateAll(ParseResult parsed, RootCommand root)
    {
        // "Geef een opdracht" only when nothing more specific (such as an unknown command) is reported.
        var errors = parsed.Errors.Count > 1 ? parsed.Errors.Where(e => !RequiredCommand().IsMatch(e.Message)) : parsed.Errors;
        return errors.Select(e => Translate(e, root)).Distinct(StringComparer.Ordinal).ToList();
    }

    public static string Translate(ParseError error, RootCommand root)
    {
        var message = error.Message;
        if (RequiredCommand().IsMatch(message))
        {
            var names = root.Subcommands.Select(c => c.Name).ToList();
            return $"Geef een opdracht: {string.Join(", ", names.Take(names.Count - 1))} of {names[^1]}.";
        }

        if (Unrecognized().Match(message) is { Success: true } unrecognized)
        {
            var token = unrecognized.Groups[1].Value;
            return $"Onbekende opdracht, optie of argument '{token}'.{Suggestions.Hint(token, Candidates(error, root))}";
        }

        if (RequiredArgumentForCommand().Match(message) is { Success: true } argument)
        {
            return $"Bij '{argument.Groups[2].Value}' ontbreekt het argument <{argument.Groups[1].Value}>.";
        }

        if (RequiredArgumentForOption().Match(message) is { Success: true } option)
        {
            return $"De optie {option.Groups[1].Value} heeft een waarde nodig.";
        }

        if (NotOneOf().Match(message) is { Success: true } notOneOf)
        {
            var allowed = Quoted().Matches(notOneOf.Groups[2].Value).Select(m => m.Groups[1].Value);
            var name = error.SymbolResult switch
            {
                OptionResult o => o.Option.Name,
                ArgumentResult { Parent: OptionResult o } => o.Option.Name,
                _ => null,
            };
            return $"'{notOneOf.Groups[1].Value}' is geen geldige waarde{(name is null ? string.Empty : $" voor {name}")}; kies uit: {string.Join(", ", allowed)}.";
        }

        if (SingleArgument().Match(message) is { Success: true } single)
        {
            return $"De optie {single.Groups[1].Value} krijgt één waarde, maar er zijn er {single.Groups[2].Value} gegeven.";
        }

        if (CannotParse().Match(message) is { Success: true } cannotParse)
        {
            return $"'{cannotParse.Groups[1].Value}' is geen geldige waarde voor {cannotParse.Groups[2].Value}.";
        }

        if (RequiredOption().Match(message) is { Success: true } requiredOption)
        {
            return $"De optie {requiredOption.Groups[1].Value} is verplicht.";
        }

        return message;
    }

    /// <summary>The names a mistyped token may have meant: subcommands and options of the command it was given to.</summary>
    private static IEnumerable<string> Candidates(ParseError error, RootCommand root)
    {
        var command = (error.SymbolResult as CommandResult)?.Command ?? root;
        return command.Subcommands.Select(c => c.Name)
            .Concat(command.Options.SelectMany(o => o.Aliases.Prepend(o.Name)))
            .Concat(root.Subcommands.Select(c => c.Name))
            .Distinct(StringComparer.Ordinal);
    }

    [GeneratedRegex(@"^Required command was not provided\.$")]
    private static partial Regex RequiredCommand();

    [GeneratedRegex(@"^Unrecognized command or argument '(.*)'\.$", RegexOptions.Singleline)]
    private static partial Regex Unrecognized();

    [GeneratedRegex(@"^Required argument '(.*)' missing for command: '(.*)'\.$")]
    private static partial Regex RequiredArgumentForCommand();

    [GeneratedRegex(@"^Required argument missing for (?:option|command): '(.*)'\.$")]
    private static partial Regex RequiredArgumentForOption();

    [GeneratedRegex(@"^Argument '(.*)' not recognized\. Must be one of:(.*)$", RegexOptions.Singleline)]
    private static partial Regex NotOneOf();

    [GeneratedRegex(@"'([^']*)'")]
    private static partial Regex Quoted();

    [GeneratedRegex(@"^Option '(.*)' expects a single argument but (\d+) were provided\.$")]
    private static partial Regex SingleArgument();

    [GeneratedRegex(@"^Cannot parse argument '(.*)' for (?:option|command) '(.*)' as expected type '.*'\.")]
    private static partial Regex CannotParse();

    [GeneratedRegex(@"^Option '(.*)' is required\.$")]
    private static partial Regex RequiredOption();
}
