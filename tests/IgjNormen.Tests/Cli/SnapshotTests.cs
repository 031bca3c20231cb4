using IgjNormen.Tests.Support;
using Snapshooter;
using Snapshooter.Xunit;
using Xunit;
using static IgjNormen.Tests.Cli.CliAssert;

namespace IgjNormen.Tests.Cli;

/// <summary>
/// Whole outputs, pinned in __snapshots__. When a change to the norms, the samples or the output is intended, delete the
/// snapshot file, run the tests once to write it anew, and review the diff before committing it.
/// </summary>
public class SnapshotTests
{
    [Fact]
    public void Check_lists_the_mistakes_in_the_broken_folder()
    {
        var run = CliRunner.Run("check", BrokenNorms);

        Assert.Equal(1, run.Exit);
        NoMachinePaths(run.Out);
        Snapshot.Match(run.Out);
    }

    [Fact]
    public void Check_lists_the_mistakes_in_the_broken_folder_as_json()
    {
        var run = CliRunner.Run("check", BrokenNorms, "--format", "json");

        Assert.Equal(1, run.Exit);
        NoMachinePaths(run.Out);
        Snapshot.Match(run.Out);
    }

    [Theory]
    [InlineData("thuiszorg-het-anker", "text")]
    [InlineData("thuiszorg-het-anker", "json")]
    [InlineData("zorggroep-de-linde", "text")]
    [InlineData("zorggroep-de-linde", "json")]
    [InlineData("thuiszorg-de-zonnebloem", "text")]
    [InlineData("thuiszorg-de-zonnebloem", "json")]
    [InlineData("ggz-instelling-de-horizon", "text")]
    [InlineData("ggz-instelling-de-horizon", "json")]
    [InlineData("vg-instelling-het-baken", "text")]
    [InlineData("vg-instelling-het-baken", "json")]
    [InlineData("zorggroep-rivierenland", "text")]
    [InlineData("zorggroep-rivierenland", "json")]
    [InlineData("verpleeghuis-de-eik", "text")]
    [InlineData("verpleeghuis-de-eik", "json")]
    public void Eval_of_a_sample(string sample, string format)
    {
        var run = CliRunner.Run("eval", $"samples/bevindingen/{sample}.yaml", "--format", format);

        Assert.Equal(0, run.Exit);
        Assert.Equal(string.Empty, run.Err);
        NoMachinePaths(run.Out);
        Snapshot.Match(run.Out, SnapshotNameExtension.Create(sample, format));
    }
}
