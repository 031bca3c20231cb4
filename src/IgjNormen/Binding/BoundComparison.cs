using IgjNormen.Evaluation;
using IgjNormen.Syntax;
using IgjNormen.Text;

namespace IgjNormen.Binding;

/// <summary>A comparison of two values of one type; onbekend on either side gives onbekend.</summary>
public sealed class BoundComparison(BinaryOperator op, BoundExpr left, BoundExpr right, TextSpan span) : BoundExpr(ToetsType.Boolean, span)
{
    public BinaryOperator Operator { get; } = op;

    public BoundExpr Left { get; } = left;

    public BoundExpr Right { get; } = right;

    public override Value Evaluate(EvaluationContext context)
    {
        var left = Left.Evaluate(context);
        var right = Right.Evaluate(context);
        if (left.IsUnknown || right.IsUnknown)
        {
            return Value.Unknown;
        }

        return Value.Boolean(Operator switch
        {
            BinaryOperator.Equal => left.Equals(right),
            BinaryOperator.NotEqual => !left.Equals(right),
            BinaryOperator.Less => left.CompareTo(right) < 0,
            BinaryOperator.LessOrEqual => left.CompareTo(right) <= 0,
            BinaryOperator.Greater => left.CompareTo(right) > 0,
            _ => left.CompareTo(right) >= 0,
        });
    }
}

/// <summary><c>x in [a, b]</c>: a Kleene disjunction of equalities.</summary>
public sealed class BoundIn(BoundExpr value, IReadOnlyList<BoundExpr> items, bool negated, TextSpan span) : BoundExpr(ToetsType.Boolean, span)
{
    private readonly BoundExpr[] _items = [.. items];

    public BoundExpr Operand { get; } = value;

    public IReadOnlyList<BoundExpr> Items => _items;

    public bool Negated { get; } = negated;

    public override Value Evaluate(EvaluationContext context)
    {
        var value = Operand.Evaluate(context);
        if (value.IsUnknown)
        {
            return value;
        }

        var unknown = false;
        foreach (var item in _items)
        {
            var candidate = item.Evaluate(context);
            if (candidate.IsUnknown)
            {
                unknown = true;
            }
            else if (candidate.Equals(value))
            {
                return Value.Boolean(!Negated);
            }
        }

        return unknown ? Value.Unknown : Value.Boolean(Negated);
    }
}

/// <summary><c>x tussen a en b</c>: a &lt;= x &lt;= b.</summary>
public sealed class BoundBetween(BoundExpr value, BoundExpr low, BoundExpr high, TextSpan span) : BoundExpr(ToetsType.Boolean, span)
{
    public BoundExpr Operand { get; } = value;

    public BoundExpr Low { get; } = low;

    public BoundExpr High { get; } = high;

    public override Value Evaluate(EvaluationContext context)
    {
        var value = Operand.Evaluate(context);
        var low = Low.Evaluate(context);
        var high = High.Evaluate(context);
        if (value.IsUnknown || low.IsUnknown || high.IsUnknown)
        {
            return Value.Unknown;
        }

        return Value.Boolean(low.CompareTo(value) <= 0 && value.CompareTo(high) <= 0);
    }
}
