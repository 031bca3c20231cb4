using System.Text.Json.Nodes;
using IgjNormen.Diagnostics;
using IgjNormen.Findings;
using IgjNormen.Loading;
using IgjNormen.Schemas;
using IgjNormen.Tests.Support;
using Xunit;

namespace IgjNormen.Tests.Schemas;

/// <summary>The committed JSON Schemas are what <c>igjnormen schema</c> writes, and their keys are the loaders' keys.</summary>
public class SchemaTests
{
    public static TheoryData<string> SchemaFiles() => [.. FileSchemas.All().Select(s => s.FileName)];

    [Theory]
    [MemberData(nameof(SchemaFiles))]
    public void Committed_schema_is_current(string name)
    {
        var expected = FileSchemas.All().Single(s => s.FileName == name).Json;
        var path = RepositoryRoot.Combine("schemas", name);
        Assert.True(File.Exists(path), $"schemas/{name} ontbreekt: dotnet run --project src/IgjNormen.Cli -- schema --out schemas");
        var committed = File.ReadAllText(path).ReplaceLineEndings("\n");
        Assert.True(expected == committed, $"schemas/{name} is verouderd: dotnet run --project src/IgjNormen.Cli -- schema --out schemas");
    }

    [Fact]
    public void Schema_command_writes_every_schema()
    {
        using var dir = new TempDirectory();
        var run = CliRunner.Run("schema", "--out", dir.Path);
        Assert.Equal(0, run.Exit);
        foreach (var (name, json) in FileSchemas.All())
        {
            Assert.Equal(json, File.ReadAllText(dir.Combine(name)));
        }
    }

    [Fact]
    public void Schema_keys_are_the_keys_the_loaders_accept()
    {
        var norm = FileSchemas.Norm();
        Assert.Equal(Sorted(NormLoader.NormKeys), Keys(norm));
        Assert.Equal(Sorted(NormLoader.VersionKeys), Keys(Definition(norm, "versie")));
        Assert.Equal(Sorted(NormLoader.CriterionKeys), Keys(Definition(norm, "criterium")));
        Assert.Equal(Sorted(NormLoader.ExampleKeys), Keys(Definition(norm, "voorbeeld")));
        Assert.Equal(Sorted(NormLoader.SourceKeys), Keys(Definition(norm, "bron")));
        Assert.Equal(Sorted(BevindingenReader.OverrideKeys), Keys(Definition(norm, "afwijking")));

        var kader = FileSchemas.Kader();
        Assert.Equal(Sorted(KaderLoader.KaderKeys), Keys(kader));
        Assert.Equal(Sorted(KaderLoader.ThemaKeys), Keys(Definition(kader, "thema")));

        var begrippen = FileSchemas.Begrippen();
        Assert.Equal(Sorted(BegrippenLoader.FactKeys), Keys(Definition(begrippen, "begrip")));
        Assert.Equal(Sorted(BegrippenLoader.FactKeys.Where(k => k != "velden")), Keys(Definition(begrippen, "veld")));

        var regelingen = FileSchemas.Regelingen();
        Assert.Equal(Sorted(RegelingenLoader.RegelingKeys), Keys(Definition(regelingen, "regeling")));
        Assert.Equal(Sorted(RegelingenLoader.UnitKeys), Keys(Definition(regelingen, "plicht")));

        var bevindingen = FileSchemas.Bevindingen();
        Assert.Equal(Sorted(BevindingenReader.RootKeys), Keys(bevindingen));
        Assert.Equal(Sorted(BevindingenReader.AanbiederKeys), Keys(bevindingen["properties"]!["aanbieder"]!.AsObject()));
        Assert.Equal(Sorted(BevindingenReader.BezoekKeys), Keys(bevindingen["properties"]!["bezoek"]!.AsObject()));
    }

    [Theory]
    [MemberData(nameof(SchemaFiles))]
    public void Every_property_has_a_Dutch_description(string name)
    {
        var schema = JsonNode.Parse(FileSchemas.All().Single(s => s.FileName == name).Json)!;
        var missing = new List<string>();
        Walk(schema, "#", missing);
        Assert.Empty(missing);
    }

    [Fact]
    public void Article_labels_are_strings()
    {
        var bron = Definition(FileSchemas.Norm(), "bron")["properties"]!;
        foreach (var key in new[] { "artikel", "lid", "onderdeel", "principe" })
        {
            Assert.Equal("string", (string?)bron[key]!["type"]);
        }
    }

    [Fact]
    public void Every_shipped_norms_file_begins_with_the_schema_line()
    {
        var loaded = NormModelLoader.LoadFolder(RepositoryRoot.Combine("norms"));
        Assert.NotEmpty(loaded.Files);
        Assert.Empty(SchemaHeader.Check(loaded.Files));
    }

    [Theory]
    [InlineData("norms/a.norm.yaml", "# yaml-language-server: $schema=../schemas/norm.schema.json\nid: a\n", true)]
    [InlineData("norms/a.norm.yaml", "# yaml-language-server: $schema=../schemas/kader.schema.json\nid: a\n", false)]
    [InlineData("norms/a.norm.yaml", "id: a\n# yaml-language-server: $schema=../schemas/norm.schema.json\n", false)]
    [InlineData("norms/k.kader.yaml", "# yaml-language-server: $schema=kader.schema.json\r\nid: k\r\n", true)]
    [InlineData("norms/x.begrippen.yaml", "", false)]
    [InlineData("bevindingen.yaml", "aanbieder: {}\n", true)]
    public void Schema_line_is_recognised(string path, string text, bool ok)
    {
        var diagnostic = SchemaHeader.Check(new Text.SourceFile(path, text));
        Assert.Equal(ok, diagnostic is null);
        if (diagnostic is not null)
        {
            Assert.Equal(DiagnosticCodes.Schema.MissingSchemaLine.Code, diagnostic.Code);
            Assert.Equal(Severity.Warning, diagnostic.Severity);
        }
    }

    [Fact]
    public void Check_warns_for_a_file_without_the_schema_line()
    {
        using var dir = new TempDirectory();
        dir.Write("norms/test.begrippen.yaml", "# yaml-language-server: $schema=../schemas/begrippen.schema.json\n" + TestModel.Begrippen);
        dir.Write("norms/a.norm.yaml", Diagnostics.Inputs.NormText);
        var run = CliRunner.Run("check", dir.Combine("norms"));
        Assert.Equal(0, run.Exit);
        Assert.Contains("a.norm.yaml(1,1): warning IGJ1110: Het bestand begint niet met '# yaml-language-server: $schema=…/norm.schema.json'", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("test.begrippen.yaml(1,1): warning IGJ1110", run.Out, StringComparison.Ordinal);
    }

    private static JsonObject Definition(JsonObject schema, string name) => schema["definitions"]![name]!.AsObject();

    private static IEnumerable<string> Keys(JsonObject schema) => schema["properties"]!.AsObject().Select(p => p.Key).Order(StringComparer.Ordinal);

    private static IEnumerable<string> Sorted(IEnumerable<string> keys) => keys.Order(StringComparer.Ordinal);

    private static void Walk(JsonNode node, string at, List<string> missing)
    {
        if (node is JsonObject obj)
        {
            if (obj["properties"] is JsonObject properties && !at.Contains("/if", StringComparison.Ordinal))
            {
                foreach (var (key, value) in properties)
                {
                    if (value?["description"] is not JsonValue description || string.IsNullOrWhiteSpace((string?)description))
                    {
                        missing.Add($"{at}/properties/{key}");
                    }
                }
            }

            foreach (var (key, value) in obj)
            {
                if (value is not null)
                {
                    Walk(value, $"{at}/{key}", missing);
                }
            }
        }
        else if (node is JsonArray array)
        {
            for (var i = 0; i < array.Count; i++)
            {
                if (array[i] is { } item)
                {
                    Walk(item, $"{at}/{i}", missing);
                }
            }
        }
    }
}
