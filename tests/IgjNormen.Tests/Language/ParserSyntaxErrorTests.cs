using IgjNormen.Diagnostics;
using IgjNormen.Parsing;
using IgjNormen.Syntax;
using IgjNormen.Text;
using Xunit;
using static IgjNormen.Tests.Language.ToetsTree;

namespace IgjNormen.Tests.Language;

/// <summary>
/// Syntax errors: the code, the message (Sprache style: what was found, what was expected there) and the exact span
/// in the text. Positions are offsets into the toets; the YAML tests map them to lines and columns.
/// </summary>
public class ParserSyntaxErrorTests
{
    private const string Operand =
        "'(', '-', '[', 'aantal', 'alle', 'enige', 'geen', 'ja', 'nee', 'niet', 'oordeel', 'peildatum', 'voldoet', een datum, een feit, een getal of een tekst";

    private const string ValueOperand =
        "'(', '-', '[', 'aantal', 'ja', 'nee', 'niet', 'oordeel', 'peildatum', 'voldoet', een datum, een feit, een getal of een tekst";

    private const string Continuation =
        "'!=', '*', '+', '-', '/', '<', '<=', '=', '>', '>=', 'en', 'in', 'is', 'niet', 'of', 'tussen' of het einde van de toets";

    private static ToetsParseResult Fails(string text)
    {
        var result = ToetsParser.Parse(text);
        Assert.False(result.Success, $"'{text}' zou niet moeten parseren, maar geeft {(result.Expression is null ? "niets" : Show(result.Expression))}");
        Assert.Null(result.Expression);
        Assert.NotNull(result.Error);
        return result;
    }

    private static void AssertError(string text, string code, string message, int start, int length)
    {
        var result = Fails(text);
        Assert.Equal(code, result.Error!.Code);
        Assert.Equal(message, result.Error.Format(result.ErrorArgs));
        Assert.Equal(new TextSpan(start, length), result.ErrorSpan);
    }

    [Fact]
    public void A_missing_closing_parenthesis_is_expected_at_the_end() =>
        AssertError("(a en b", "IGJ1201", "Onverwacht einde van de toets; verwacht ')'.", 7, 0);

    [Fact]
    public void An_error_at_the_end_points_after_the_last_word_not_after_trailing_whitespace() =>
        AssertError("(a en b  \n ", "IGJ1201", "Onverwacht einde van de toets; verwacht ')'.", 7, 0);

    [Fact]
    public void A_missing_operand_after_en() =>
        AssertError("a en", "IGJ1201", $"Onverwacht einde van de toets; verwacht {Operand}.", 4, 0);

    [Fact]
    public void A_doubled_comparison_operator() =>
        AssertError("a = = b", "IGJ1201", $"Onverwacht '='; verwacht {ValueOperand}.", 4, 1);

    [Fact]
    public void A_doubled_keyword_is_reported_as_the_whole_word() =>
        AssertError("a en en b", "IGJ1201", $"Onverwacht 'en'; verwacht {Operand}.", 5, 2);

    [Fact]
    public void Two_operands_without_an_operator_list_every_possible_continuation() =>
        AssertError("a b", "IGJ1201", $"Onverwacht 'b'; verwacht {Continuation}.", 2, 1);

    [Fact]
    public void A_closing_parenthesis_too_many() =>
        AssertError("a en (b of c))", "IGJ1201", $"Onverwacht ')'; verwacht {Continuation}.", 13, 1);

    [Fact]
    public void A_stray_closing_parenthesis_at_the_start() =>
        AssertError(")", "IGJ1201", $"Onverwacht ')'; verwacht {Operand}.", 0, 1);

    [Fact]
    public void An_unclosed_list_expects_a_comma_or_a_bracket() =>
        AssertError("x in [1, 2", "IGJ1201", "Onverwacht einde van de toets; verwacht ',' of ']'.", 10, 0);

    [Fact]
    public void A_name_cannot_end_in_a_dot() =>
        AssertError("klachten.", "IGJ1201", "Onverwacht einde van de toets; verwacht een naam.", 9, 0);

    [Fact]
    public void A_name_part_cannot_start_with_a_digit() =>
        AssertError("klachten.1e en ja", "IGJ1201", "Onverwacht '1e'; verwacht een naam.", 9, 2);

    [Theory]
    [InlineData("alle in l: x", "Onverwacht 'in'; verwacht een variabele.", 5, 2)]
    [InlineData("alle ja in l: x", "Onverwacht 'ja'; verwacht een variabele.", 5, 2)]
    [InlineData("alle k l: x", "Onverwacht 'l'; verwacht 'in'.", 7, 1)]
    [InlineData("alle k in l x", "Onverwacht 'x'; verwacht ':'.", 12, 1)]
    [InlineData("alle k in l:", "Onverwacht einde van de toets; verwacht " + Operand + ".", 12, 0)]
    public void Quantifier_errors(string text, string message, int start, int length) =>
        AssertError(text, "IGJ1201", message, start, length);

    [Theory]
    [InlineData("x tussen 1 5", "Onverwacht '5'; verwacht 'en'.", 11, 1)]
    [InlineData("x tussen 1 en", "Onverwacht einde van de toets; verwacht " + ValueOperand + ".", 13, 0)]
    [InlineData("x is", "Onverwacht einde van de toets; verwacht 'bekend', 'niet' of 'onbekend'.", 4, 0)]
    [InlineData("x is niet", "Onverwacht einde van de toets; verwacht 'bekend' of 'onbekend'.", 9, 0)]
    [InlineData("x is ja", "Onverwacht 'ja'; verwacht 'bekend', 'niet' of 'onbekend'.", 5, 2)]
    [InlineData("x niet", "Onverwacht einde van de toets; verwacht 'in'.", 6, 0)]
    [InlineData("x niet = 1", "Onverwacht '='; verwacht 'in'.", 7, 1)]
    [InlineData("x in", "Onverwacht einde van de toets; verwacht " + ValueOperand + ".", 4, 0)]
    public void Comparison_errors(string text, string message, int start, int length) =>
        AssertError(text, "IGJ1201", message, start, length);

    [Theory]
    [InlineData("x = 'a'", "Onverwacht '''; verwacht " + ValueOperand + ".", 4, 1)]
    [InlineData("x = 2024-01-01 2024-01-02", "Onverwacht '2024-01-02'; verwacht '*', '+', '-', '/', 'en', 'of' of het einde van de toets.", 15, 10)]
    [InlineData("x = 2024-01-01T10:00 en y:", "Onverwacht ':'; verwacht " + Continuation + ".", 25, 1)]
    [InlineData("x ≥ 3", "Onverwacht '≥'; verwacht " + Continuation + ".", 2, 1)]
    [InlineData("x = 😀", "Onverwacht '😀'; verwacht " + ValueOperand + ".", 4, 2)]
    [InlineData("x = ٣", "Onverwacht '٣'; verwacht " + ValueOperand + ".", 4, 1)]
    public void Unexpected_characters_are_shown_as_found(string text, string message, int start, int length) =>
        AssertError(text, "IGJ1201", message, start, length);

    [Fact]
    public void A_decimal_comma_is_not_a_number() =>
        AssertError(
            "x = 1,5",
            "IGJ1201",
            "Onverwacht ','; verwacht '*', '+', '-', '/', 'dag', 'dagen', 'en', 'jaar', 'jaren', 'maand', 'maanden', 'of', 'uren', 'uur', 'week', 'weken', 'werkdag', 'werkdagen' of het einde van de toets.",
            5,
            1);

    [Theory]
    [InlineData("a < b <", "a < b <")]
    [InlineData("a < b < c", "a < b < c")]
    [InlineData("a = b = c = d en e", "a = b = c = d")]
    [InlineData("(a < b <) of c", "(a < b <)")]
    public void A_second_comparison_operator_is_a_chained_comparison_even_without_an_operand(string text, string covered)
    {
        var invalid = Nodes(Parse(text)).OfType<InvalidExpr>().Single();
        Assert.Same(DiagnosticCodes.Syntax.ChainedComparison, invalid.Descriptor);
        Assert.Equal(covered, Covered(text, invalid.Span));
    }

    [Fact]
    public void A_chained_comparison_is_not_offered_as_a_continuation() =>
        AssertError("a < b c", "IGJ1201", "Onverwacht 'c'; verwacht '*', '+', '-', '/', 'en', 'of' of het einde van de toets.", 6, 1);

    [Theory]
    [InlineData("aantal()", "Onverwacht ')'; verwacht " + Operand + ".", 7, 1)]
    [InlineData("aantal(a, b)", "Onverwacht ','; verwacht ')'.", 8, 1)]
    [InlineData("aantal(v in l: x, y)", "Onverwacht ','; verwacht ')'.", 16, 1)]
    [InlineData("aantal(v.x in l: y)", "Onverwacht ':'; verwacht ')'.", 15, 1)]
    [InlineData("aantal(v niet in l: y)", "Onverwacht ':'; verwacht ')'.", 18, 1)]
    [InlineData("aantal(v in l x)", "Onverwacht 'x'; verwacht ':'.", 14, 1)]
    [InlineData("aantal(v in l)", "Onverwacht ')'; verwacht ':'.", 13, 1)]
    [InlineData("aantal l", "Onverwacht 'l'; verwacht '('.", 7, 1)]
    [InlineData("oordeel()", "Onverwacht ')'; verwacht een norm-id.", 8, 1)]
    [InlineData("oordeel(a, b)", "Onverwacht ','; verwacht ')'.", 9, 1)]
    [InlineData("oordeel(\"a\")", "Onverwacht '\"'; verwacht een norm-id.", 8, 1)]
    [InlineData("oordeel a", "Onverwacht 'a'; verwacht '('.", 8, 1)]
    public void Aantal_and_oordeel_take_exactly_one_argument(string text, string message, int start, int length) =>
        AssertError(text, "IGJ1201", message, start, length);

    [Theory]
    [InlineData("x = \"abc", 4, 4)]
    [InlineData("\"abc", 0, 4)]
    [InlineData("x = \"a\\\"", 4, 4)]
    [InlineData("x = \"a\" en y = \"b", 15, 2)]
    [InlineData("\"", 0, 1)]
    public void Unterminated_text_is_reported_at_the_opening_quote(string text, int start, int length) =>
        AssertError(text, "IGJ1202", "De tekst begint hier maar wordt niet afgesloten met '\"'.", start, length);

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("  \n\t ")]
    public void An_empty_toets(string text) =>
        AssertError(text, "IGJ1205", "De toets is leeg.", 0, text.Length);

    [Theory]
    [InlineData("d = 2024-02-30", "'2024-02-30' is geen bestaande datum.", 4, 10)]
    [InlineData("d = 2023-02-29", "'2023-02-29' is geen bestaande datum.", 4, 10)]
    [InlineData("d = 2024-13-01", "'2024-13-01' is geen bestaande datum.", 4, 10)]
    [InlineData("d = 2024-00-10", "'2024-00-10' is geen bestaande datum.", 4, 10)]
    [InlineData("t = 2024-01-01T24:00", "'2024-01-01T24:00' is geen bestaand tijdstip.", 4, 16)]
    [InlineData("t = 2024-01-01T23:60", "'2024-01-01T23:60' is geen bestaand tijdstip.", 4, 16)]
    [InlineData("t = 2023-02-29T10:00", "'2023-02-29T10:00' is geen bestaand tijdstip.", 4, 16)]
    [InlineData("x = 79228162514264337593543950336", "'79228162514264337593543950336' is te groot voor een getal.", 4, 29)]
    [InlineData("d + 100001 dagen = e", "Een duur is een geheel aantal van ten hoogste 100000; '100001' kan niet.", 4, 12)]
    [InlineData("d + 1.5 dagen = e", "Een duur is een geheel aantal van ten hoogste 100000; '1.5' kan niet.", 4, 9)]
    [InlineData("d + 3dagen = e", "'3dagen' is geen getal; zet een spatie tussen een getal en een eenheid ('3 dagen').", 4, 6)]
    [InlineData("x = 12abc", "'12abc' is geen getal; zet een spatie tussen een getal en een eenheid ('3 dagen').", 4, 5)]
    public void Invalid_literals_parse_and_are_reported_by_the_binder_as_IGJ1203(string text, string message, int start, int length)
    {
        // The rest of the toets still parses, so the binder can report other problems in the same pass.
        var invalid = Nodes(Parse(text)).OfType<InvalidExpr>().Single();
        Assert.Equal("IGJ1203", invalid.Descriptor.Code);
        Assert.Equal(message, invalid.Descriptor.Format(invalid.Detail));
        Assert.Equal(new TextSpan(start, length), invalid.Span);
    }

    [Fact]
    public void A_chained_comparison_is_reported_by_the_binder_as_IGJ1204()
    {
        var invalid = Assert.IsType<InvalidExpr>(Parse("a < b < c"));
        Assert.Same(DiagnosticCodes.Syntax.ChainedComparison, invalid.Descriptor);
        Assert.Equal(new TextSpan(0, 9), invalid.Span);
    }

    [Fact]
    public void Thirty_two_levels_of_parentheses_are_allowed_thirty_three_are_too_deep()
    {
        var ok = new string('(', 32) + "a" + new string(')', 32);
        Assert.Equal("a", Shape(ok));
        var deep = new string('(', 33) + "a" + new string(')', 33);
        AssertError(deep, "IGJ1206", "De toets is te diep genest (meer dan 32 niveaus); splits hem in meer criteria.", 32, 1);
    }

    [Theory]
    [InlineData("[", "x in ", "1", "]")]
    [InlineData("niet ", "", "a", "")]
    [InlineData("-", "x = ", "1", "")]
    [InlineData("alle k in l: ", "", "ja", "")]
    [InlineData("aantal(", "", "l", ") > 1")]
    public void Every_kind_of_nesting_counts_towards_the_limit(string open, string prefix, string inner, string close)
    {
        string Nest(int levels) => prefix + string.Concat(Enumerable.Repeat(open, levels)) + inner + string.Concat(Enumerable.Repeat(close, levels));

        Assert.True(ToetsParser.Parse(Nest(32)).Success, Nest(32));
        var deep = Nest(33);
        var start = prefix.Length + (32 * open.Length);
        AssertError(deep, "IGJ1206", "De toets is te diep genest (meer dan 32 niveaus); splits hem in meer criteria.", start, 1);
    }

    [Fact]
    public void Kinds_of_nesting_add_up()
    {
        var text = string.Concat(Enumerable.Repeat("niet (", 16)) + "-x = 1" + new string(')', 16);
        AssertError(text, "IGJ1206", "De toets is te diep genest (meer dan 32 niveaus); splits hem in meer criteria.", text.IndexOf('-', StringComparison.Ordinal), 1);
    }

    [Fact]
    public void Brackets_inside_text_do_not_count_as_nesting()
    {
        var text = "x = \"" + new string('(', 40) + new string('[', 40) + "\"";
        Assert.IsType<TextLiteral>(Assert.IsType<BinaryExpr>(Parse(text)).Right);
    }

    [Fact]
    public void A_chain_of_operators_deeper_than_one_hundred_is_too_complex()
    {
        var ok = "ja" + string.Concat(Enumerable.Repeat(" en ja", 99));
        Assert.True(ToetsParser.Parse(ok).Success);
        var deep = "ja" + string.Concat(Enumerable.Repeat(" en ja", 100));
        var result = Fails(deep);
        Assert.Equal("IGJ1206", result.Error!.Code);
        Assert.Equal("De toets is te diep genest (meer dan 100 niveaus); splits hem in meer criteria.", result.Error.Format(result.ErrorArgs));
        Assert.Equal(0, result.ErrorSpan.Start);
    }

    [Fact]
    public void A_toets_longer_than_the_maximum_is_refused_before_parsing()
    {
        var text = "ja" + string.Concat(Enumerable.Repeat(" of ja", 1000));
        Assert.True(text.Length > ToetsParser.MaxLength);
        var result = Fails(text);
        Assert.Equal("IGJ1206", result.Error!.Code);
        Assert.Equal(new TextSpan(0, 0), result.ErrorSpan);
    }

    [Fact]
    public void Nested_aantal_is_parsed_in_linear_time()
    {
        // Reading 'aantal(v in …' first as the condition form and then again as a list doubled the work per level:
        // thirty levels took hours.
        var broken = string.Concat(Enumerable.Repeat("aantal(a in ", 30)) + "x" + new string(')', 30);
        var valid = string.Concat(Enumerable.Repeat("aantal(a in ", 30)) + "x" + string.Concat(Enumerable.Repeat(": ja)", 30)) + " > 1";
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var failed = ToetsParser.Parse(broken);
        var parsed = ToetsParser.Parse(valid);
        watch.Stop();
        Assert.Equal("Onverwacht ')'; verwacht ':'.", failed.Error!.Format(failed.ErrorArgs));
        Assert.Equal(broken.IndexOf(')', StringComparison.Ordinal), failed.ErrorSpan.Start);
        Assert.True(parsed.Success);
        Assert.True(watch.ElapsedMilliseconds < 2000, $"{watch.ElapsedMilliseconds} ms");
    }
}
