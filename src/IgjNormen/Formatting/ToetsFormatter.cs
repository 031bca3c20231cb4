using System.Globalization;
using IgjNormen.Model;
using IgjNormen.Parsing;
using IgjNormen.Syntax;

namespace IgjNormen.Formatting;

/// <summary>
/// Prints a toets tree in its canonical form: lowercase keywords, one space between tokens, and only the parentheses
/// the precedence of docs/toets-taal.md requires. <see cref="Layout"/> breaks a long toets over lines: before each
/// <c>of</c> and <c>en</c> of a chain that does not fit, after the header of a quantifier, between list items.
/// The printed text always parses back to an equivalent tree (<see cref="ExprEquivalence"/>).
/// </summary>
public static class ToetsFormatter
{
    /// <summary>The line width <c>fmt</c> keeps to, counted from the start of the line in the YAML file.</summary>
    public const int DefaultWidth = 100;

    /// <summary>How much deeper the lines of a nested part start when it breaks.</summary>
    private const int Indent = 2;

    // Precedence levels, lowest first (docs/toets-taal.md, "Grammatica").
    private const int OrLevel = 1;
    private const int AndLevel = 2;
    private const int NotLevel = 3;
    private const int ComparisonLevel = 4;
    private const int AdditiveLevel = 5;
    private const int MultiplicativeLevel = 6;
    private const int UnaryLevel = 7;
    private const int PrimaryLevel = 8;

    /// <summary>True when the tree can be printed: it holds no <see cref="InvalidExpr"/> (a bad date, a chained comparison).</summary>
    public static bool CanFormat(Expr expr) => !ExprTree.Descendants(expr).Any(e => e is InvalidExpr);

    /// <summary>The canonical text on one line.</summary>
    public static string Format(Expr expr) => string.Join(' ', Layout(expr, int.MaxValue, block: false));

    /// <summary>The canonical text of <paramref name="text"/>, or null when it does not parse or holds an invalid part.</summary>
    public static string? FormatText(string text)
    {
        var parsed = ToetsParser.Parse(text);
        return parsed.Expression is { } expr && CanFormat(expr) ? Format(expr) : null;
    }

    /// <summary>
    /// The canonical text laid out in lines of at most <paramref name="width"/> characters where the expression allows.
    /// With <paramref name="block"/> (a YAML block scalar) the header of a leading quantifier always ends its line:
    /// <c>alle k in klachten.klachten:</c>, and the condition below it.
    /// </summary>
    public static IReadOnlyList<string> Layout(Expr expr, int width, bool block)
    {
        if (!CanFormat(expr))
        {
            throw new ArgumentException("Een toets met een ongeldig deel kan niet opgemaakt worden.", nameof(expr));
        }

        return Doc.Render(Build(expr, OrLevel, tail: false, top: block), width);
    }

    private static Doc Build(Expr expr, int minLevel, bool tail, bool top)
    {
        // A quantifier runs on to the right as far as it can: when anything follows it at the same level
        // ('… en b'), it needs parentheses, or it would take that in.
        if (Level(expr) < minLevel || (tail && expr is QuantifierExpr))
        {
            return Doc.Concat(Doc.Text("("), BuildBare(expr, tail: false, top: false), Doc.Text(")"));
        }

        return BuildBare(expr, tail, top);
    }

    private static Doc BuildBare(Expr expr, bool tail, bool top)
    {
        switch (expr)
        {
            case BinaryExpr { Operator: BinaryOperator.Or or BinaryOperator.And } chain:
                return BuildChain(chain, tail);
            case BinaryExpr { Operator: BinaryOperator.Add or BinaryOperator.Subtract or BinaryOperator.Multiply or BinaryOperator.Divide } arithmetic:
                var level = Level(arithmetic);
                return Doc.Concat(
                    Build(arithmetic.Left, level, tail: false, top: false),
                    Doc.Text($" {OperatorText(arithmetic.Operator)} "),
                    Build(arithmetic.Right, level + 1, tail: false, top: false));
            case BinaryExpr comparison:
                return Doc.Group(
                    Build(comparison.Left, AdditiveLevel, tail: false, top: false),
                    Doc.Nest(
                        Indent,
                        Doc.Line,
                        Doc.Text(OperatorText(comparison.Operator) + " "),
                        Build(comparison.Right, AdditiveLevel, tail: false, top: false)));
            case NotExpr not:
                return Doc.Concat(Doc.Text("niet "), Build(not.Operand, NotLevel, tail, top: false));
            case NegateExpr negate:
                return Doc.Concat(
                    Doc.Text(negate.Operand is NegateExpr ? "- " : "-"),
                    Build(negate.Operand, UnaryLevel, tail: false, top: false));
            case InExpr inExpr:
                var value = Build(inExpr.Value, AdditiveLevel, tail: false, top: false);
                if (inExpr.Negated && EndsWithVerdictPrefix(inExpr.Value))
                {
                    // 'voldoet niet in …' would read as the verdict 'voldoet niet' followed by 'in'.
                    value = Doc.Concat(Doc.Text("("), value, Doc.Text(")"));
                }

                return Doc.Concat(
                    value,
                    Doc.Text(inExpr.Negated ? " niet in " : " in "),
                    Build(inExpr.List, AdditiveLevel, tail: false, top: false));
            case IsKnownExpr isKnown:
                return Doc.Concat(
                    Build(isKnown.Value, AdditiveLevel, tail: false, top: false),
                    Doc.Text(isKnown.Known ? " is bekend" : " is onbekend"));
            case BetweenExpr between:
                return Doc.Concat(
                    Build(between.Value, AdditiveLevel, tail: false, top: false),
                    Doc.Text(" tussen "),
                    Build(between.Low, AdditiveLevel, tail: false, top: false),
                    Doc.Text(" en "),
                    Build(between.High, AdditiveLevel, tail: false, top: false));
            case QuantifierExpr quantifier:
                var header = Doc.Concat(
                    Doc.Text($"{QuantifierText(quantifier.Kind)} {quantifier.Variable} in "),
                    Build(quantifier.List, AdditiveLevel, tail: false, top: false),
                    Doc.Text(":"));
                // A leading quantifier of a block keeps its condition at the left margin (as the shipped norms do);
                // a quantifier further in indents its condition when it breaks.
                var body = Build(quantifier.Body, OrLevel, tail: false, top: top);
                return top
                    ? Doc.Group(header, Doc.HardLine, body)
                    : Doc.Group(header, Doc.Nest(Indent, Doc.Line, body));
            case ListExpr list:
                var items = new List<Doc>();
                for (var i = 0; i < list.Items.Count; i++)
                {
                    if (i > 0)
                    {
                        items.Add(Doc.Text(","));
                        items.Add(Doc.Line);
                    }

                    items.Add(Build(list.Items[i], OrLevel, tail: false, top: false));
                }

                return Doc.Group(Doc.Text("["), Doc.Nest(1, [.. items]), Doc.Text("]"));
            case CountExpr { Variable: { } variable, Condition: { } condition } count:
                return Doc.Concat(
                    Doc.Text($"aantal({variable} in "),
                    Build(count.List, AdditiveLevel, tail: false, top: false),
                    Doc.Text(": "),
                    Build(condition, OrLevel, tail: false, top: false),
                    Doc.Text(")"));
            case CountExpr count:
                return Doc.Concat(Doc.Text("aantal("), Build(count.List, OrLevel, tail: false, top: false), Doc.Text(")"));
            case VerdictOfExpr verdictOf:
                return Doc.Text($"oordeel({verdictOf.NormId})");
            default:
                return Doc.Text(LiteralText(expr));
        }
    }

    /// <summary>A left-nested chain of 'of' (or 'en') as one group: 'a of b of c', or one operand per line.</summary>
    private static Doc BuildChain(BinaryExpr chain, bool tail)
    {
        var operands = new List<Expr>();
        Expr current = chain;
        while (current is BinaryExpr binary && binary.Operator == chain.Operator)
        {
            operands.Add(binary.Right);
            current = binary.Left;
        }

        operands.Add(current);
        operands.Reverse();
        var level = Level(chain);
        var word = chain.Operator == BinaryOperator.Or ? "of " : "en ";
        var parts = new List<Doc>();
        for (var i = 0; i < operands.Count; i++)
        {
            var last = i == operands.Count - 1;
            if (i > 0)
            {
                parts.Add(Doc.Line);
                parts.Add(Doc.Text(word));
            }

            // An operand that is itself a chain ('… of b en c') is indented when it breaks, so its lines read as one part.
            var operand = Build(operands[i], i == 0 ? level : level + 1, tail: !last || tail, top: false);
            parts.Add(operands[i] is BinaryExpr { Operator: BinaryOperator.Or or BinaryOperator.And } ? Doc.Nest(Indent, operand) : operand);
        }

        return Doc.Group([.. parts]);
    }

    private static int Level(Expr expr) => expr switch
    {
        BinaryExpr { Operator: BinaryOperator.Or } => OrLevel,
        BinaryExpr { Operator: BinaryOperator.And } => AndLevel,
        BinaryExpr { Operator: BinaryOperator.Add or BinaryOperator.Subtract } => AdditiveLevel,
        BinaryExpr { Operator: BinaryOperator.Multiply or BinaryOperator.Divide } => MultiplicativeLevel,
        BinaryExpr => ComparisonLevel,
        NotExpr or QuantifierExpr => NotLevel,
        InExpr or IsKnownExpr or BetweenExpr => ComparisonLevel,
        NegateExpr => UnaryLevel,
        _ => PrimaryLevel,
    };

    /// <summary>True when the text of an additive expression ends in 'voldoet' or 'voldoet grotendeels'.</summary>
    private static bool EndsWithVerdictPrefix(Expr expr) => expr switch
    {
        VerdictLiteral { Value: Oordeel.Voldoet or Oordeel.VoldoetGrotendeels } => true,
        BinaryExpr { Operator: BinaryOperator.Add or BinaryOperator.Subtract or BinaryOperator.Multiply or BinaryOperator.Divide } arithmetic
            => Level(arithmetic.Right) > Level(arithmetic) && EndsWithVerdictPrefix(arithmetic.Right),
        NegateExpr negate => Level(negate.Operand) >= UnaryLevel && EndsWithVerdictPrefix(negate.Operand),
        _ => false,
    };

    /// <summary>How an operator is written in a toets.</summary>
    internal static string OperatorText(BinaryOperator op) => op switch
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

    private static string QuantifierText(QuantifierKind kind) => kind switch
    {
        QuantifierKind.Alle => "alle",
        QuantifierKind.Enige => "enige",
        _ => "geen",
    };

    private static string LiteralText(Expr expr) => expr switch
    {
        BooleanLiteral b => b.Value ? "ja" : "nee",
        NumberLiteral n => n.Value.ToString(CultureInfo.InvariantCulture),
        TextLiteral t => "\"" + t.Value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"",
        DateLiteral d => d.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTimeLiteral t => t.Value.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture),
        DurationLiteral d => d.Amount.ToString(CultureInfo.InvariantCulture) + " " + UnitText(d.Amount, d.Unit),
        VerdictLiteral v => v.Value.Label(),
        PeildatumExpr => "peildatum",
        NameExpr name => name.FullName,
        _ => throw new ArgumentException($"Onbekend soort knoop: {expr.GetType().Name}.", nameof(expr)),
    };

    /// <summary>'uur' and 'jaar' as in '48 uur', '2 jaar'; the others singular for 1 and plural otherwise.</summary>
    private static string UnitText(int amount, DurationUnit unit) => unit switch
    {
        DurationUnit.Uur => "uur",
        DurationUnit.Jaar => "jaar",
        DurationUnit.Dag => amount == 1 ? "dag" : "dagen",
        DurationUnit.Werkdag => amount == 1 ? "werkdag" : "werkdagen",
        DurationUnit.Week => amount == 1 ? "week" : "weken",
        _ => amount == 1 ? "maand" : "maanden",
    };
}
