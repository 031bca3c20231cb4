using System.Globalization;
using IgjNormen.Model;
using IgjNormen.Syntax;

namespace IgjNormen.Rendering.Building;

/// <summary>
/// Writes a parsed toets for readers: keywords in lower case, single spaces, only the parentheses the grammar needs
/// (docs/toets-taal.md), and when it does not fit on a line, one operand of <c>en</c>/<c>of</c> per line and the body
/// of a kwantor indented under it. The result parses to the same tree.
/// </summary>
internal static class ToetsLayout
{
    private const int Width = 72;

    // Binding strength, weakest first (the grammar's order).
    private const int Or = 1;
    private const int And = 2;
    private const int Not = 3;
    private const int Comparison = 4;
    private const int Additive = 5;
    private const int Multiplicative = 6;
    private const int Unary = 7;
    private const int Primary = 8;

    /// <summary>The expression on one line.</summary>
    public static string Flat(Expr expr) => Write(expr);

    /// <summary>The expression broken over lines (joined with '\n') when it is longer than a line.</summary>
    public static string Lines(Expr expr) => string.Join("\n", Layout(expr, 0));

    private static List<string> Layout(Expr expr, int indent)
    {
        var flat = Write(expr);
        if (indent + flat.Length <= Width)
        {
            return [flat];
        }

        switch (expr)
        {
            case QuantifierExpr q:
                {
                    var lines = new List<string> { $"{Quantifier(q.Kind)} {q.Variable} in {Write(q.List, Additive)}:" };
                    lines.AddRange(Layout(q.Body, indent + 2).Select(l => "  " + l));
                    return lines;
                }

            case BinaryExpr { Operator: BinaryOperator.Or or BinaryOperator.And } b:
                {
                    var op = b.Operator;
                    var level = op == BinaryOperator.Or ? Or : And;
                    var operands = Chain(b, op);
                    var keyword = op == BinaryOperator.Or ? "of" : "en";
                    var lines = new List<string>();
                    for (var i = 0; i < operands.Count; i++)
                    {
                        var prefix = i == 0 ? string.Empty : keyword + " ";
                        var last = i == operands.Count - 1;
                        var part = Operand(operands[i], level + (i == 0 ? 0 : 1), last, indent + prefix.Length, ForClarity(b, operands[i]));
                        lines.Add(prefix + part[0]);
                        lines.AddRange(part.Skip(1).Select(l => new string(' ', prefix.Length) + l));
                    }

                    return lines;
                }

            case NotExpr n when Strength(n.Operand) >= Not:
                {
                    var part = Layout(n.Operand, indent + 5);
                    return [.. part.Take(1).Select(l => "niet " + l), .. part.Skip(1).Select(l => "     " + l)];
                }

            default:
                return [flat];
        }
    }

    /// <summary>An operand of en/of, in parentheses when the grammar needs them.</summary>
    private static List<string> Operand(Expr operand, int minimum, bool last, int indent, bool clarity)
    {
        if (!clarity && !NeedsParentheses(operand, minimum, last))
        {
            return Layout(operand, indent);
        }

        var inner = Layout(operand, indent + 1);
        var lines = new List<string>();
        for (var i = 0; i < inner.Count; i++)
        {
            var line = (i == 0 ? "(" : " ") + inner[i];
            lines.Add(i == inner.Count - 1 ? line + ")" : line);
        }

        return lines;
    }

    private static List<Expr> Chain(BinaryExpr b, BinaryOperator op)
    {
        var operands = new List<Expr>();
        void Collect(Expr e)
        {
            // en/of are left-associative: a of b of c is (a of b) of c; only the left side continues the chain.
            if (e is BinaryExpr inner && inner.Operator == op)
            {
                Collect(inner.Left);
                operands.Add(inner.Right);
            }
            else
            {
                operands.Add(e);
            }
        }

        Collect(b.Left);
        operands.Add(b.Right);
        return operands;
    }

    private static bool NeedsParentheses(Expr operand, int minimum, bool last) =>
        Strength(operand) < minimum || (!last && Extends(operand));

    /// <summary>An en-chain inside an of-chain gets parentheses for readers, although en binds more strongly.</summary>
    private static bool ForClarity(Expr parent, Expr operand) =>
        parent is BinaryExpr { Operator: BinaryOperator.Or } && operand is BinaryExpr { Operator: BinaryOperator.And };

    /// <summary>A kwantor runs on to the right as far as it can; so does anything that ends in one.</summary>
    private static bool Extends(Expr expr) => expr switch
    {
        QuantifierExpr => true,
        NotExpr n => Extends(n.Operand),
        BinaryExpr { Operator: BinaryOperator.Or or BinaryOperator.And } b => Extends(b.Right),
        _ => false,
    };

    private static int Strength(Expr expr) => expr switch
    {
        BinaryExpr { Operator: BinaryOperator.Or } => Or,
        BinaryExpr { Operator: BinaryOperator.And } => And,
        NotExpr or QuantifierExpr => Not,
        BinaryExpr { Operator: BinaryOperator.Add or BinaryOperator.Subtract } => Additive,
        BinaryExpr { Operator: BinaryOperator.Multiply or BinaryOperator.Divide } => Multiplicative,
        BinaryExpr or InExpr or IsKnownExpr or BetweenExpr => Comparison,
        NegateExpr => Unary,
        _ => Primary,
    };

    private static string Write(Expr expr, int minimum) => NeedsParentheses(expr, minimum, last: true) ? "(" + Write(expr) + ")" : Write(expr);

    private static string Write(Expr expr)
    {
        switch (expr)
        {
            case BooleanLiteral b: return b.Value ? "ja" : "nee";
            case NumberLiteral n: return n.Value.ToString(CultureInfo.InvariantCulture);
            case TextLiteral t: return "\"" + t.Value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
            case DateLiteral d: return d.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            case DateTimeLiteral t: return t.Value.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);
            case DurationLiteral d: return d.Amount.ToString(CultureInfo.InvariantCulture) + " " + Unit(d.Amount, d.Unit);
            case VerdictLiteral v: return v.Value.Label();
            case PeildatumExpr: return "peildatum";
            case NameExpr n: return n.FullName;
            case NotExpr n: return "niet " + Write(n.Operand, Not);
            case NegateExpr n: return "-" + Write(n.Operand, Unary);
            case QuantifierExpr q: return $"{Quantifier(q.Kind)} {q.Variable} in {Write(q.List, Additive)}: {Write(q.Body)}";
            case CountExpr c:
                return c.Variable is null || c.Condition is null
                    ? $"aantal({Write(c.List)})"
                    : $"aantal({c.Variable} in {Write(c.List, Additive)}: {Write(c.Condition)})";
            case VerdictOfExpr v: return $"oordeel({v.NormId})";
            case InExpr i: return $"{Write(i.Value, Additive)} {(i.Negated ? "niet in" : "in")} {Write(i.List, Additive)}";
            case IsKnownExpr k: return $"{Write(k.Value, Additive)} is {(k.Known ? "bekend" : "onbekend")}";
            case BetweenExpr t: return $"{Write(t.Value, Additive)} tussen {Write(t.Low, Additive)} en {Write(t.High, Additive)}";
            case ListExpr l: return "[" + string.Join(", ", l.Items.Select(item => Write(item))) + "]";
            case BinaryExpr b:
                {
                    var level = Strength(b);
                    var (left, right) = b.Operator switch
                    {
                        // en/of/+/-/*/÷ are left-associative: the right operand needs parentheses at the same level.
                        BinaryOperator.Or or BinaryOperator.And => (level, level + 1),
                        BinaryOperator.Add or BinaryOperator.Subtract or BinaryOperator.Multiply or BinaryOperator.Divide => (level, level + 1),
                        // Comparisons do not chain: both sides are additive expressions.
                        _ => (Additive, Additive),
                    };
                    var leftText = (b.Operator is BinaryOperator.Or or BinaryOperator.And && Extends(b.Left)) || ForClarity(b, b.Left)
                        ? "(" + Write(b.Left) + ")"
                        : Write(b.Left, left);
                    var rightText = ForClarity(b, b.Right) ? "(" + Write(b.Right) + ")" : Write(b.Right, right);
                    return $"{leftText} {Operator(b.Operator)} {rightText}";
                }

            default:
                return string.Empty;
        }
    }

    private static string Unit(int amount, DurationUnit unit) => (unit, amount is 1 or -1) switch
    {
        (DurationUnit.Uur, _) => "uur",
        (DurationUnit.Dag, true) => "dag",
        (DurationUnit.Dag, false) => "dagen",
        (DurationUnit.Werkdag, true) => "werkdag",
        (DurationUnit.Werkdag, false) => "werkdagen",
        (DurationUnit.Week, true) => "week",
        (DurationUnit.Week, false) => "weken",
        (DurationUnit.Maand, true) => "maand",
        (DurationUnit.Maand, false) => "maanden",
        _ => "jaar",
    };

    private static string Quantifier(QuantifierKind kind) => kind switch
    {
        QuantifierKind.Alle => "alle",
        QuantifierKind.Enige => "enige",
        _ => "geen",
    };

    private static string Operator(BinaryOperator op) => op switch
    {
        BinaryOperator.Or => "of",
        BinaryOperator.And => "en",
        BinaryOperator.Equal => "=",
        BinaryOperator.NotEqual => "!=",
        BinaryOperator.Less => "<",
        BinaryOperator.LessOrEqual => "<=",
        BinaryOperator.Greater => ">",
        BinaryOperator.GreaterOrEqual => ">=",
        BinaryOperator.Add => "+",
        BinaryOperator.Subtract => "-",
        BinaryOperator.Multiply => "*",
        _ => "/",
    };

    /// <summary>The text of a condition for display: laid out from its tree, or its own text with single spaces.</summary>
    public static (string Flat, string Lines) Of(Condition condition)
    {
        if (condition.Syntax is { } syntax && ContainsInvalid(syntax) is false)
        {
            return (Flat(syntax), Lines(syntax));
        }

        var text = string.Join(' ', condition.Text.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));
        return (text, text);
    }

    private static bool ContainsInvalid(Expr expr) => expr switch
    {
        InvalidExpr => true,
        NotExpr n => ContainsInvalid(n.Operand),
        NegateExpr n => ContainsInvalid(n.Operand),
        BinaryExpr b => ContainsInvalid(b.Left) || ContainsInvalid(b.Right),
        InExpr i => ContainsInvalid(i.Value) || ContainsInvalid(i.List),
        IsKnownExpr k => ContainsInvalid(k.Value),
        BetweenExpr t => ContainsInvalid(t.Value) || ContainsInvalid(t.Low) || ContainsInvalid(t.High),
        ListExpr l => l.Items.Any(ContainsInvalid),
        QuantifierExpr q => ContainsInvalid(q.List) || ContainsInvalid(q.Body),
        CountExpr c => ContainsInvalid(c.List) || (c.Condition is not null && ContainsInvalid(c.Condition)),
        _ => false,
    };
}
