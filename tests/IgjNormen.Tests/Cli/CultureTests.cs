using System.Globalization;
using System.Text;
using IgjNormen.Diagnostics;
using IgjNormen.Evaluation;
using IgjNormen.Findings;
using IgjNormen.Model;
using IgjNormen.Results;
using IgjNormen.Tests.Diagnostics;
using IgjNormen.Tests.Support;
using Xunit;
using static IgjNormen.Tests.Cli.CliAssert;

namespace IgjNormen.Tests.Cli;

/// <summary>Parsing and printing never depend on the culture of the machine: a Dutch machine writes 1,5 but reads and prints 1.5.</summary>
public class CultureTests
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    public static TheoryData<string[]> Commands() =>
    [
        ["check", "norms"],
        ["check", BrokenNorms],
        ["check", BrokenNorms, "--format", "json"],
        ["test", "norms", "--uitgebreid"],
        ["test", BrokenNorms],
        ["eval", EvalCommandTests.Anker],
        ["eval", EvalCommandTests.Anker, "--format", "json"],
        ["eval", EvalCommandTests.Linde, "--format", "markdown"],
        ["eval", EvalCommandTests.Linde, "--peildatum", "2024-02-29", "--format", "json"],
        ["eval", EvalCommandTests.Linde, "--peildatum", "29-02-2024"],
        ["eval", EvalCommandTests.Linde, "--kader", "onbekend"],
    ];

    [Fact]
    public void The_dutch_culture_really_writes_a_comma()
    {
        // Without this the other tests prove nothing (for example on a machine without ICU data).
        Assert.Equal(",", Dutch.NumberFormat.NumberDecimalSeparator);
        Assert.Equal("1,5", 1.5m.ToString(Dutch));
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void Cli_output_is_byte_identical_under_nl_NL(string[] args)
    {
        var invariant = RunIn(CultureInfo.InvariantCulture, args);
        var dutch = RunIn(Dutch, args);

        Assert.Equal(invariant.Exit, dutch.Exit);
        Assert.Equal(Encoding.UTF8.GetBytes(invariant.Out), Encoding.UTF8.GetBytes(dutch.Out));
        Assert.Equal(Encoding.UTF8.GetBytes(invariant.Err), Encoding.UTF8.GetBytes(dutch.Err));
    }

    [Fact]
    public void Cli_restores_the_callers_culture()
    {
        var previous = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = Dutch;
        CultureInfo.CurrentUICulture = Dutch;
        try
        {
            // Straight to CliApp (CliRunner restores the culture itself): a host running the CLI in process keeps its culture.
            var exit = IgjNormen.Cli.CliApp.Run(["check", RepositoryRoot.Combine("norms")], TextWriter.Null, TextWriter.Null);

            Assert.Equal(0, exit);
            Assert.Equal(Dutch, CultureInfo.CurrentCulture);
            Assert.Equal(Dutch, CultureInfo.CurrentUICulture);
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = previous;
        }
    }

    [Fact]
    public void A_getal_with_a_point_reads_as_one_and_a_half_under_nl_NL()
    {
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = Dutch;
        CultureInfo.CurrentUICulture = Dutch;
        try
        {
            var loaded = TestModel.Load(
                (Inputs.BegrippenPath, TestModel.Begrippen),
                (Inputs.NormPath, Inputs.NormWithToets("aanbieder.aantal_zorgverleners tussen 1.4 en 1.6 en aanbieder.aantal_zorgverleners * 2 = 3")));
            Assert.DoesNotContain(loaded.Diagnostics, d => d.IsError);

            var diagnostics = new DiagnosticBag();
            var bevindingen = BevindingenReader.ReadText(
                Inputs.Replace(Inputs.BevindingenText, "feiten:\n", "feiten:\n  aanbieder:\n    aantal_zorgverleners: 1.5\n"),
                loaded.Model,
                diagnostics);
            Assert.Empty(diagnostics.Items);

            var result = new Evaluator(loaded.Model).Evaluate(bevindingen!);
            var norm = Assert.Single(result.Normen);
            Assert.Equal(Oordeel.Voldoet, norm.Oordeel);
            Assert.Contains(norm.Criteria[0].Waarden, v => v is { Feit: "aanbieder.aantal_zorgverleners", Waarde: "1.5" });
            Assert.Contains("\"waarde\": \"1.5\"", ResultJson.Serialize(result), StringComparison.Ordinal);
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
            CultureInfo.CurrentUICulture = previous;
        }
    }

    [Fact]
    public void A_getal_with_a_comma_is_refused_under_nl_NL_too()
    {
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = Dutch;
        try
        {
            var model = Inputs.ValidModel().Model;
            var diagnostics = new DiagnosticBag();
            var bevindingen = BevindingenReader.ReadText(
                Inputs.Replace(Inputs.BevindingenText, "feiten:\n", "feiten:\n  aanbieder:\n    aantal_zorgverleners: 1,5\n"),
                model,
                diagnostics);

            Assert.Null(bevindingen);
            Assert.Equal("IGJ1502", Assert.Single(diagnostics.Items).Code);
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    private static CliRun RunIn(CultureInfo culture, string[] args)
    {
        var previous = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = culture;
        CultureInfo.CurrentUICulture = culture;
        try
        {
            return CliRunner.Run(args);
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = previous;
        }
    }
}
