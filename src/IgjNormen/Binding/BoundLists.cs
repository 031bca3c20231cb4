using IgjNormen.Evaluation;
using IgjNormen.Syntax;
using IgjNormen.Text;

namespace IgjNormen.Binding;

/// <summary><c>alle/enige/geen v in lijst: voorwaarde</c>: Kleene and/or over the elements.</summary>
public sealed class BoundQuantifier(QuantifierKind kind, BoundExpr list, BoundVariable variable, BoundExpr body, TextSpan span)
    : BoundExpr(ToetsType.Boolean, span)
{
    public QuantifierKind Kind { get; } = kind;

    public BoundExpr List { get; } = list;

    public BoundVariable Variable { get; } = variable;

    public BoundExpr Body { get; } = body;

    public override Value Evaluate(EvaluationContext context)
    {
        var list = List.Evaluate(context);
        if (list.IsUnknown)
        {
            return list;
        }

        var elements = list.AsList;
        var local = Variable.Local;
        var unknown = false;

        // alle: looks for an element where the body is not true; enige/geen: for one where it is true.
        var lookFor = Kind != QuantifierKind.Alle;
        for (var i = 0; i < elements.Length; i++)
        {
            context.Locals[local] = Value.Record(elements[i]);
            context.LocalPositions[local] = i;
            var result = Body.Evaluate(context);
            if (result.IsUnknown)
            {
                unknown = true;
                continue;
            }

            if (result.AsBoolean == lookFor)
            {
                context.Recorder?.AddWitness(Variable.List, i);
                return Value.Boolean(Kind == QuantifierKind.Enige);
            }
        }

        if (unknown)
        {
            return Value.Unknown;
        }

        return Value.Boolean(Kind != QuantifierKind.Enige);
    }
}

/// <summary><c>aantal(lijst)</c> or <c>aantal(v in lijst: voorwaarde)</c>.</summary>
public sealed class BoundCount(BoundExpr list, BoundVariable? variable, BoundExpr? condition, TextSpan span) : BoundExpr(ToetsType.Number, span)
{
    public BoundExpr List { get; } = list;

    public BoundVariable? Variable { get; } = variable;

    public BoundExpr? Condition { get; } = condition;

    public override Value Evaluate(EvaluationContext context)
    {
        var list = List.Evaluate(context);
        if (list.IsUnknown)
        {
            return list;
        }

        var elements = list.AsList;
        if (Condition is null || Variable is null)
        {
            return Value.Number(elements.Length);
        }

        var count = 0;
        for (var i = 0; i < elements.Length; i++)
        {
            context.Locals[Variable.Local] = Value.Record(elements[i]);
            context.LocalPositions[Variable.Local] = i;
            var result = Condition.Evaluate(context);
            if (result.IsUnknown)
            {
                return Value.Unknown;
            }

            if (result.AsBoolean)
            {
                count++;
            }
        }

        return Value.Number(count);
    }
}
