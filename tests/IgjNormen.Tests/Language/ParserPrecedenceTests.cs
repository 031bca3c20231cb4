using Xunit;
using static IgjNormen.Tests.Language.ToetsTree;

namespace IgjNormen.Tests.Language;

/// <summary>
/// The order of precedence (of, en, niet, kwantor/vergelijking, optelling, vermenigvuldiging, teken) and each
/// documented decision about ambiguity (docs/toets-taal.md, "Beslissingen over dubbelzinnigheid"), pinned by the
/// shape of the tree.
/// </summary>
public class ParserPrecedenceTests
{
    [Theory]
    [InlineData("a of b en c", "(of a (en b c))")]
    [InlineData("a en b of c", "(of (en a b) c)")]
    [InlineData("a of b en c of d", "(of (of a (en b c)) d)")]
    [InlineData("(a of b) en c", "(en (of a b) c)")]
    public void En_binds_stronger_than_of(string text, string shape) => Assert.Equal(shape, Shape(text));

    [Theory]
    [InlineData("niet a en b", "(en (niet a) b)")]
    [InlineData("niet a of b", "(of (niet a) b)")]
    [InlineData("a en niet b", "(en a (niet b))")]
    [InlineData("niet x = 3", "(niet (= x 3))")]
    [InlineData("niet x in [1]", "(niet (in x [1]))")]
    [InlineData("niet x is bekend", "(niet (bekend x))")]
    [InlineData("niet x tussen 1 en 2", "(niet (tussen x 1 2))")]
    [InlineData("niet (a en b)", "(niet (en a b))")]
    public void Niet_binds_weaker_than_a_comparison_and_stronger_than_en(string text, string shape) => Assert.Equal(shape, Shape(text));

    [Theory]
    [InlineData("x tussen 1 en 5 en y", "(en (tussen x 1 5) y)")]
    [InlineData("y en x tussen 1 en 5", "(en y (tussen x 1 5))")]
    [InlineData("x tussen 1 en 5 en y tussen 6 en 7", "(en (tussen x 1 5) (tussen y 6 7))")]
    [InlineData("x tussen a en b of c", "(of (tussen x a b) c)")]
    [InlineData("x tussen 1 + 1 en 5 * 2 en z", "(en (tussen x (+ 1 1) (* 5 2)) z)")]
    [InlineData("x tussen -1 en -(2) en z", "(en (tussen x (neg 1) (neg 2)) z)")]
    public void The_first_en_after_tussen_belongs_to_tussen(string text, string shape) => Assert.Equal(shape, Shape(text));

    [Theory]
    [InlineData("alle k in l: a en b", "(alle k l (en a b))")]
    [InlineData("alle k in l: a of b", "(alle k l (of a b))")]
    [InlineData("enige k in l: a en b of c", "(enige k l (of (en a b) c))")]
    [InlineData("a en alle k in l: b en c", "(en a (alle k l (en b c)))")]
    [InlineData("niet alle k in l: a en b", "(niet (alle k l (en a b)))")]
    [InlineData("geen k in l: alle m in k.x: m.y en z", "(geen k l (alle m k.x (en m.y z)))")]
    [InlineData("(alle k in l: a) en b", "(en (alle k l a) b)")]
    [InlineData("(alle k in l: a) of (geen k in l: b)", "(of (alle k l a) (geen k l b))")]
    public void A_quantifier_body_extends_as_far_right_as_possible(string text, string shape) => Assert.Equal(shape, Shape(text));

    [Theory]
    [InlineData("alle k in a.b + 1: x", "(alle k (+ a.b 1) x)")]
    [InlineData("aantal(k in l: x en y) > 1 en z", "(en (> (aantal k l (en x y)) 1) z)")]
    public void The_list_of_a_quantifier_is_an_optelling_and_aantal_closes_its_condition(string text, string shape) => Assert.Equal(shape, Shape(text));

    [Theory]
    [InlineData("x = niet van toepassing", "(= x <niet van toepassing>)")]
    [InlineData("niet van toepassing = x", "(= <niet van toepassing> x)")]
    [InlineData("oordeel(n) = niet te beoordelen", "(= (oordeel n) <niet te beoordelen>)")]
    [InlineData("oordeel(n) != niet van kracht", "(!= (oordeel n) <niet van kracht>)")]
    [InlineData("niet oordeel(n) = niet van toepassing", "(niet (= (oordeel n) <niet van toepassing>))")]
    [InlineData("oordeel(n) niet in [niet van toepassing, niet te beoordelen]", "(niet-in (oordeel n) [<niet van toepassing>, <niet te beoordelen>])")]
    [InlineData("oordeel(n) = voldoet niet", "(= (oordeel n) <voldoet niet>)")]
    [InlineData("oordeel(n) = voldoet grotendeels niet", "(= (oordeel n) <voldoet grotendeels niet>)")]
    [InlineData("oordeel(n) = voldoet en a", "(en (= (oordeel n) <voldoet>) a)")]
    [InlineData("oordeel(n) = voldoet niet of a", "(of (= (oordeel n) <voldoet niet>) a)")]
    public void Multi_word_verdicts_are_read_as_one_value(string text, string shape) => Assert.Equal(shape, Shape(text));

    [Fact]
    public void Niet_before_a_one_word_verdict_is_negation() =>
        Assert.Equal("(niet <voldoet>)", Shape("niet voldoet"));

    [Theory]
    [InlineData("a < b < c")]
    [InlineData("a = b = c")]
    [InlineData("a <= b > c")]
    [InlineData("a < b < c < d")]
    [InlineData("1 != 2 = ja")]
    public void Comparisons_do_not_chain(string text) =>
        Assert.Equal("(fout IGJ1204)", Shape(text));

    [Fact]
    public void A_chained_comparison_inside_a_larger_toets_is_marked_where_it_stands()
    {
        const string text = "ja en (a < b < c) of nee";
        var chained = Nodes(Parse(text)).Single(n => Show(n) == "(fout IGJ1204)");
        Assert.Equal("(a < b < c)", Covered(text, chained.Span));
    }

    [Theory]
    [InlineData("1 + 2 * 3 = 7", "(= (+ 1 (* 2 3)) 7)")]
    [InlineData("a + b < c * d", "(< (+ a b) (* c d))")]
    [InlineData("-a * b", "(* (neg a) b)")]
    [InlineData("-a + b", "(+ (neg a) b)")]
    [InlineData("a * -b", "(* a (neg b))")]
    [InlineData("x + 1 in [2]", "(in (+ x 1) [2])")]
    [InlineData("x in [1] en y", "(en (in x [1]) y)")]
    [InlineData("d + 6 weken >= peildatum", "(>= (+ d (duur 6 week)) peildatum)")]
    [InlineData("aantal(l) * 2 >= 3 en ja", "(en (>= (* (aantal l) 2) 3) ja)")]
    [InlineData("x is bekend en y is onbekend", "(en (bekend x) (onbekend y))")]
    [InlineData("a = b of c != d en e", "(of (= a b) (en (!= c d) e))")]
    public void Arithmetic_binds_stronger_than_comparison_which_binds_stronger_than_logic(string text, string shape) => Assert.Equal(shape, Shape(text));
}
