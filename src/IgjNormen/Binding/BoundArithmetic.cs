using IgjNormen.Evaluation;
using IgjNormen.Syntax;
using IgjNormen.Text;

namespace IgjNormen.Binding;

/// <summary>Arithmetic on numbers. Division by zero and overflow give onbekend with a reason.</summary>
public sealed class BoundArithmetic(BinaryOperator op, BoundExpr left, BoundExpr right, TextSpan span) : BoundExpr(ToetsType.Number, span)
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

        var a = left.AsNumber;
        var b = right.AsNumber;
        if (Operator == BinaryOperator.Divide && b == 0)
        {
            context.Recorder?.SetReason("deling door nul");
            return Value.Unknown;
        }

        try
        {
            return Value.Number(Operator switch
            {
                BinaryOperator.Add => a + b,
                BinaryOperator.Subtract => a - b,
                BinaryOperator.Multiply => a * b,
                _ => a / b,
            });
        }
        catch (OverflowException)
        {
            context.Recorder?.SetReason("de uitkomst is te groot (overloop)");
            return Value.Unknown;
        }
    }
}

public sealed class BoundNegate(BoundExpr operand, TextSpan span) : BoundExpr(ToetsType.Number, span)
{
    public BoundExpr Operand { get; } = operand;

    public override Value Evaluate(EvaluationContext context)
    {
        var value = Operand.Evaluate(context);
        return value.IsUnknown ? value : Value.Number(-value.AsNumber);
    }
}

/// <summary>A date or tijdstip moved by a literal duration (<c>d + 6 weken</c>, <c>t - 48 uur</c>).</summary>
public sealed class BoundDateShift(BoundExpr operand, int amount, DurationUnit unit, TextSpan span) : BoundExpr(operand.Type, span)
{
    public BoundExpr Operand { get; } = operand;

    /// <summary>Signed: negative for subtraction.</summary>
    public int Amount { get; } = amount;

    public DurationUnit Unit { get; } = unit;

    public override Value Evaluate(EvaluationContext context)
    {
        var value = Operand.Evaluate(context);
        if (value.IsUnknown)
        {
            return value;
        }

        try
        {
            if (value.Kind == ValueKind.Date)
            {
                var date = value.AsDate;
                return Value.Date(Unit switch
                {
                    DurationUnit.Dag => date.AddDays(Amount),
                    DurationUnit.Week => date.AddDays(7 * Amount),
                    DurationUnit.Werkdag => DutchCalendar.AddWorkingDays(date, Amount),
                    DurationUnit.Maand => DutchCalendar.AddMonthsClamped(date, Amount),
                    _ => DutchCalendar.AddYearsClamped(date, Amount),
                });
            }

            var moment = value.AsDateTime;
            return Value.DateTime(Unit switch
            {
                DurationUnit.Uur => moment.AddHours(Amount),
                DurationUnit.Dag => moment.AddDays(Amount),
                DurationUnit.Week => moment.AddDays(7 * Amount),
                DurationUnit.Werkdag => DutchCalendar.AddWorkingDays(moment, Amount),
                DurationUnit.Maand => moment.AddMonths(Amount),
                _ => moment.AddYears(Amount),
            });
        }
        catch (ArgumentOutOfRangeException)
        {
            context.Recorder?.SetReason("de datum valt buiten de kalender");
            return Value.Unknown;
        }
    }
}
