using System.Xml.Linq;
using IgjNormen.Loading;
using IgjNormen.Testing;
using IgjNormen.Tests.Support;
using Xunit;

namespace IgjNormen.Tests.Cli;

/// <summary><c>test --junit &lt;bestand&gt;</c>: one testcase per voorbeeld, failures with their message.</summary>
public sealed class JUnitTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("igj-junit-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Every_voorbeeld_is_a_testcase_and_a_failing_one_has_its_message()
    {
        var norms = Path.Combine(_folder, "norms");
        Directory.CreateDirectory(norms);
        File.WriteAllText(Path.Combine(norms, "klachten.begrippen.yaml"), Changes.NormTexts.Begrippen);
        File.WriteAllText(Path.Combine(norms, "test.regeling.norm.yaml"), Changes.NormTexts.Regeling.Replace("    verwacht: voldoet niet", "    verwacht: voldoet", StringComparison.Ordinal));
        var report = Path.Combine(_folder, "junit.xml");

        var run = CliRunner.Run("test", norms, "--junit", report);
        Assert.Equal(1, run.Exit);
        Assert.EndsWith("1 passed, 1 failed\n", run.Out, StringComparison.Ordinal);

        var xml = XDocument.Load(report);
        var suites = xml.Root!;
        Assert.Equal(("testsuites", "2", "1"), (suites.Name.LocalName, suites.Attribute("tests")?.Value, suites.Attribute("failures")?.Value));
        var suite = Assert.Single(suites.Elements("testsuite"));
        Assert.Equal("test.regeling", suite.Attribute("name")?.Value);
        var cases = suite.Elements("testcase").ToList();
        Assert.Equal(["op orde", "geen regeling"], cases.Select(c => c.Attribute("name")?.Value));
        Assert.Null(cases[0].Element("failure"));
        var failure = cases[1].Element("failure")!;
        Assert.Equal("IGJ1601", failure.Attribute("type")?.Value);
        Assert.StartsWith("Voorbeeld 'geen regeling': verwacht 'voldoet', maar het oordeel is 'voldoet niet'.", failure.Attribute("message")?.Value, StringComparison.Ordinal);
        Assert.Contains("test.regeling.norm.yaml(", failure.Value, StringComparison.Ordinal);

        // The same input gives the same file: no clock, no machine-dependent parts.
        var first = File.ReadAllText(report);
        CliRunner.Run("test", norms, "--junit", report);
        Assert.Equal(first, File.ReadAllText(report));
    }

    [Fact]
    public void The_shipped_voorbeelden_are_all_in_the_report()
    {
        var report = Path.Combine(_folder, "shipped.xml");
        var run = CliRunner.Run("test", "norms", "--junit", report);
        Assert.Equal(0, run.Exit);
        var expected = ExampleRunner.RunAll(NormModelLoader.LoadFolder(RepositoryRoot.Combine("norms")).Model).Count;
        var xml = XDocument.Load(report);
        Assert.Equal(expected, xml.Descendants("testcase").Count());
        Assert.Empty(xml.Descendants("failure"));
    }

    [Fact]
    public void Norms_that_do_not_load_give_one_failing_testcase_that_lists_the_errors()
    {
        var norms = Path.Combine(_folder, "kapot");
        Directory.CreateDirectory(norms);
        File.WriteAllText(Path.Combine(norms, "x.norm.yaml"), "id: x\n");
        var report = Path.Combine(_folder, "kapot.xml");
        var run = CliRunner.Run("test", norms, "--junit", report);
        Assert.Equal(1, run.Exit);
        var failure = Assert.Single(XDocument.Load(report).Descendants("failure"));
        Assert.Contains("IGJ1102", failure.Value, StringComparison.Ordinal);
        Assert.Equal("normen laden", failure.Parent?.Attribute("name")?.Value);
    }
}
