using IgjNormen.Formatting;
using IgjNormen.Parsing;
using IgjNormen.Syntax;
using Xunit;

namespace IgjNormen.Tests.Formatting;

public class ToetsFormatterTests
{
    [Theory]
    [InlineData("a  EN   b", "a en b")]
    [InlineData("(a en b) en c", "a en b en c")]
    [InlineData("a en (b en c)", "a en (b en c)")]
    [InlineData("a of (b en c)", "a of b en c")]
    [InlineData("(a of b) en c", "(a of b) en c")]
    [InlineData("niet (a = 3)", "niet a = 3")]
    [InlineData("(niet a) en b", "niet a en b")]
    [InlineData("niet (a en b)", "niet (a en b)")]
    [InlineData("(x + 1) * 2 >= y - (z - 3)", "(x + 1) * 2 >= y - (z - 3)")]
    [InlineData("((x - 1) - 2)", "x - 1 - 2")]
    [InlineData("- (-x)", "- -x")]
    [InlineData("-(x + 1) < 3", "-(x + 1) < 3")]
    [InlineData("(a = b) = c", "(a = b) = c")]
    [InlineData("x tussen 1 en 5 en y", "x tussen 1 en 5 en y")]
    [InlineData("x IS NIET bekend", "x is onbekend")]
    [InlineData("x niet in [\"a\",\"b\"]", "x niet in [\"a\", \"b\"]")]
    [InlineData("(alle k in l: k.a) en b", "(alle k in l: k.a) en b")]
    [InlineData("b en (alle k in l: k.a)", "b en alle k in l: k.a")]
    [InlineData("(niet alle k in l: k.a) of b", "niet (alle k in l: k.a) of b")]
    [InlineData("a en (alle k in l: k.a) of b", "a en (alle k in l: k.a) of b")]
    [InlineData("Aantal( k IN l : k.x ) >= 3", "aantal(k in l: k.x) >= 3")]
    [InlineData("aantal((k.a in l))", "aantal(k.a in l)")]
    [InlineData("oordeel(wkkgz.a-b) in [Voldoet, VOLDOET grotendeels]", "oordeel(wkkgz.a-b) in [voldoet, voldoet grotendeels]")]
    [InlineData("d + 1 Weken <= d + 2 dag + 1 Jaren + 48 UREN", "d + 1 week <= d + 2 dagen + 1 jaar + 48 uur")]
    [InlineData("t <= 2025-06-01T10:00 en d = 2024-02-29", "t <= 2025-06-01T10:00 en d = 2024-02-29")]
    [InlineData("x = \"a \\\"b\\\" \\\\ c\"", "x = \"a \\\"b\\\" \\\\ c\"")]
    [InlineData("x = 1.50", "x = 1.50")]
    [InlineData("peildatum >= PEILDATUM - 1 jaar", "peildatum >= peildatum - 1 jaar")]
    public void Prints_canonical_text_with_minimal_parentheses(string input, string expected)
    {
        var tree = Parse(input);
        var printed = ToetsFormatter.Format(tree);
        Assert.Equal(expected, printed);
        Assert.True(ExprEquivalence.AreEquivalent(tree, Parse(printed)), $"'{printed}' betekent iets anders dan '{input}'");
    }

    [Fact]
    public void A_verdict_before_niet_in_keeps_its_parentheses()
    {
        // 'voldoet niet in […]' would read as the verdict 'voldoet niet' followed by 'in'.
        var tree = new InExpr(new VerdictLiteral(Model.Oordeel.Voldoet), new ListExpr([new VerdictLiteral(Model.Oordeel.VoldoetNiet)]), Negated: true);
        var printed = ToetsFormatter.Format(tree);
        Assert.Equal("(voldoet) niet in [voldoet niet]", printed);
        Assert.True(ExprEquivalence.AreEquivalent(tree, Parse(printed)));
    }

    [Fact]
    public void Long_chains_break_before_each_operator_and_nested_chains_are_indented()
    {
        var tree = Parse("alle k in klachten.klachten: niet k.afgehandeld of k.besluit_op <= k.ingediend_op + 6 weken of (k.verlengd en k.verlenging_gemeld_op <= k.ingediend_op + 6 weken en k.besluit_op <= k.ingediend_op + 10 weken)");
        var lines = ToetsFormatter.Layout(tree, 80, block: true);
        Assert.Equal(
            [
                "alle k in klachten.klachten:",
                "niet k.afgehandeld",
                "of k.besluit_op <= k.ingediend_op + 6 weken",
                "of k.verlengd",
                "  en k.verlenging_gemeld_op <= k.ingediend_op + 6 weken",
                "  en k.besluit_op <= k.ingediend_op + 10 weken",
            ],
            lines);
    }

    [Fact]
    public void A_short_toets_stays_on_one_line_and_a_block_puts_a_leading_quantifier_header_on_its_own()
    {
        var tree = Parse("alle k in l: k.a");
        Assert.Equal(["alle k in l: k.a"], ToetsFormatter.Layout(tree, 100, block: false));
        Assert.Equal(["alle k in l:", "k.a"], ToetsFormatter.Layout(tree, 100, block: true));
    }

    [Fact]
    public void Format_text_returns_null_for_text_that_does_not_parse_or_is_invalid()
    {
        Assert.Null(ToetsFormatter.FormatText("a en"));
        Assert.Null(ToetsFormatter.FormatText("d = 2025-02-30"));
        Assert.Equal("a en b", ToetsFormatter.FormatText(" a\nEN b "));
    }

    private static Expr Parse(string text)
    {
        var result = ToetsParser.Parse(text);
        Assert.True(result.Success, $"'{text}' parset niet: {result.Error?.Code} {string.Join(", ", result.ErrorArgs)}");
        return result.Expression!;
    }
}
