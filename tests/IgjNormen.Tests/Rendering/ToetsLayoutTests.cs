using IgjNormen.Formatting;
using IgjNormen.Model;
using IgjNormen.Parsing;
using IgjNormen.Rendering.Building;
using IgjNormen.Syntax;
using Xunit;

namespace IgjNormen.Tests.Rendering;

/// <summary>
/// The toets as shown in documents: the canonical form of <c>fmt</c> (so a document and a formatted norm file agree),
/// readable, and it still means the same (it parses to the same tree).
/// </summary>
public class ToetsLayoutTests
{
    [Theory]
    [InlineData("a.b en c.d", "a.b en c.d")]
    [InlineData("a.b of (c.d en e.f)", "a.b of c.d en e.f")]
    [InlineData("(a.b of c.d) en e.f", "(a.b of c.d) en e.f")]
    [InlineData("NIET  a.b   EN c.d", "niet a.b en c.d")]
    [InlineData("niet (a.b en c.d)", "niet (a.b en c.d)")]
    [InlineData("(alle k in l.m: k.x) en a.b", "(alle k in l.m: k.x) en a.b")]
    [InlineData("a.b en alle k in l.m: k.x of k.y", "a.b en alle k in l.m: k.x of k.y")]
    [InlineData("x.y <= d.e + 6 weken", "x.y <= d.e + 6 weken")]
    [InlineData("x.y <= d.e + 1 weken", "x.y <= d.e + 1 week")]
    [InlineData("x.y - (a.b - c.d) > 3", "x.y - (a.b - c.d) > 3")]
    [InlineData("(x.y - a.b) - c.d > 3", "x.y - a.b - c.d > 3")]
    [InlineData("x.y * (a.b + 1.5) = 3", "x.y * (a.b + 1.5) = 3")]
    [InlineData("a.b in [\"instelling\", \"solistisch\"]", "a.b in [\"instelling\", \"solistisch\"]")]
    [InlineData("a.b niet in [1, 2]", "a.b niet in [1, 2]")]
    [InlineData("a.b is bekend en c.d is onbekend", "a.b is bekend en c.d is onbekend")]
    [InlineData("a.b tussen 1 en 10 en c.d", "a.b tussen 1 en 10 en c.d")]
    [InlineData("aantal(k in l.m: k.x) >= 3", "aantal(k in l.m: k.x) >= 3")]
    [InlineData("aantal(l.m) >= 3", "aantal(l.m) >= 3")]
    [InlineData("oordeel(wkkgz.x) in [voldoet, voldoet grotendeels]", "oordeel(wkkgz.x) in [voldoet, voldoet grotendeels]")]
    [InlineData("a.t = \"zeg \\\"ja\\\"\"", "a.t = \"zeg \\\"ja\\\"\"")]
    [InlineData("a.d >= 2024-01-01 en a.t < 2025-06-01T10:00", "a.d >= 2024-01-01 en a.t < 2025-06-01T10:00")]
    [InlineData("peildatum <= a.d + 3 werkdagen", "peildatum <= a.d + 3 werkdagen")]
    public void Flat_layout(string toets, string expected)
    {
        var expr = Parse(toets);
        Assert.Equal(expected, Flat(expr));
        AssertSameTree(expr, Flat(expr));
    }

    [Fact]
    public void A_long_toets_is_broken_at_en_and_of_with_the_kwantor_body_and_inner_chains_indented()
    {
        var expr = Parse("""
            alle k in klachten.klachten: niet k.afgehandeld of k.besluit_op <= k.ingediend_op + 6 weken
            of (k.verlengd en k.verlenging_gemeld_op <= k.ingediend_op + 6 weken en k.besluit_op <= k.ingediend_op + 10 weken)
            """);
        var expected = """
            alle k in klachten.klachten:
              niet k.afgehandeld
              of k.besluit_op <= k.ingediend_op + 6 weken
              of k.verlengd
                en k.verlenging_gemeld_op <= k.ingediend_op + 6 weken
                en k.besluit_op <= k.ingediend_op + 10 weken
            """.Replace("\r\n", "\n", StringComparison.Ordinal);
        Assert.Equal(expected, Lines(expr));
        AssertSameTree(expr, Lines(expr));
    }

    [Fact]
    public void Every_shipped_toets_keeps_its_meaning()
    {
        var model = RenderFixtures.Norms;
        var conditions = model.Norms.SelectMany(n => n.Versies.SelectMany(v => v.Criteria.Select(c => c.Toets)).Concat(n.Versies.Select(v => v.Toepassing)).Append(n.Toepassing)).OfType<Model.Condition>().ToList();
        Assert.NotEmpty(conditions);
        foreach (var condition in conditions)
        {
            AssertSameTree(condition.Syntax!, ToetsLayout.Of(condition).Flat);
            AssertSameTree(condition.Syntax!, ToetsLayout.Of(condition).Lines);
            Assert.All(ToetsLayout.Of(condition).Lines.Split('\n'), line => Assert.True(line.Length <= 90, line));
            Assert.Equal(ToetsFormatter.Format(condition.Syntax!), ToetsLayout.Of(condition).Flat);
        }
    }

    [Fact]
    public void A_toets_that_does_not_parse_is_shown_as_written_with_single_spaces()
    {
        var condition = new Condition("a.b  en\n (c.d", null);
        Assert.Equal(("a.b en (c.d", "a.b en (c.d"), ToetsLayout.Of(condition));
    }

    private static string Flat(Expr expr) => ToetsLayout.Of(WithSyntax(expr)).Flat;

    private static string Lines(Expr expr) => ToetsLayout.Of(WithSyntax(expr)).Lines;

    private static Condition WithSyntax(Expr expr)
    {
        var condition = new Condition(ToetsFormatter.Format(expr), null);
        condition.Syntax = expr;
        return condition;
    }

    private static Expr Parse(string text)
    {
        var result = ToetsParser.Parse(text);
        Assert.True(result.Success, text);
        return result.Expression!;
    }

    /// <summary>The laid-out text parses to a tree that lays out the same: the structure (and so the meaning) is kept.</summary>
    private static void AssertSameTree(Expr original, string laidOut)
    {
        var reparsed = Parse(laidOut);
        Assert.Equal(Shape(original), Shape(reparsed));
    }

    /// <summary>A fully parenthesised form: equal shapes mean equal trees.</summary>
    private static string Shape(Expr expr) => expr switch
    {
        BinaryExpr b => $"({Shape(b.Left)} {b.Operator} {Shape(b.Right)})",
        NotExpr n => $"(niet {Shape(n.Operand)})",
        NegateExpr n => $"(- {Shape(n.Operand)})",
        QuantifierExpr q => $"({q.Kind} {q.Variable} {Shape(q.List)}: {Shape(q.Body)})",
        CountExpr c => $"(aantal {c.Variable} {Shape(c.List)} {(c.Condition is null ? string.Empty : Shape(c.Condition))})",
        InExpr i => $"({Shape(i.Value)} {(i.Negated ? "niet in" : "in")} {Shape(i.List)})",
        IsKnownExpr k => $"({Shape(k.Value)} bekend={k.Known})",
        BetweenExpr t => $"({Shape(t.Value)} tussen {Shape(t.Low)} {Shape(t.High)})",
        ListExpr l => "[" + string.Join(",", l.Items.Select(Shape)) + "]",
        _ => Flat(expr),
    };
}
