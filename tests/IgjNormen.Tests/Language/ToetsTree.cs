using System.Globalization;
using IgjNormen.Model;
using IgjNormen.Parsing;
using IgjNormen.Syntax;
using IgjNormen.Text;
using Xunit;

namespace IgjNormen.Tests.Language;

/// <summary>
/// Shows a parsed toets as a compact tree, so a test can pin its shape: <c>a of b en c</c> is <c>(of a (en b c))</c>.
/// Operators keep their toets spelling; <c>(neg x)</c> is unary minus, <c>&lt;…&gt;</c> an oordeel value,
/// <c>(duur 6 week)</c> a duration, <c>(fout IGJ1204)</c> a piece the binder reports.
/// </summary>
internal static class ToetsTree
{
    public static string Show(Expr expr) => expr switch
    {
        BooleanLiteral b => b.Value ? "ja" : "nee",
        NumberLiteral n => n.Value.ToString(CultureInfo.InvariantCulture),
        TextLiteral t => "\"" + t.Value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"",
        DateLiteral d => d.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTimeLiteral d => d.Value.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture),
        DurationLiteral d => $"(duur {d.Amount} {d.Unit.ToString().ToLowerInvariant()})",
        VerdictLiteral v => $"<{v.Value.Label()}>",
        PeildatumExpr => "peildatum",
        NameExpr n => n.FullName,
        NotExpr n => $"(niet {Show(n.Operand)})",
        NegateExpr n => $"(neg {Show(n.Operand)})",
        BinaryExpr b => $"({Symbol(b.Operator)} {Show(b.Left)} {Show(b.Right)})",
        InExpr i => $"({(i.Negated ? "niet-in" : "in")} {Show(i.Value)} {Show(i.List)})",
        IsKnownExpr k => $"({(k.Known ? "bekend" : "onbekend")} {Show(k.Value)})",
        BetweenExpr t => $"(tussen {Show(t.Value)} {Show(t.Low)} {Show(t.High)})",
        ListExpr l => "[" + string.Join(", ", l.Items.Select(Show)) + "]",
        QuantifierExpr q => $"({q.Kind.ToString().ToLowerInvariant()} {q.Variable} {Show(q.List)} {Show(q.Body)})",
        CountExpr { Variable: null } c => $"(aantal {Show(c.List)})",
        CountExpr c => $"(aantal {c.Variable} {Show(c.List)} {Show(c.Condition!)})",
        VerdictOfExpr v => $"(oordeel {v.NormId})",
        InvalidExpr i => $"(fout {i.Descriptor.Code})",
        _ => throw new ArgumentException($"Onbekende knoop {expr.GetType().Name}.", nameof(expr)),
    };

    public static string Symbol(BinaryOperator op) => IgjNormen.Formatting.ToetsFormatter.OperatorText(op);

    /// <summary>Parses text that must parse, and returns its tree.</summary>
    public static Expr Parse(string text)
    {
        var result = ToetsParser.Parse(text);
        Assert.True(result.Success, $"'{text}' parseert niet: {result.Error?.Code} {result.Error?.Format(result.ErrorArgs)} op {result.ErrorSpan}");
        return result.Expression!;
    }

    /// <summary>The shape of text that must parse.</summary>
    public static string Shape(string text) => Show(Parse(text));

    /// <summary>Every node of a tree, the root first.</summary>
    public static IEnumerable<Expr> Nodes(Expr expr) => ExprTree.Descendants(expr);

    /// <summary>The text a span covers.</summary>
    public static string Covered(string text, TextSpan span) => text.Substring(span.Start, span.Length);
}
