using System.Text;
using System.Text.RegularExpressions;
using IgjNormen.Tests.Support;
using Xunit;
using static IgjNormen.Tests.Cli.CliAssert;

namespace IgjNormen.Tests.BadInput;

/// <summary>
/// Bevindingen that are huge (10⁵ facts), deeply nested or full of wrong types, evaluated through the command line
/// against the shipped norms: a coded Dutch diagnostic, quickly, never a stall; in a bulk run the good files are
/// still evaluated.
/// </summary>
public class HugeBevindingenTests
{
    /// <summary>Generous, for a busy CI machine: a guard against stalls, not a speed test.</summary>
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(60);

    private const string Head = "aanbieder:\n  naam: Groot\nbezoek:\n  datum: 2025-04-08\n  kader: klachten-en-incidenten\nfeiten:\n";

    public static TheoryData<string, string, string> Cases() => new()
    {
        // 100,000 list elements: over the 200,000 values a file may hold.
        { "lijst van 100.000", Head + "  klachten:\n    klachten:\n" + Repeat(100_000, i => $"      - kenmerk: K{i}\n"), @"\(\d+,\d+\): error IGJ1011: Het bestand bevat meer dan 200000 waarden\." },

        // 60,000 unknown facts: the first 100 are reported, then IGJ1509.
        { "60.000 onbekende feiten", Head + "  klachten:\n" + Repeat(60_000, i => $"    onbekend_{i}: ja\n"), @"\(108,5\): error IGJ1509: Meer dan 100 fouten in de feiten" },

        // 60,000 values of the wrong type.
        { "60.000 verkeerde waarden", Head + "  klachten:\n    klachten:\n" + Repeat(60_000, i => "      - afgehandeld: misschien\n"), @"\(109,22\): error IGJ1509: " },

        // Nested a hundred levels deep.
        { "100 niveaus diep", Head + Repeat(100, i => new string(' ', 2 * (i + 1)) + $"g{i}:\n") + new string(' ', 202) + "x: 1\n", @"\(\d+,\d+\): error IGJ1004: Het bestand is dieper genest dan 64 niveaus\." },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_coded_diagnostic_and_no_stall(string name, string content, string expected)
    {
        using var dir = new TempDirectory();
        var path = dir.Write("groot.yaml", content);

        var run = WithinHangGuard(() => CliRunner.Run("eval", path, "--format", "json"));

        Assert.True(run.Exit == 1, name);
        Assert.Matches(new Regex("groot\\.yaml" + expected), run.Err);
        Assert.True(run.Err.Split('\n').Length <= 103, $"{name}: te veel regels op stderr");
        NoCrash(run);
    }

    [Fact]
    public void In_a_bulk_run_the_good_files_are_still_evaluated()
    {
        using var dir = new TempDirectory();
        dir.Write("in/a-groot.yaml", Head + "  klachten:\n" + Repeat(60_000, i => $"    onbekend_{i}: ja\n"));
        dir.Write("in/b-goed.yaml", File.ReadAllText(RepositoryRoot.Combine(IgjNormen.Tests.Cli.EvalCommandTests.Anker)));

        var run = WithinHangGuard(() => CliRunner.Run("eval", dir.Combine("in"), "--format", "jsonl"));

        Assert.Equal(1, run.Exit);
        Assert.Single(run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("b-goed.yaml", run.Out, StringComparison.Ordinal);
        Assert.Contains("error IGJ1509: ", run.Err, StringComparison.Ordinal);
    }

    private static string Repeat(int count, Func<int, string> line)
    {
        var text = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            text.Append(line(i));
        }

        return text.ToString();
    }

    private static T WithinHangGuard<T>(Func<T> action)
    {
        var task = Task.Run(action);
        Assert.True(task.Wait(HangGuard), $"Niet klaar binnen {HangGuard.TotalSeconds} seconden.");
        return task.Result;
    }
}
