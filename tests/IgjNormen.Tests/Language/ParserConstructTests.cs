using System.Globalization;
using IgjNormen.Model;
using IgjNormen.Parsing;
using IgjNormen.Syntax;
using IgjNormen.Text;
using Xunit;
using static IgjNormen.Tests.Language.ToetsTree;

namespace IgjNormen.Tests.Language;

/// <summary>Every construct of the grammar in docs/toets-taal.md parses to the tree it stands for.</summary>
public class ParserConstructTests
{
    [Theory]
    [InlineData("a en b", "(en a b)")]
    [InlineData("a of b", "(of a b)")]
    [InlineData("niet a", "(niet a)")]
    [InlineData("niet niet a", "(niet (niet a))")]
    [InlineData("a en b en c", "(en (en a b) c)")]
    [InlineData("a of b of c", "(of (of a b) c)")]
    public void Logic(string text, string shape) => Assert.Equal(shape, Shape(text));

    [Theory]
    [InlineData("a = b", "(= a b)")]
    [InlineData("a != b", "(!= a b)")]
    [InlineData("a < b", "(< a b)")]
    [InlineData("a <= b", "(<= a b)")]
    [InlineData("a > b", "(> a b)")]
    [InlineData("a >= b", "(>= a b)")]
    [InlineData("a=b", "(= a b)")]
    [InlineData("a!=b", "(!= a b)")]
    [InlineData("a<b", "(< a b)")]
    [InlineData("a<=b", "(<= a b)")]
    [InlineData("a>b", "(> a b)")]
    [InlineData("a>=b", "(>= a b)")]
    public void Comparisons(string text, string shape) => Assert.Equal(shape, Shape(text));

    [Theory]
    [InlineData("x in [1, 2]", "(in x [1, 2])")]
    [InlineData("x niet in [1, 2]", "(niet-in x [1, 2])")]
    [InlineData("x in []", "(in x [])")]
    [InlineData("x in [\"a\"]", "(in x [\"a\"])")]
    [InlineData("x + 1 in [2, 3]", "(in (+ x 1) [2, 3])")]
    [InlineData("x in l", "(in x l)")]
    public void In(string text, string shape) => Assert.Equal(shape, Shape(text));

    [Theory]
    [InlineData("x is bekend", "(bekend x)")]
    [InlineData("x is onbekend", "(onbekend x)")]
    [InlineData("x is niet bekend", "(onbekend x)")]
    [InlineData("x is niet onbekend", "(bekend x)")]
    [InlineData("k.veld is bekend", "(bekend k.veld)")]
    public void IsKnown(string text, string shape) => Assert.Equal(shape, Shape(text));

    [Theory]
    [InlineData("x tussen 1 en 5", "(tussen x 1 5)")]
    [InlineData("x tussen a.b en c.d", "(tussen x a.b c.d)")]
    [InlineData("d tussen 2024-01-01 en 2024-12-31", "(tussen d 2024-01-01 2024-12-31)")]
    [InlineData("x + 1 tussen 1 + 1 en 5 * 2", "(tussen (+ x 1) (+ 1 1) (* 5 2))")]
    public void Between(string text, string shape) => Assert.Equal(shape, Shape(text));

    [Theory]
    [InlineData("a + b", "(+ a b)")]
    [InlineData("a - b", "(- a b)")]
    [InlineData("a * b", "(* a b)")]
    [InlineData("a / b", "(/ a b)")]
    [InlineData("a+b*c", "(+ a (* b c))")]
    [InlineData("1 + 2 * 3 - 4 / 5", "(- (+ 1 (* 2 3)) (/ 4 5))")]
    [InlineData("1 - 2 - 3", "(- (- 1 2) 3)")]
    [InlineData("8 / 4 / 2", "(/ (/ 8 4) 2)")]
    [InlineData("(1 + 2) * 3", "(* (+ 1 2) 3)")]
    public void Arithmetic(string text, string shape) => Assert.Equal(shape, Shape(text));

    [Theory]
    [InlineData("-x", "(neg x)")]
    [InlineData("- x", "(neg x)")]
    [InlineData("--x", "(neg (neg x))")]
    [InlineData("-3", "(neg 3)")]
    [InlineData("-3 * 2", "(* (neg 3) 2)")]
    [InlineData("a - -b", "(- a (neg b))")]
    [InlineData("a--b", "(- a (neg b))")]
    [InlineData("-(a + b)", "(neg (+ a b))")]
    [InlineData("x = -1.5", "(= x (neg 1.5))")]
    public void UnaryMinus(string text, string shape) => Assert.Equal(shape, Shape(text));

    [Theory]
    [InlineData("12", "12")]
    [InlineData("1.5", "1.5")]
    [InlineData("0.25", "0.25")]
    [InlineData("007", "7")]
    [InlineData("1.50", "1.50")]
    [InlineData("79228162514264337593543950335", "79228162514264337593543950335")]
    public void Numbers_always_use_a_point(string text, string shape) => Assert.Equal(shape, Shape(text));

    [Fact]
    public void Numbers_do_not_depend_on_the_culture_of_the_machine()
    {
        var culture = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("nl-NL");
            Assert.Equal(1.5m, Assert.IsType<NumberLiteral>(Parse("1.5")).Value);
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }
    }

    [Theory]
    [InlineData("2024-01-01")]
    [InlineData("2024-02-29")]
    [InlineData("1999-12-31")]
    public void Dates(string text)
    {
        var date = Assert.IsType<DateLiteral>(Parse(text));
        Assert.Equal(DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture), date.Value);
        Assert.Equal(new TextSpan(0, 10), date.Span);
    }

    [Theory]
    [InlineData("2025-06-01T10:00", 2025, 6, 1, 10, 0)]
    [InlineData("2025-06-01T00:00", 2025, 6, 1, 0, 0)]
    [InlineData("2024-02-29T23:59", 2024, 2, 29, 23, 59)]
    public void Tijdstippen(string text, int year, int month, int day, int hour, int minute)
    {
        var moment = Assert.IsType<DateTimeLiteral>(Parse(text));
        Assert.Equal(new DateTime(year, month, day, hour, minute, 0), moment.Value);
        Assert.Equal(DateTimeKind.Unspecified, moment.Value.Kind);
    }

    [Theory]
    [InlineData("1 uur", 1, DurationUnit.Uur)]
    [InlineData("48 uren", 48, DurationUnit.Uur)]
    [InlineData("1 dag", 1, DurationUnit.Dag)]
    [InlineData("3 dagen", 3, DurationUnit.Dag)]
    [InlineData("1 werkdag", 1, DurationUnit.Werkdag)]
    [InlineData("2 werkdagen", 2, DurationUnit.Werkdag)]
    [InlineData("1 week", 1, DurationUnit.Week)]
    [InlineData("6 weken", 6, DurationUnit.Week)]
    [InlineData("1 maand", 1, DurationUnit.Maand)]
    [InlineData("3 maanden", 3, DurationUnit.Maand)]
    [InlineData("1 jaar", 1, DurationUnit.Jaar)]
    [InlineData("2 jaren", 2, DurationUnit.Jaar)]
    [InlineData("3 DAGEN", 3, DurationUnit.Dag)]
    [InlineData("0 dagen", 0, DurationUnit.Dag)]
    [InlineData("100000 dagen", 100000, DurationUnit.Dag)]
    public void Durations_in_every_unit_singular_and_plural(string duration, int amount, DurationUnit unit)
    {
        var shift = Assert.IsType<BinaryExpr>(Parse("d + " + duration));
        Assert.Equal(BinaryOperator.Add, shift.Operator);
        var literal = Assert.IsType<DurationLiteral>(shift.Right);
        Assert.Equal(amount, literal.Amount);
        Assert.Equal(unit, literal.Unit);
        Assert.Equal(new TextSpan(4, duration.Length), literal.Span);
    }

    [Fact]
    public void A_duration_chain_stays_left_associative() =>
        Assert.Equal("(- (+ d (duur 6 week)) (duur 2 werkdag))", Shape("d + 6 weken - 2 werkdagen"));

    [Theory]
    [InlineData("\"tekst\"", "tekst")]
    [InlineData("\"\"", "")]
    [InlineData("\"met \\\"aanhalingstekens\\\"\"", "met \"aanhalingstekens\"")]
    [InlineData("\"a\\\\b\"", "a\\b")]
    [InlineData("\"a\\nb\"", "anb")]
    [InlineData("\"café ✓ 日本\"", "café ✓ 日本")]
    [InlineData("\"en of niet [ ( 'x' :\"", "en of niet [ ( 'x' :")]
    public void Text_with_escapes(string text, string value)
    {
        var literal = Assert.IsType<TextLiteral>(Parse(text));
        Assert.Equal(value, literal.Value);
        Assert.Equal(new TextSpan(0, text.Length), literal.Span);
    }

    [Theory]
    [InlineData("voldoet", Oordeel.Voldoet)]
    [InlineData("voldoet grotendeels", Oordeel.VoldoetGrotendeels)]
    [InlineData("voldoet grotendeels niet", Oordeel.VoldoetGrotendeelsNiet)]
    [InlineData("voldoet niet", Oordeel.VoldoetNiet)]
    [InlineData("niet van toepassing", Oordeel.NietVanToepassing)]
    [InlineData("niet te beoordelen", Oordeel.NietTeBeoordelen)]
    [InlineData("niet van kracht", Oordeel.NietVanKracht)]
    [InlineData("Voldoet Grotendeels NIET", Oordeel.VoldoetGrotendeelsNiet)]
    [InlineData("niet  van\ttoepassing", Oordeel.NietVanToepassing)]
    public void Verdict_literals_including_multi_word_ones(string text, Oordeel value)
    {
        var comparison = Assert.IsType<BinaryExpr>(Parse("oordeel(n) = " + text));
        var literal = Assert.IsType<VerdictLiteral>(comparison.Right);
        Assert.Equal(value, literal.Value);
        Assert.Equal(new TextSpan(13, text.Length), literal.Span);
    }

    [Fact]
    public void Verdict_literals_in_a_list() =>
        Assert.Equal(
            "(in (oordeel n) [<voldoet>, <voldoet grotendeels>, <voldoet grotendeels niet>, <voldoet niet>, <niet van toepassing>, <niet te beoordelen>, <niet van kracht>])",
            Shape("oordeel(n) in [voldoet, voldoet grotendeels, voldoet grotendeels niet, voldoet niet, niet van toepassing, niet te beoordelen, niet van kracht]"));

    [Theory]
    [InlineData("ja", true)]
    [InlineData("nee", false)]
    [InlineData("JA", true)]
    [InlineData("Nee", false)]
    public void Booleans(string text, bool value) => Assert.Equal(value, Assert.IsType<BooleanLiteral>(Parse(text)).Value);

    [Theory]
    [InlineData("peildatum")]
    [InlineData("Peildatum")]
    [InlineData("PEILDATUM")]
    public void Peildatum(string text)
    {
        var expr = Assert.IsType<PeildatumExpr>(Parse(text));
        Assert.Equal(new TextSpan(0, 9), expr.Span);
    }

    [Fact]
    public void Count_of_a_list()
    {
        var count = Assert.IsType<CountExpr>(Parse("aantal(rvt.leden)"));
        Assert.Equal("rvt.leden", Show(count.List));
        Assert.Null(count.Variable);
        Assert.Null(count.Condition);
        Assert.Equal(new TextSpan(0, 17), count.Span);
    }

    [Fact]
    public void Count_with_a_condition()
    {
        const string text = "aantal(l in rvt.leden: l.ook_bestuurder en niet l.extern) >= 2";
        var comparison = Assert.IsType<BinaryExpr>(Parse(text));
        var count = Assert.IsType<CountExpr>(comparison.Left);
        Assert.Equal("l", count.Variable);
        Assert.Equal("l", Covered(text, count.VariableSpan));
        Assert.Equal("rvt.leden", Show(count.List));
        Assert.Equal("(en l.ook_bestuurder (niet l.extern))", Show(count.Condition!));
        Assert.Equal("aantal(l in rvt.leden: l.ook_bestuurder en niet l.extern)", Covered(text, count.Span));
    }

    [Theory]
    [InlineData("aantal( l )", "(aantal l)")]
    [InlineData("aantal((l))", "(aantal l)")]
    [InlineData("AANTAL(v IN l: v.x)", "(aantal v l v.x)")]
    [InlineData("aantal(v.x in l)", "(aantal (in v.x l))")]
    [InlineData("aantal(1 in l)", "(aantal (in 1 l))")]
    [InlineData("aantal(aantal(v in l: aantal(w in v.m: w.x) > 1) in [1])", "(aantal (in (aantal v l (> (aantal w v.m w.x) 1)) [1]))")]
    public void Count_forms(string text, string shape) => Assert.Equal(shape, Shape(text));

    [Theory]
    [InlineData("oordeel(wkkgz.klachtenregeling)", "wkkgz.klachtenregeling")]
    [InlineData("oordeel(wkkgz.klachtbehandeling-termijn)", "wkkgz.klachtbehandeling-termijn")]
    [InlineData("oordeel(governance_code.2022-principe-1)", "governance_code.2022-principe-1")]
    [InlineData("OORDEEL( a.b )", "a.b")]
    public void Verdict_of_another_norm(string text, string id)
    {
        var verdict = Assert.IsType<VerdictOfExpr>(Parse(text));
        Assert.Equal(id, verdict.NormId);
        Assert.Equal(id, Covered(text, verdict.NormIdSpan));
        Assert.Equal(new TextSpan(0, text.Length), verdict.Span);
    }

    [Theory]
    [InlineData("alle k in l: k.x", QuantifierKind.Alle)]
    [InlineData("enige k in l: k.x", QuantifierKind.Enige)]
    [InlineData("geen k in l: k.x", QuantifierKind.Geen)]
    [InlineData("Alle k In l: k.x", QuantifierKind.Alle)]
    [InlineData("ENIGE k IN l: k.x", QuantifierKind.Enige)]
    public void Quantifiers(string text, QuantifierKind kind)
    {
        var quantifier = Assert.IsType<QuantifierExpr>(Parse(text));
        Assert.Equal(kind, quantifier.Kind);
        Assert.Equal("k", quantifier.Variable);
        Assert.Equal("k", Covered(text, quantifier.VariableSpan));
        Assert.Equal("l", Show(quantifier.List));
        Assert.Equal("k.x", Show(quantifier.Body));
        Assert.Equal(new TextSpan(0, text.Length), quantifier.Span);
    }

    [Fact]
    public void Nested_quantifiers() =>
        Assert.Equal("(alle k klachten.klachten (enige m k.maatregelen (>= m.datum k.ingediend_op)))", Shape("alle k in klachten.klachten: enige m in k.maatregelen: m.datum >= k.ingediend_op"));

    [Theory]
    [InlineData("[]", "[]")]
    [InlineData("[1]", "[1]")]
    [InlineData("[1, 2, 3]", "[1, 2, 3]")]
    [InlineData("[ \"a\" ,\"b\" ]", "[\"a\", \"b\"]")]
    [InlineData("[a.b, 1 + 2, -3]", "[a.b, (+ 1 2), (neg 3)]")]
    [InlineData("[[1]]", "[[1]]")]
    public void Lists(string text, string shape) => Assert.Equal(shape, Shape(text));

    [Theory]
    [InlineData("(a)", "a")]
    [InlineData("((a))", "a")]
    [InlineData("(a of b) en c", "(en (of a b) c)")]
    [InlineData("a en (b of c)", "(en a (of b c))")]
    [InlineData("niet (a en b)", "(niet (en a b))")]
    public void Parentheses(string text, string shape) => Assert.Equal(shape, Shape(text));

    [Fact]
    public void A_parenthesised_expression_spans_its_parentheses()
    {
        // There is no node for parentheses: the expression inside takes their span, so a diagnostic about it
        // underlines what the author bracketed.
        Assert.Equal(new TextSpan(0, 10), Parse("( a en b )").Span);
        Assert.Equal(new TextSpan(0, 5), Parse("((a))").Span);
        var and = Assert.IsType<BinaryExpr>(Parse("(a) en (b of c)"));
        Assert.Equal(new TextSpan(0, 3), and.Left.Span);
        Assert.Equal(new TextSpan(7, 8), and.Right.Span);
    }

    [Theory]
    [InlineData("A EN B", "(en A B)")]
    [InlineData("a Of b", "(of a b)")]
    [InlineData("NIET a", "(niet a)")]
    [InlineData("x IS NIET BEKEND", "(onbekend x)")]
    [InlineData("x Is Onbekend", "(onbekend x)")]
    [InlineData("x NIET IN [1]", "(niet-in x [1])")]
    [InlineData("x TUSSEN 1 EN 5", "(tussen x 1 5)")]
    [InlineData("ALLE k IN l: k.x EN NIET k.y", "(alle k l (en k.x (niet k.y)))")]
    [InlineData("GEEN k IN l: k.x", "(geen k l k.x)")]
    public void Keywords_are_case_insensitive(string text, string shape) => Assert.Equal(shape, Shape(text));

    [Theory]
    [InlineData("tr-TR")]
    [InlineData("az-Latn-AZ")]
    [InlineData("nl-NL")]
    public void Keywords_are_case_insensitive_whatever_the_culture_of_the_machine(string cultureName)
    {
        // In Turkish, 'I' lowers to a dotless 'ı': a culture-sensitive comparison would not see 'IN' as 'in'.
        var culture = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo(cultureName);
            Assert.Equal("(alle k l (en (in k.x [1]) (niet (bekend k.y))))", Shape("ALLE k IN l: k.x IN [1] EN NIET k.y IS BEKEND"));
            Assert.Equal("(tussen x 1 5)", Shape("x TUSSEN 1 EN 5"));
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }
    }

    [Theory]
    [InlineData("klachten.aantal", "klachten.aantal")]
    [InlineData("klachten.en.of", "klachten.en.of")]
    [InlineData("a.niet", "a.niet")]
    [InlineData("enigszins", "enigszins")]
    [InlineData("nietig en jammer", "(en nietig jammer)")]
    [InlineData("ja_nee", "ja_nee")]
    [InlineData("indeling in [1]", "(in indeling [1])")]
    [InlineData("_x", "_x")]
    [InlineData("x1.y_2", "x1.y_2")]
    [InlineData("geenszins of alles", "(of geenszins alles)")]
    public void Names_may_contain_keywords_after_a_dot_and_as_part_of_a_word(string text, string shape) => Assert.Equal(shape, Shape(text));

    [Fact]
    public void A_name_knows_its_parts()
    {
        var name = Assert.IsType<NameExpr>(Parse("klachten.regeling_aanwezig"));
        Assert.Equal(["klachten", "regeling_aanwezig"], name.Parts);
        Assert.Equal(new TextSpan(0, 26), name.Span);
    }

    [Theory]
    [InlineData("  a en b  ", 2, 6)]
    [InlineData("a\n  en\tb", 0, 8)]
    [InlineData("\r\na en b\r\n", 2, 6)]
    public void Whitespace_of_any_kind_separates_and_is_not_part_of_spans(string text, int start, int length)
    {
        var expr = Parse(text);
        Assert.Equal("(en a b)", Show(expr));
        Assert.Equal(new TextSpan(start, length), expr.Span);
    }

    [Fact]
    public void Spans_cover_exactly_the_text_of_each_node()
    {
        const string text = "aanbieder.soort in [\"instelling\"]  en  niet (x.y tussen 1 en 5)  of  d + 6 weken >= peildatum";
        var root = Parse(text);
        Assert.Equal(text.TrimEnd().Length, root.Span.End);
        var covered = Nodes(root).Select(n => Covered(text, n.Span)).ToList();
        Assert.Contains("aanbieder.soort in [\"instelling\"]", covered);
        Assert.Contains("[\"instelling\"]", covered);
        Assert.Contains("niet (x.y tussen 1 en 5)", covered);
        Assert.Contains("(x.y tussen 1 en 5)", covered);
        Assert.Contains("d + 6 weken >= peildatum", covered);
        Assert.Contains("d + 6 weken", covered);
        Assert.Contains("6 weken", covered);
        Assert.All(covered, c => Assert.Equal(c.Trim(), c));
    }

    [Fact]
    public void Every_line_of_the_opening_example_in_the_language_document_parses()
    {
        var document = File.ReadAllText(Support.RepositoryRoot.Combine("docs", "toets-taal.md"));
        var start = document.IndexOf("```", StringComparison.Ordinal) + 3;
        var end = document.IndexOf("```", start, StringComparison.Ordinal);
        var lines = document[start..end].Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.True(lines.Length >= 7, document[start..end]);
        Assert.All(lines, line => Assert.True(ToetsParser.Parse(line).Success, line));
    }

    [Fact]
    public void Every_example_in_the_language_document_parses()
    {
        string[] examples =
        [
            "klachten.regeling_aanwezig en klachten.functionaris_beschikbaar",
            "alle k in klachten.klachten: k.besluit_op <= k.ingediend_op + 6 weken",
            "aantal(rvt.leden) >= 3 en geen l in rvt.leden: l.ook_bestuurder",
            "melding.tijdstip <= noodsituatie.begin + 48 uur",
            "aanbieder.soort in [\"instelling\", \"solistisch\"]",
            "oordeel(wkkgz.klachtenregeling) in [voldoet, voldoet grotendeels]",
            "personeel.aantal tussen 1 en 10",
        ];
        Assert.Equal(
            [
                "(en klachten.regeling_aanwezig klachten.functionaris_beschikbaar)",
                "(alle k klachten.klachten (<= k.besluit_op (+ k.ingediend_op (duur 6 week))))",
                "(en (>= (aantal rvt.leden) 3) (geen l rvt.leden l.ook_bestuurder))",
                "(<= melding.tijdstip (+ noodsituatie.begin (duur 48 uur)))",
                "(in aanbieder.soort [\"instelling\", \"solistisch\"])",
                "(in (oordeel wkkgz.klachtenregeling) [<voldoet>, <voldoet grotendeels>])",
                "(tussen personeel.aantal 1 10)",
            ],
            examples.Select(Shape));
    }
}
