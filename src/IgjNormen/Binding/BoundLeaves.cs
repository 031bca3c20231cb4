using IgjNormen.Evaluation;
using IgjNormen.Model;
using IgjNormen.Text;

namespace IgjNormen.Binding;

public sealed class BoundLiteral(Value value, ToetsType type, TextSpan span) : BoundExpr(type, span)
{
    public Value Value { get; } = value;

    public override Value Evaluate(EvaluationContext context) => Value;
}

/// <summary>A top-level begrip, read from its slot.</summary>
public sealed class BoundFact(FactDefinition fact, TextSpan span) : BoundExpr(ToetsType.Of(fact), span)
{
    public FactDefinition Fact { get; } = fact;

    public override Value Evaluate(EvaluationContext context)
    {
        var value = context.Facts[Fact.Index];
        if (value.IsUnknown)
        {
            context.Recorder?.AddMissing(Fact);
        }

        return value;
    }
}

/// <summary>A quantifier variable: the current element of its list.</summary>
public sealed class BoundVariable(string name, int local, FactDefinition list, TextSpan span)
    : BoundExpr(new ToetsType(TypeKind.Record, list), span)
{
    public string Name { get; } = name;

    public int Local { get; } = local;

    public FactDefinition List { get; } = list;

    public override Value Evaluate(EvaluationContext context) => context.Locals[Local];
}

/// <summary>A field of a quantifier variable's element, read by field position.</summary>
public sealed class BoundField(BoundVariable variable, FactDefinition field, TextSpan span) : BoundExpr(ToetsType.Of(field), span)
{
    public BoundVariable Variable { get; } = variable;

    public FactDefinition Field { get; } = field;

    public override Value Evaluate(EvaluationContext context)
    {
        var value = context.Locals[Variable.Local].AsRecord[Field.Index];
        if (value.IsUnknown && context.Recorder is { } recorder)
        {
            recorder.AddMissing(Variable.List, context.LocalPositions[Variable.Local], Field);
        }

        return value;
    }
}

public sealed class BoundPeildatum(TextSpan span) : BoundExpr(ToetsType.Date, span)
{
    public override Value Evaluate(EvaluationContext context) => Value.Date(context.Peildatum);
}

/// <summary><c>oordeel(norm)</c>: the final verdict of another norm, by norm index.</summary>
public sealed class BoundVerdictOf(Norm norm, TextSpan span) : BoundExpr(ToetsType.Verdict, span)
{
    public Norm Norm { get; } = norm;

    public override Value Evaluate(EvaluationContext context)
    {
        if (context.Verdicts is null)
        {
            return Value.Unknown;
        }

        var verdict = context.Verdicts(Norm.Index);
        return Value.Verdict(verdict);
    }
}
