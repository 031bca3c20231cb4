using System.Text.RegularExpressions;
using IgjNormen.Tests.Support;
using Xunit;

namespace IgjNormen.Tests.Cli;

/// <summary>Shared checks on command-line output.</summary>
internal static partial class CliAssert
{
    /// <summary>The broken fixture folder, relative to the repository root (the CLI's working folder in tests).</summary>
    public const string BrokenNorms = "tests/IgjNormen.Tests/Fixtures/broken-norms";

    /// <summary>One diagnostic as printed: <c>pad(regel,kolom): error IGJ1234: bericht</c>.</summary>
    [GeneratedRegex(@"^(?<pad>[^\s()][^()]*)\((?<regel>[1-9]\d*),(?<kolom>[1-9]\d*)\): (?<ernst>error|warning) (?<code>IGJ1\d{3}): (?<bericht>\S.*)$")]
    public static partial Regex DiagnosticLine();

    public static string[] Lines(string output) => output.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>No exception type, stack trace or internal-error text ever reaches the user.</summary>
    public static void NoCrash(CliRun run)
    {
        foreach (var text in new[] { run.Out, run.Err })
        {
            Assert.DoesNotContain("Exception", text, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", text, StringComparison.Ordinal);
            Assert.DoesNotContain("Interne fout", text, StringComparison.Ordinal);
        }
    }

    /// <summary>Nothing in the output depends on where the repository or the temp folder is.</summary>
    public static void NoMachinePaths(string output)
    {
        Assert.DoesNotContain(Support.RepositoryRoot.Path, output, StringComparison.Ordinal);
        Assert.DoesNotContain(Path.GetTempPath(), output, StringComparison.Ordinal);
        Assert.DoesNotContain(Environment.UserName + Path.DirectorySeparatorChar, output, StringComparison.Ordinal);
        Assert.DoesNotContain("\r", output, StringComparison.Ordinal);
    }
}
