using System.Text.RegularExpressions;
using IgjNormen.Diagnostics;
using IgjNormen.Tests.Support;
using Xunit;

namespace IgjNormen.Tests.Diagnostics;

/// <summary>The set of codes as a whole: well-formed, unique, and documented in docs/diagnostics.md with title and severity.</summary>
public partial class DiagnosticCatalogTests
{
    private static readonly string Doc = File.ReadAllText(RepositoryRoot.Combine("docs", "diagnostics.md")).ReplaceLineEndings("\n");

    public static TheoryData<string> Codes() => [.. DiagnosticCodes.All.Select(d => d.Code)];

    [Theory]
    [InlineData("IGJ10")]
    [InlineData("IGJ11")]
    [InlineData("IGJ12")]
    [InlineData("IGJ13")]
    [InlineData("IGJ14")]
    [InlineData("IGJ15")]
    [InlineData("IGJ16")]
    [InlineData("IGJ17")]
    [InlineData("IGJ18")]
    [InlineData("IGJ19")]
    public void Catalog_has_every_range(string range)
    {
        // Guards the reflection in DiagnosticCodes.All: a nested class it does not pick up would silently shrink the catalog.
        Assert.Contains(DiagnosticCodes.All, d => d.Code.StartsWith(range, StringComparison.Ordinal));
    }

    [Fact]
    public void Codes_are_unique()
    {
        var duplicates = DiagnosticCodes.All.GroupBy(d => d.Code).Where(g => g.Count() > 1).Select(g => g.Key);
        Assert.Empty(duplicates);
    }

    [Fact]
    public void Codes_have_the_form_IGJ1nnn()
    {
        Assert.All(DiagnosticCodes.All, d => Assert.Matches(CodePattern(), d.Code));
    }

    [Fact]
    public void Titles_and_messages_are_filled_in()
    {
        Assert.All(DiagnosticCodes.All, d =>
        {
            Assert.False(string.IsNullOrWhiteSpace(d.Title), d.Code);
            Assert.False(string.IsNullOrWhiteSpace(d.MessageFormat), d.Code);
            Assert.True(d.Severity is Severity.Error or Severity.Warning, d.Code);
        });
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void Every_code_is_a_heading_in_the_doc_with_its_title_and_severity(string code)
    {
        var descriptor = DiagnosticCodes.All.Single(d => d.Code == code);
        var heading = $"### {code}: {descriptor.Title}\n";
        var at = Doc.IndexOf(heading, StringComparison.Ordinal);
        Assert.True(at >= 0, $"docs/diagnostics.md mist de kop '{heading.TrimEnd()}'.");

        var next = Doc.IndexOf("\n##", at + heading.Length, StringComparison.Ordinal);
        var section = next < 0 ? Doc[at..] : Doc[at..next];
        var severity = descriptor.Severity == Severity.Error ? "fout" : "waarschuwing";
        Assert.Contains($"\nErnst: {severity}\n", section, StringComparison.Ordinal);
        Assert.Contains("**Wanneer.**", section, StringComparison.Ordinal);
        Assert.Contains("**Oplossing.**", section, StringComparison.Ordinal);
        Assert.Contains($": {(descriptor.Severity == Severity.Error ? "error" : "warning")} {code}: ", section, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void Every_code_is_in_the_section_of_its_range(string code)
    {
        var range = code[..5] + "xx"; // IGJ1301 → IGJ13xx
        var section = Doc.IndexOf($"\n## {range[3..]}: ", StringComparison.Ordinal);
        var nextSection = Doc.IndexOf("\n## ", section + 1, StringComparison.Ordinal);
        var heading = Doc.IndexOf($"### {code}: ", StringComparison.Ordinal);
        Assert.True(section >= 0, $"docs/diagnostics.md mist de sectie '## {range[3..]}: …'.");
        Assert.InRange(heading, section, nextSection < 0 ? Doc.Length : nextSection);
    }

    [Fact]
    public void Doc_mentions_no_code_that_does_not_exist()
    {
        var known = DiagnosticCodes.All.Select(d => d.Code).ToHashSet(StringComparer.Ordinal);
        var unknown = AnyCode().Matches(Doc).Select(m => m.Value).Where(c => !known.Contains(c)).Distinct();
        Assert.Empty(unknown);
    }

    [Fact]
    public void Every_heading_in_the_doc_is_a_code_once()
    {
        var headings = CodeHeading().Matches(Doc).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(headings.Distinct(StringComparer.Ordinal).Count(), headings.Count);
        Assert.Equal(DiagnosticCodes.All.Select(d => d.Code).Order(StringComparer.Ordinal), headings.Order(StringComparer.Ordinal));
    }

    [GeneratedRegex(@"^IGJ1\d{3}$")]
    private static partial Regex CodePattern();

    [GeneratedRegex(@"IGJ\d{4}")]
    private static partial Regex AnyCode();

    [GeneratedRegex(@"^### (IGJ\d{4})", RegexOptions.Multiline)]
    private static partial Regex CodeHeading();
}
