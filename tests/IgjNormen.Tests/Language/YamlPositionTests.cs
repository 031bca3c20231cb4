using IgjNormen.Diagnostics;
using IgjNormen.Tests.Support;
using IgjNormen.Text;
using Xunit;

namespace IgjNormen.Tests.Language;

/// <summary>
/// A diagnostic inside a toets points at the exact line and column in the YAML file, whatever the style of the
/// scalar: plain, single-quoted (with '' escapes), double-quoted (with \ escapes), literal (|) and folded (&gt;-)
/// block scalars, also when the toets spans several lines and the mistake is on the second.
/// </summary>
public class YamlPositionTests
{
    private const string Path = "norms/normen/p.norm.yaml";

    /// <summary>A norm whose one criterion has the given YAML for its toets (starting at "toets:", line 11).</summary>
    private static string NormWithToets(string toetsYaml, string? toepassingYaml = null) =>
        "id: p\n" +
        "titel: Posities\n" +
        "soort: wettelijk\n" +
        "bron: { regeling: Wkkgz, bwb: BWBR0037173, artikel: \"13\" }\n" +
        (toepassingYaml is null ? string.Empty : toepassingYaml + "\n") +
        "versies:\n" +
        "  - geldig_vanaf: 2016-01-01\n" +
        "    status: vastgesteld\n" +
        "    criteria:\n" +
        "      - id: c1\n" +
        "        tekst: Criterium.\n" +
        "        " + toetsYaml + "\n";

    private static Diagnostic SingleError(string normText)
    {
        var loaded = TestModel.WithBegrippen((Path, normText));
        var errors = loaded.Diagnostics.Where(d => d.IsError).ToList();
        Assert.True(errors.Count == 1, string.Join(" | ", errors));
        Assert.Equal(Path, errors[0].Location.Path);
        return errors[0];
    }

    /// <summary>The 1-based line and column of the first <paramref name="token"/> on a 1-based line of the text.</summary>
    private static LinePosition Find(string text, int line, string token, int occurrence = 1)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var column = -1;
        for (var i = 0; i < occurrence; i++)
        {
            column = lines[line - 1].IndexOf(token, column + 1, StringComparison.Ordinal);
            Assert.True(column >= 0, $"'{token}' staat niet op regel {line}: {lines[line - 1]}");
        }

        return new LinePosition(line, column + 1);
    }

    private static void AssertAt(Diagnostic diagnostic, string code, LinePosition start, int length)
    {
        Assert.Equal(code, diagnostic.Code);
        Assert.Equal(start, diagnostic.Location.Start);
        Assert.Equal(new LinePosition(start.Line, start.Column + length), diagnostic.Location.End);
    }

    [Fact]
    public void Plain_scalar()
    {
        var norm = NormWithToets("toets: klachten.regeling_aanwezig en onzin.feit");
        AssertAt(SingleError(norm), "IGJ1301", Find(norm, 11, "onzin.feit"), "onzin.feit".Length);
    }

    [Fact]
    public void Plain_scalar_on_two_lines()
    {
        var norm = NormWithToets("toets: klachten.regeling_aanwezig\n          en onzin.feit");
        AssertAt(SingleError(norm), "IGJ1301", Find(norm, 12, "onzin.feit"), "onzin.feit".Length);
    }

    [Fact]
    public void Single_quoted_scalar_with_doubled_quotes_before_the_error()
    {
        var norm = NormWithToets("toets: 'aanbieder.naam = \"O''Brien\" en onzin.feit'");
        AssertAt(SingleError(norm), "IGJ1301", Find(norm, 11, "onzin.feit"), "onzin.feit".Length);
    }

    [Fact]
    public void Single_quoted_scalar_with_doubled_quotes_inside_the_error()
    {
        // The span covers a text whose '' stands for one quote: the end moves with the source, not the value.
        var norm = NormWithToets("toets: 'aanbieder.soort = \"d''r\" en ja'");
        var error = SingleError(norm);
        Assert.Equal("IGJ1306", error.Code);
        Assert.Equal("\"d'r\" is geen waarde van 'aanbieder.soort'; toegestaan: instelling, solistisch.", error.Message);
        Assert.Equal(Find(norm, 11, "\"d''r\""), error.Location.Start);
        Assert.Equal(new LinePosition(11, Find(norm, 11, "\"d''r\"").Column + "\"d''r\"".Length), error.Location.End);
    }

    [Fact]
    public void Single_quoted_scalar_on_two_lines()
    {
        var norm = NormWithToets("toets: 'klachten.regeling_aanwezig en\n          onzin.feit'");
        AssertAt(SingleError(norm), "IGJ1301", Find(norm, 12, "onzin.feit"), "onzin.feit".Length);
    }

    [Fact]
    public void Double_quoted_scalar_with_escapes_before_the_error()
    {
        var norm = NormWithToets("toets: \"aanbieder.naam = \\\"x\\\\y\\\" en onzin.feit\"");
        AssertAt(SingleError(norm), "IGJ1301", Find(norm, 11, "onzin.feit"), "onzin.feit".Length);
    }

    [Fact]
    public void Double_quoted_scalar_on_two_lines()
    {
        var norm = NormWithToets("toets: \"klachten.regeling_aanwezig en\n          onzin.feit\"");
        AssertAt(SingleError(norm), "IGJ1301", Find(norm, 12, "onzin.feit"), "onzin.feit".Length);
    }

    [Fact]
    public void Literal_block_scalar_with_the_error_on_the_first_line()
    {
        var norm = NormWithToets("toets: |\n          onzin.feit\n            en klachten.regeling_aanwezig");
        AssertAt(SingleError(norm), "IGJ1301", Find(norm, 12, "onzin.feit"), "onzin.feit".Length);
    }

    [Fact]
    public void Literal_block_scalar_with_the_error_on_the_second_line()
    {
        var norm = NormWithToets("toets: |\n          klachten.regeling_aanwezig\n            en onzin.feit");
        AssertAt(SingleError(norm), "IGJ1301", Find(norm, 13, "onzin.feit"), "onzin.feit".Length);
    }

    [Fact]
    public void Literal_block_scalar_with_a_comment_and_strip_indicator()
    {
        var norm = NormWithToets("toets: |- # de klachtenregeling\n          klachten.regeling_aanwezig en\n          onzin.feit");
        AssertAt(SingleError(norm), "IGJ1301", Find(norm, 13, "onzin.feit"), "onzin.feit".Length);
    }

    [Fact]
    public void Folded_block_scalar_with_the_error_on_the_second_line()
    {
        var norm = NormWithToets("toets: >-\n          klachten.regeling_aanwezig en\n          onzin.feit");
        AssertAt(SingleError(norm), "IGJ1301", Find(norm, 13, "onzin.feit"), "onzin.feit".Length);
    }

    [Fact]
    public void Folded_block_scalar_on_three_lines()
    {
        var norm = NormWithToets("toets: >-\n          klachten.regeling_aanwezig en\n          klachten.functionaris_beschikbaar\n          en onzin.feit");
        AssertAt(SingleError(norm), "IGJ1301", Find(norm, 14, "onzin.feit"), "onzin.feit".Length);
    }

    [Fact]
    public void A_syntax_error_on_the_second_line_of_a_literal_block()
    {
        var norm = NormWithToets("toets: |\n          klachten.regeling_aanwezig\n            en en ja");
        var error = SingleError(norm);
        Assert.StartsWith("Onverwacht 'en'; verwacht ", error.Message, StringComparison.Ordinal);
        AssertAt(error, "IGJ1201", Find(norm, 13, "en", occurrence: 2), 2);
    }

    [Fact]
    public void A_missing_parenthesis_at_the_end_of_a_block_points_after_the_last_word_not_at_the_next_line()
    {
        var norm = NormWithToets("toets: |\n          (klachten.regeling_aanwezig\n            en ja");
        var error = SingleError(norm);
        Assert.Equal("Onverwacht einde van de toets; verwacht ')'.", error.Message);
        var ja = Find(norm, 13, "ja");
        AssertAt(error, "IGJ1201", new LinePosition(13, ja.Column + 2), 0);
    }

    [Fact]
    public void Unterminated_text_in_a_folded_block_points_at_the_opening_quote()
    {
        var norm = NormWithToets("toets: >-\n          klachten.regeling_aanwezig en\n          aanbieder.naam = \"De Linde");
        var error = SingleError(norm);
        Assert.Equal("IGJ1202", error.Code);
        Assert.Equal(Find(norm, 13, "\""), error.Location.Start);
    }

    [Fact]
    public void Invalid_date_in_a_double_quoted_scalar()
    {
        var norm = NormWithToets("toets: \"kwaliteit.laatste_toetsing_op >= 2024-02-30\"");
        var error = SingleError(norm);
        Assert.Equal("'2024-02-30' is geen bestaande datum.", error.Message);
        AssertAt(error, "IGJ1203", Find(norm, 11, "2024-02-30"), 10);
    }

    [Theory]
    [InlineData("\\\\")]
    [InlineData("\\t")]
    [InlineData("\\u00e9")]
    [InlineData("\\x41")]
    public void Double_quoted_scalar_with_an_escape_before_the_error(string escape)
    {
        // Each escape stands for one character of the value but several in the file.
        var norm = NormWithToets($"toets: \"aanbieder.naam = \\\"a{escape}b\\\" en onzin.feit\"");
        AssertAt(SingleError(norm), "IGJ1301", Find(norm, 11, "onzin.feit"), "onzin.feit".Length);
    }

    [Fact]
    public void Windows_line_endings()
    {
        var norm = NormWithToets("toets: |\n          klachten.regeling_aanwezig\n            en onzin.feit").Replace("\n", "\r\n", StringComparison.Ordinal);
        AssertAt(SingleError(norm), "IGJ1301", Find(norm, 13, "onzin.feit"), "onzin.feit".Length);
    }

    [Fact]
    public void A_toepassing_in_a_folded_block()
    {
        var norm = NormWithToets("toets: ja", "toepassing: >-\n  aanbieder.soort = \"instelling\"\n  of aanbieder.soort = \"ziekenhuis\"");
        var error = SingleError(norm);
        Assert.Equal("IGJ1306", error.Code);
        AssertAt(error, "IGJ1306", Find(norm, 7, "\"ziekenhuis\""), "\"ziekenhuis\"".Length);
    }

    [Fact]
    public void The_printed_form_uses_the_same_line_and_column()
    {
        var norm = NormWithToets("toets: >-\n          klachten.regeling_aanwezig en\n          onzin.feit");
        var at = Find(norm, 13, "onzin.feit");
        Assert.Equal($"{Path}({at.Line},{at.Column}): error IGJ1301: Onbekend feit 'onzin.feit'.", SingleError(norm).ToString());
    }
}
