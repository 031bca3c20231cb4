using System.Text.Json;
using IgjNormen.Diagnostics;
using IgjNormen.Tests.Support;
using NJsonSchema;
using Xunit;

namespace IgjNormen.Tests.Cli;

/// <summary><c>check --format sarif</c>, validated against the SARIF 2.1.0 JSON schema (tests/…/Fixtures).</summary>
public sealed class SarifTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("igj-sarif-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static async Task<ICollection<NJsonSchema.Validation.ValidationError>> Validate(string sarif)
    {
        var schema = await JsonSchema.FromFileAsync(Path.Combine(AppContext.BaseDirectory, "Fixtures", "sarif-schema-2.1.0.json"));
        return schema.Validate(sarif);
    }

    [Fact]
    public async Task Diagnostics_become_schema_valid_sarif_with_regions_in_the_yaml_files()
    {
        File.WriteAllText(Path.Combine(_folder, "klachten.begrippen.yaml"), Changes.NormTexts.Begrippen);
        File.WriteAllText(Path.Combine(_folder, "test.regeling.norm.yaml"), Changes.NormTexts.Regeling.Replace("toets: klachten.regeling_bekendgemaakt", "toets: klachten.regeling_bekendgemaakd", StringComparison.Ordinal));

        var run = CliRunner.Run("check", _folder, "--format", "sarif");
        Assert.Equal(1, run.Exit);
        Assert.Empty(await Validate(run.Out));

        using var json = JsonDocument.Parse(run.Out);
        var sarifRun = json.RootElement.GetProperty("runs")[0];
        var rules = sarifRun.GetProperty("tool").GetProperty("driver").GetProperty("rules");
        Assert.Equal(DiagnosticCodes.All.Select(d => d.Code), rules.EnumerateArray().Select(r => r.GetProperty("id").GetString()));
        Assert.All(rules.EnumerateArray(), r => Assert.Contains("docs/diagnostics.md#igj", r.GetProperty("help").GetProperty("text").GetString(), StringComparison.Ordinal));
        var unknownFact = rules.EnumerateArray().Single(r => r.GetProperty("id").GetString() == "IGJ1301");
        Assert.Contains("docs/diagnostics.md#igj1301-onbekend-feit", unknownFact.GetProperty("help").GetProperty("markdown").GetString(), StringComparison.Ordinal);

        var result = sarifRun.GetProperty("results").EnumerateArray().Single(r => r.GetProperty("ruleId").GetString() == "IGJ1301");
        Assert.Equal("error", result.GetProperty("level").GetString());
        Assert.Equal(DiagnosticCodes.All.ToList().FindIndex(d => d.Code == "IGJ1301"), result.GetProperty("ruleIndex").GetInt32());
        Assert.Contains("klachten.regeling_bekendgemaakd", result.GetProperty("message").GetProperty("text").GetString(), StringComparison.Ordinal);
        var location = result.GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.EndsWith("test.regeling.norm.yaml", location.GetProperty("artifactLocation").GetProperty("uri").GetString(), StringComparison.Ordinal);
        var region = location.GetProperty("region");
        Assert.Equal(
            (15, 16, 15, 47),
            (region.GetProperty("startLine").GetInt32(), region.GetProperty("startColumn").GetInt32(), region.GetProperty("endLine").GetInt32(), region.GetProperty("endColumn").GetInt32()));
    }

    [Fact]
    public async Task The_shipped_norms_give_valid_sarif_with_relative_uris()
    {
        var run = CliRunner.Run("check", "norms", "--format", "sarif");
        Assert.Empty(await Validate(run.Out));
        using var json = JsonDocument.Parse(run.Out);
        foreach (var result in json.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray())
        {
            var artifact = result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation");
            Assert.StartsWith("norms/", artifact.GetProperty("uri").GetString(), StringComparison.Ordinal);
            Assert.Equal("%SRCROOT%", artifact.GetProperty("uriBaseId").GetString());
        }
    }

    [Fact]
    public async Task The_schema_rejects_what_is_not_sarif()
    {
        // The validation is real: a log without a version or with a wrong level fails.
        Assert.NotEmpty(await Validate("""{ "runs": [] }"""));
        Assert.NotEmpty(await Validate("""{ "version": "2.1.0", "runs": [ { "tool": { "driver": { "name": "x" } }, "results": [ { "message": { "text": "m" }, "level": "fout" } ] } ] }"""));
    }
}
