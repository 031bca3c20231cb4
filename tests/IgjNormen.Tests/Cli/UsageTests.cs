using IgjNormen.Tests.Support;
using Xunit;
using static IgjNormen.Tests.Cli.CliAssert;

namespace IgjNormen.Tests.Cli;

/// <summary>Wrong use of the command line: exit 2 and a Dutch message, never System.CommandLine's English.</summary>
public class UsageTests
{
    [Theory]
    [InlineData(new[] { "chek" }, "Onbekende opdracht, optie of argument 'chek'. Bedoelde u 'check'?")]
    [InlineData(new[] { "publiceer" }, "Onbekende opdracht, optie of argument 'publiceer'.")]
    [InlineData(new[] { "renderen" }, "Onbekende opdracht, optie of argument 'renderen'. Bedoelde u 'render'?")]
    [InlineData(new[] { "check", "--formaat", "json" }, "Onbekende optie '--formaat'. Bedoelde u '--format'?")]
    [InlineData(new[] { "check", "--formaat" }, "Onbekende optie '--formaat'. Bedoelde u '--format'?")]
    [InlineData(new[] { "test", "--uitgebrijd" }, "Onbekende optie '--uitgebrijd'. Bedoelde u '--uitgebreid'?")]
    [InlineData(new[] { "check", "norms", "meer" }, "Onbekende opdracht, optie of argument 'meer'.")]
    [InlineData(new[] { "check", "--format", "xml" }, "'xml' is geen geldige waarde voor --format; kies uit: text, json, sarif.")]
    [InlineData(new[] { "check", "--format" }, "De optie --format heeft een waarde nodig.")]
    [InlineData(new[] { "eval" }, "Bij 'eval' ontbreekt het argument <bevindingen>.")]
    [InlineData(new[] { "eval", "x.yaml", "--kader", "a", "--kader", "b" }, "De optie --kader krijgt één waarde, maar er zijn er 2 gegeven.")]
    [InlineData(new[] { "eval", "x.yaml", "--peildatum" }, "De optie --peildatum heeft een waarde nodig.")]
    public void Wrong_use_exits_2_with_a_dutch_message(string[] args, string message)
    {
        var run = CliRunner.Run(args);

        Assert.Equal(2, run.Exit);
        Assert.Equal(string.Empty, run.Out);
        var lines = Lines(run.Err);
        Assert.Contains($"Ongeldige aanroep: {message}", lines);
        Assert.All(lines[..^1], line => Assert.StartsWith("Ongeldige aanroep: ", line, StringComparison.Ordinal));
        Assert.Equal("Gebruik 'igjnormen --help' of 'igjnormen <opdracht> --help'.", lines[^1]);
        Assert.DoesNotMatch(@"\b(Unrecognized|Required|command|option|expected|provided|Must be one of|not recognized)\b", run.Err);
        NoCrash(run);
    }

    [Fact]
    public void Without_a_command_the_commands_are_named()
    {
        var run = CliRunner.Run();

        Assert.Equal(2, run.Exit);
        Assert.Matches(@"^Ongeldige aanroep: Geef een opdracht: check, eval(, \w+)* of \w+\.\nGebruik 'igjnormen --help' of 'igjnormen <opdracht> --help'\.\n$", run.Err);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("check", "--help")]
    [InlineData("eval", "-h")]
    [InlineData("test", "-?")]
    public void Help_has_dutch_headings(params string[] args)
    {
        var run = CliRunner.Run(args);

        Assert.Equal(0, run.Exit);
        Assert.StartsWith("Omschrijving:\n", run.Out, StringComparison.Ordinal);
        Assert.Contains("\nGebruik:\n  ", run.Out, StringComparison.Ordinal);
        Assert.Contains("\nOpties:\n", run.Out, StringComparison.Ordinal);
        Assert.Contains("Toon hulp bij het gebruik", run.Out, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"\b(Usage|Options|Description|Arguments|Commands|Show)\b|\[default:", run.Out);
    }

    [Theory]
    [InlineData("check", "bestaat-niet")]
    [InlineData("test", "bestaat-niet")]
    [InlineData("coverage", "bestaat-niet")]
    [InlineData("eval", "samples/bevindingen/zorggroep-de-linde.yaml", "--normen", "bestaat-niet")]
    [InlineData("check", "norms", "--wetten", "bestaat-niet")]
    [InlineData("coverage", "norms", "--wetten", "bestaat-niet")]
    public void Every_command_reports_a_missing_folder_with_a_position_and_exit_2(params string[] args)
    {
        var run = CliRunner.Run(args);

        Assert.Equal(2, run.Exit);
        Assert.Equal("bestaat-niet(1,1): error IGJ1012: Bestand of map niet gevonden: bestaat-niet\n", run.Err);
    }

    [Fact]
    public void An_argument_starting_with_at_is_a_path_not_a_response_file()
    {
        var run = CliRunner.Run("eval", "@bevindingen.yaml");

        Assert.Equal(2, run.Exit);
        Assert.Equal("@bevindingen.yaml(1,1): error IGJ1012: Bestand of map niet gevonden: @bevindingen.yaml\n", run.Err);
    }
}
