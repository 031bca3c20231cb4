using IgjNormen.Evaluation;
using IgjNormen.Text;

namespace IgjNormen.Binding;

/// <summary>Kleene negation: onbekend stays onbekend.</summary>
public sealed class BoundNot(BoundExpr operand, TextSpan span) : BoundExpr(ToetsType.Boolean, span)
{
    public BoundExpr Operand { get; } = operand;

    public override Value Evaluate(EvaluationContext context)
    {
        var value = Operand.Evaluate(context);
        return value.IsUnknown ? value : Value.Boolean(!value.AsBoolean);
    }
}

/// <summary>Kleene conjunction: nee wins over onbekend.</summary>
public sealed class BoundAnd(BoundExpr left, BoundExpr right, TextSpan span) : BoundExpr(ToetsType.Boolean, span)
{
    public BoundExpr Left { get; } = left;

    public BoundExpr Right { get; } = right;

    public override Value Evaluate(EvaluationContext context)
    {
        var left = Left.Evaluate(context);
        if (left.IsFalse)
        {
            return left;
        }

        var right = Right.Evaluate(context);
        if (right.IsFalse)
        {
            return right;
        }

        return left.IsUnknown || right.IsUnknown ? Value.Unknown : Value.True;
    }
}

/// <summary>Kleene disjunction: ja wins over onbekend.</summary>
public sealed class BoundOr(BoundExpr left, BoundExpr right, TextSpan span) : BoundExpr(ToetsType.Boolean, span)
{
    public BoundExpr Left { get; } = left;

    public BoundExpr Right { get; } = right;

    public override Value Evaluate(EvaluationContext context)
    {
        var left = Left.Evaluate(context);
        if (left.IsTrue)
        {
            return left;
        }

        var right = Right.Evaluate(context);
        if (right.IsTrue)
        {
            return right;
        }

        return left.IsUnknown || right.IsUnknown ? Value.Unknown : Value.False;
    }
}

/// <summary><c>x is bekend</c> / <c>x is onbekend</c>: never onbekend itself.</summary>
public sealed class BoundIsKnown(BoundExpr operand, bool known, TextSpan span) : BoundExpr(ToetsType.Boolean, span)
{
    public BoundExpr Operand { get; } = operand;

    public bool Known { get; } = known;

    public override Value Evaluate(EvaluationContext context)
    {
        // Asking whether a fact is known does not make it "missing": read facts and fields without recording.
        var value = Operand switch
        {
            BoundFact fact => context.Facts[fact.Fact.Index],
            BoundField field => context.Locals[field.Variable.Local].AsRecord[field.Field.Index],
            _ => Operand.Evaluate(context),
        };
        return Value.Boolean(value.IsUnknown != Known);
    }
}
