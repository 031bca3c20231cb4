using System.Text;
using System.Text.RegularExpressions;
using IgjNormen.Diagnostics;
using IgjNormen.Findings;
using IgjNormen.Loading;
using IgjNormen.Tests.Diagnostics;
using IgjNormen.Tests.Support;
using Xunit;

namespace IgjNormen.Tests.BadInput;

/// <summary>
/// Broken, hostile and odd files: each gives one coded Dutch diagnostic with file, line and column, through the library
/// and through the command line, never an exception, and quickly. Fixtures are written to a temp folder per test.
/// </summary>
public partial class BadInputTests
{
    /// <summary>
    /// A guard against hangs, not a speed test: each case takes well under a second on an idle machine, but CI machines
    /// and busy laptops can be many times slower.
    /// </summary>
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(30);

    private const string NormFile = "norms/a.norm.yaml";
    private const string BevindingenYaml = "bevindingen.yaml";
    private const string BevindingenJson = "bevindingen.json";

    public enum Target
    {
        /// <summary>The file is in the norms folder: NormModelLoader.LoadFolder and <c>igjnormen check</c>.</summary>
        Norms,

        /// <summary>The file is bevindingen next to valid norms: BevindingenReader.ReadFile and <c>igjnormen eval</c>.</summary>
        Bevindingen,
    }

    /// <summary>A bad input: where it goes, what it holds, and the one diagnostic it must give (null File: the named path).</summary>
    public sealed record Case(Target Target, string File, Func<byte[]> Content, string Code, int Line, int Column, int Exit = 1, bool Locked = false);

    private static byte[] Utf8(string text) => new UTF8Encoding(false).GetBytes(text);

    private static string Norm(string old, string replacement) => Inputs.Replace(Inputs.NormText, old, replacement);

    /// <summary>Nine anchors, each a list of nine aliases of the previous: a billion 'lol's if expanded.</summary>
    private static string BillionLaughs()
    {
        var lines = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (var c = 'b'; c <= 'i'; c++)
        {
            var previous = (char)(c - 1);
            lines.Append($"{c}: &{c} [{string.Join(",", Enumerable.Repeat("*" + previous, 9))}]\n");
        }

        return lines.ToString();
    }

    private static readonly Dictionary<string, Case> Cases = new()
    {
        ["kapotte YAML: '[' niet gesloten"] = new(Target.Norms, NormFile, () => Utf8(Norm("titel: Testnorm", "titel: [Testnorm")), "IGJ1001", 2, 8),
        ["kapotte YAML: aanhalingsteken niet gesloten"] = new(Target.Norms, NormFile, () => Utf8(Norm("titel: Testnorm", "titel: \"Testnorm")), "IGJ1001", 2, 8),
        ["tab in inspringing"] = new(Target.Norms, NormFile, () => Utf8(Norm("  - geldig_vanaf", "\t- geldig_vanaf")), "IGJ1007", 6, 1),
        ["dubbele sleutel"] = new(Target.Norms, NormFile, () => Utf8(Norm("soort: wettelijk\n", "soort: wettelijk\nsoort: veldnorm\n")), "IGJ1002", 4, 1),
        ["anker/alias-bom (billion laughs)"] = new(Target.Norms, NormFile, () => Utf8(BillionLaughs()), "IGJ1003", 1, 4),
        ["10.000 geneste ["] = new(Target.Norms, NormFile, () => Utf8(new string('[', 10_000)), "IGJ1004", 1, 66),
        ["10.000 geneste mappings"] = new(Target.Norms, NormFile, () => Utf8(string.Concat(Enumerable.Repeat("{a: ", 10_000)) + "1" + new string('}', 10_000)), "IGJ1004", 1, 258),
        ["ongeldige UTF-8"] = new(Target.Norms, NormFile, () => [.. Utf8("id: a\ntitel: caf"), 0xE9, .. Utf8(" de Linde\n")], "IGJ1005", 2, 11),
        ["waarde van 10 MB"] = new(Target.Norms, NormFile, () => Utf8(Norm("titel: Testnorm", "titel: " + new string('x', 10 * 1024 * 1024))), "IGJ1009", 2, 8),
        ["bestand boven de grens"] = new(Target.Norms, "norms/groot.norm.yaml", () => [], "IGJ1006", 1, 1),
        ["onafgesloten tekst in een toets"] = new(Target.Norms, NormFile, () => Utf8(Inputs.NormWithToets("'klachten.regeling_aanwezig = \"ja'")), "IGJ1202", 11, 46),
        ["leeg bestand"] = new(Target.Norms, NormFile, () => [], "IGJ1010", 1, 1),
        ["alleen commentaar"] = new(Target.Norms, NormFile, () => Utf8("# nog niets\n"), "IGJ1010", 1, 1),
        ["twee YAML-documenten"] = new(Target.Norms, NormFile, () => Utf8(Inputs.NormText + "---\nid: b\n"), "IGJ1010", 21, 1),
        ["onleesbaar bestand (vergrendeld)"] = new(Target.Norms, NormFile, () => Utf8(Inputs.NormText), "IGJ1008", 1, 1, Exit: 2, Locked: true),
        ["map bestaat niet"] = new(Target.Norms, "bestaat-niet", () => [], "IGJ1012", 1, 1, Exit: 2),

        ["bevindingen: 1,5 als getal"] = new(Target.Bevindingen, BevindingenYaml, () => Utf8(Inputs.Replace(Inputs.BevindingenText, "feiten:\n", "feiten:\n  aanbieder:\n    aantal_zorgverleners: 1,5\n")), "IGJ1502", 7, 27),
        ["bevindingen: leeg bestand"] = new(Target.Bevindingen, BevindingenYaml, () => [], "IGJ1010", 1, 1),
        ["bevindingen: tab in inspringing"] = new(Target.Bevindingen, BevindingenYaml, () => Utf8(Inputs.Replace(Inputs.BevindingenText, "  naam:", "\tnaam:")), "IGJ1007", 2, 1),
        ["bevindingen: kapotte JSON"] = new(Target.Bevindingen, BevindingenJson, () => Utf8("{\n  \"aanbieder\": { \"naam\": \"Zorg B.V.\" },\n  \"bezoek\": { \"datum\": \"2025-03-12\" \n}\n"), "IGJ1001", 5, 1),
        ["bevindingen: JSON met dubbele sleutel"] = new(Target.Bevindingen, BevindingenJson, () => Utf8("{\"aanbieder\": {\"naam\": \"A\", \"naam\": \"B\"}}\n"), "IGJ1002", 1, 29),
        ["bevindingen: onleesbaar bestand (vergrendeld)"] = new(Target.Bevindingen, BevindingenYaml, () => Utf8(Inputs.BevindingenText), "IGJ1008", 1, 1, Exit: 2, Locked: true),
        ["bevindingen: bestand bestaat niet"] = new(Target.Bevindingen, "bestaat-niet.yaml", () => [], "IGJ1012", 1, 1, Exit: 2),
    };

    public static TheoryData<string> Names() => [.. Cases.Keys];

    [Theory]
    [MemberData(nameof(Names))]
    public void Library_gives_one_coded_diagnostic(string name)
    {
        var @case = Cases[name];
        using var dir = Arrange(@case);
        using var holder = Hold(@case, dir);

        var diagnostics = WithinHangGuard(() => RunLibrary(@case, dir));

        var diagnostic = Assert.Single(diagnostics, d => d.IsError);
        Assert.Equal(@case.Code, diagnostic.Code);
        Assert.EndsWith(@case.File, diagnostic.Location.Path, StringComparison.Ordinal);
        Assert.Equal((@case.Line, @case.Column), (diagnostic.Location.Start.Line, diagnostic.Location.Start.Column));
        AssertDutch(diagnostic.Message);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Cli_prints_the_diagnostic_and_exits_with_the_right_code(string name)
    {
        var @case = Cases[name];
        using var dir = Arrange(@case);
        using var holder = Hold(@case, dir);
        string[] args = @case.Target == Target.Norms
            ? ["check", dir.Combine(Folder(@case))]
            : ["eval", dir.Combine(@case.File), "--normen", dir.Combine("norms")];

        var run = WithinHangGuard(() => CliRunner.Run(args));

        Assert.Equal(@case.Exit, run.Exit);
        var output = run.Out + run.Err;
        Assert.Matches(new Regex($@"(?m)^\S*{Regex.Escape(@case.File)}\({@case.Line},{@case.Column}\): error {@case.Code}: \S"), output);
        AssertNoCrash(output);
    }

    [Fact]
    public void Cli_test_command_reports_a_broken_norm_file_too()
    {
        using var dir = new TempDirectory();
        dir.Write(Inputs.BegrippenPath, Support.TestModel.Begrippen);
        dir.Write(NormFile, "id: a\ntitel: [Testnorm\nsoort: wettelijk\n");

        var run = WithinHangGuard(() => CliRunner.Run("test", dir.Combine("norms")));

        Assert.Equal(1, run.Exit);
        Assert.Contains("a.norm.yaml(2,8): error IGJ1001: ", run.Out, StringComparison.Ordinal);
        Assert.EndsWith("0 passed, 0 failed, 0 niet uitgevoerd\n", run.Out, StringComparison.Ordinal);
        Assert.Contains("niet gelezen: ", run.Out, StringComparison.Ordinal);
        AssertNoCrash(run.Out + run.Err);
    }

    [Fact]
    public void Comma_in_a_number_hints_to_use_a_point()
    {
        using var dir = Arrange(Cases["bevindingen: 1,5 als getal"]);

        var diagnostic = Assert.Single(RunLibrary(Cases["bevindingen: 1,5 als getal"], dir));

        Assert.Contains("'1,5' is geen getal", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("Gebruik een punt als decimaalteken: 1.5", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Valid_json_bevindingen_work_in_the_library_and_the_cli()
    {
        using var dir = new TempDirectory();
        WriteValidNorms(dir);
        var json = dir.Write(BevindingenJson, """
            {
            	"aanbieder": { "naam": "Zorg B.V.", "kvk": "12345678" },
            	"bezoek": { "datum": "2025-03-12", "kader": "k" },
            	"feiten": {
            		"aanbieder": { "soort": "instelling", "aantal_zorgverleners": 1.5 },
            		"klachten": {
            			"regeling_aanwezig": true,
            			"klachten": [ { "ingediend_op": "2025-01-06", "besluit_op": null, "verlengd": false } ]
            		}
            	},
            	"oordelen": { "a": { "oordeel": "voldoet grotendeels", "motivering": "Regeling nog niet bekendgemaakt." } }
            }
            """);

        var model = NormModelLoader.LoadFolder(dir.Combine("norms"));
        Assert.Empty(model.Diagnostics);
        var diagnostics = new DiagnosticBag();
        var bevindingen = BevindingenReader.ReadFile(json, model.Model, diagnostics);
        Assert.Empty(diagnostics.Items);
        Assert.NotNull(bevindingen);
        Assert.Equal("12345678", bevindingen.Aanbieder.Kvk);
        Assert.Equal("k", bevindingen.KaderId);
        Assert.Single(bevindingen.Afwijkingen);

        var run = WithinHangGuard(() => CliRunner.Run("eval", json, "--normen", dir.Combine("norms"), "--format", "json"));
        Assert.Equal(0, run.Exit);
        Assert.Equal(string.Empty, run.Err);
        using var result = System.Text.Json.JsonDocument.Parse(run.Out);
        Assert.Equal("voldoet grotendeels", result.RootElement.GetProperty("normen")[0].GetProperty("oordeel").GetString());
    }

    [Fact]
    public void Crlf_line_endings_give_the_same_positions()
    {
        using var dir = new TempDirectory();
        dir.Write(Inputs.BegrippenPath, Support.TestModel.Begrippen);
        dir.Write(NormFile, Inputs.NormWithToets("klachten.regeling_aanwezg").ReplaceLineEndings("\r\n"));

        var diagnostic = Assert.Single(NormModelLoader.LoadFolder(dir.Combine("norms")).Diagnostics);

        Assert.Equal("IGJ1301", diagnostic.Code);
        Assert.Equal((11, 16), (diagnostic.Location.Start.Line, diagnostic.Location.Start.Column));
    }

    [Fact]
    public void A_byte_order_mark_is_accepted()
    {
        using var dir = new TempDirectory();
        dir.Write(Inputs.BegrippenPath, [0xEF, 0xBB, 0xBF, .. Utf8(Support.TestModel.Begrippen)]);
        dir.Write(NormFile, [0xEF, 0xBB, 0xBF, .. Utf8(Inputs.NormText)]);

        Assert.Empty(NormModelLoader.LoadFolder(dir.Combine("norms")).Diagnostics);
    }

    private static TempDirectory Arrange(Case @case)
    {
        var dir = new TempDirectory();
        if (@case.Target == Target.Bevindingen)
        {
            WriteValidNorms(dir);
            if (!@case.File.StartsWith("bestaat-niet", StringComparison.Ordinal))
            {
                dir.Write(@case.File, @case.Content());
            }

            return dir;
        }

        dir.Write(Inputs.BegrippenPath, Support.TestModel.Begrippen);
        if (@case.File == "norms/groot.norm.yaml")
        {
            // Over the 16 MiB limit without writing 16 MiB: the length is checked before anything is read.
            using var stream = new FileStream(dir.Combine(@case.File), FileMode.CreateNew, FileAccess.Write);
            stream.SetLength(17L * 1024 * 1024);
        }
        else if (@case.File.StartsWith("norms/", StringComparison.Ordinal))
        {
            dir.Write(@case.File, @case.Content());
        }

        return dir;
    }

    /// <summary>For a locked case: holds the file open without sharing, as another program may, so reading it fails.</summary>
    private static FileStream? Hold(Case @case, TempDirectory dir) =>
        @case.Locked ? new FileStream(dir.Combine(@case.File), FileMode.Open, FileAccess.ReadWrite, FileShare.None) : null;

    private static void WriteValidNorms(TempDirectory dir)
    {
        dir.Write(Inputs.BegrippenPath, Support.TestModel.Begrippen);
        dir.Write(Inputs.NormPath, Inputs.NormText);
        dir.Write(Inputs.KaderPath, Inputs.KaderText);
    }

    private static string Folder(Case @case) => @case.File.StartsWith("norms/", StringComparison.Ordinal) ? "norms" : @case.File;

    private static IReadOnlyList<Diagnostic> RunLibrary(Case @case, TempDirectory dir)
    {
        if (@case.Target == Target.Norms)
        {
            return NormModelLoader.LoadFolder(dir.Combine(Folder(@case))).Diagnostics;
        }

        var model = NormModelLoader.LoadFolder(dir.Combine("norms"));
        Assert.Empty(model.Diagnostics);
        var diagnostics = new DiagnosticBag();
        var bevindingen = BevindingenReader.ReadFile(dir.Combine(@case.File), model.Model, diagnostics);
        Assert.Null(bevindingen);
        return diagnostics.Items;
    }

    private static T WithinHangGuard<T>(Func<T> action)
    {
        var task = Task.Run(action);
        Assert.True(task.Wait(HangGuard), $"Niet klaar binnen {HangGuard.TotalSeconds} seconden.");
        return task.Result;
    }

    /// <summary>Messages are Dutch: no English words that a .NET or YamlDotNet message would bring in.</summary>
    private static void AssertDutch(string message)
    {
        Assert.DoesNotMatch(EnglishWords(), message);
    }

    private static void AssertNoCrash(string output)
    {
        Assert.DoesNotContain("Exception", output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Interne fout", output, StringComparison.Ordinal);
        AssertDutch(output);
    }

    [GeneratedRegex(@"\b(the|The|while|While|found|not|expected|Expected|cannot|because|process|file|File|Operation|invalid|Unrecognized|Required)\b")]
    private static partial Regex EnglishWords();
}
