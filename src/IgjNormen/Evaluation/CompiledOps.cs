using System.Runtime.CompilerServices;
using IgjNormen.Model;
using IgjNormen.Syntax;

namespace IgjNormen.Evaluation;

/// <summary>
/// What compiled toetsen (<see cref="ToetsCompiler"/>) call: reading facts and fields by slot, arithmetic and date
/// shifts that turn division by zero, overflow and dates outside the calendar into onbekend with a reason. Each does
/// exactly what the matching bound node does in <c>Evaluate</c>, including what it tells the recorder, so compiled and
/// walked evaluation give the same results and the same explanations.
/// </summary>
/// <remarks>
/// Representations: ja/nee as 0 (nee), 1 (ja), 2 (onbekend); getal as <c>decimal?</c>; tekst and keuze as
/// <c>string?</c>; datum as its day number, <see cref="int.MinValue"/> when onbekend; tijdstip as ticks,
/// <see cref="long.MinValue"/> when onbekend; oordeel as its number, -1 when onbekend; a lijst as its records
/// (<c>Value[][]?</c>), an element as its fields (<c>Value[]</c>).
/// </remarks>
internal static class CompiledOps
{
    public const int False = 0;
    public const int True = 1;
    public const int Unknown = 2;
    public const int NoDate = int.MinValue;
    public const long NoMoment = long.MinValue;

    private const string DivisionByZero = "deling door nul";
    private const string Overflow = "de uitkomst is te groot (overloop)";
    private const string OutsideCalendar = "de datum valt buiten de kalender";

    private static readonly int MaxDayNumber = DateOnly.MaxValue.DayNumber;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Not(int value) => value == Unknown ? Unknown : 1 - value;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Bool(bool value) => value ? True : False;

    public static Value ToValue(int value) => value switch { True => Value.True, False => Value.False, _ => Value.Unknown };

    // ---- facts and fields --------------------------------------------------------------------------------------

    private static void Missing(EvaluationContext context, FactDefinition fact) => context.Recorder?.AddMissing(fact);

    private static void MissingField(EvaluationContext context, FactDefinition list, int position, FactDefinition field) =>
        context.Recorder?.AddMissing(list, position, field);

    public static int FactBool(EvaluationContext context, int slot, FactDefinition name)
    {
        ref readonly var value = ref context.Facts[slot];
        if (value.IsUnknown)
        {
            Missing(context, name);
            return Unknown;
        }

        return value.AsBoolean ? True : False;
    }

    public static decimal? FactNumber(EvaluationContext context, int slot, FactDefinition name)
    {
        ref readonly var value = ref context.Facts[slot];
        if (value.IsUnknown)
        {
            Missing(context, name);
            return null;
        }

        return value.AsNumber;
    }

    public static string? FactText(EvaluationContext context, int slot, FactDefinition name)
    {
        ref readonly var value = ref context.Facts[slot];
        if (value.IsUnknown)
        {
            Missing(context, name);
            return null;
        }

        return value.AsText;
    }

    public static int FactDate(EvaluationContext context, int slot, FactDefinition name)
    {
        ref readonly var value = ref context.Facts[slot];
        if (value.IsUnknown)
        {
            Missing(context, name);
            return NoDate;
        }

        return value.DayNumber;
    }

    public static long FactMoment(EvaluationContext context, int slot, FactDefinition name)
    {
        ref readonly var value = ref context.Facts[slot];
        if (value.IsUnknown)
        {
            Missing(context, name);
            return NoMoment;
        }

        return value.Ticks;
    }

    public static Value[][]? FactList(EvaluationContext context, int slot, FactDefinition name)
    {
        ref readonly var value = ref context.Facts[slot];
        if (value.IsUnknown)
        {
            Missing(context, name);
            return null;
        }

        return value.AsList;
    }

    /// <summary><c>x is bekend</c> on a fact: reads without counting it as missing.</summary>
    public static bool FactKnown(EvaluationContext context, int slot) => !context.Facts[slot].IsUnknown;

    public static int FieldBool(EvaluationContext context, Value[] record, int field, int position, FactDefinition list, FactDefinition name)
    {
        ref readonly var value = ref record[field];
        if (value.IsUnknown)
        {
            MissingField(context, list, position, name);
            return Unknown;
        }

        return value.AsBoolean ? True : False;
    }

    public static decimal? FieldNumber(EvaluationContext context, Value[] record, int field, int position, FactDefinition list, FactDefinition name)
    {
        ref readonly var value = ref record[field];
        if (value.IsUnknown)
        {
            MissingField(context, list, position, name);
            return null;
        }

        return value.AsNumber;
    }

    public static string? FieldText(EvaluationContext context, Value[] record, int field, int position, FactDefinition list, FactDefinition name)
    {
        ref readonly var value = ref record[field];
        if (value.IsUnknown)
        {
            MissingField(context, list, position, name);
            return null;
        }

        return value.AsText;
    }

    public static int FieldDate(EvaluationContext context, Value[] record, int field, int position, FactDefinition list, FactDefinition name)
    {
        ref readonly var value = ref record[field];
        if (value.IsUnknown)
        {
            MissingField(context, list, position, name);
            return NoDate;
        }

        return value.DayNumber;
    }

    public static long FieldMoment(EvaluationContext context, Value[] record, int field, int position, FactDefinition list, FactDefinition name)
    {
        ref readonly var value = ref record[field];
        if (value.IsUnknown)
        {
            MissingField(context, list, position, name);
            return NoMoment;
        }

        return value.Ticks;
    }

    public static bool FieldKnown(Value[] record, int field) => !record[field].IsUnknown;

    public static int VerdictOf(EvaluationContext context, int norm) => context.Verdicts is { } verdicts ? (int)verdicts(norm) : -1;

    public static void Witness(EvaluationContext context, FactDefinition list, int position) => context.Recorder?.AddWitness(list, position);

    // ---- arithmetic and dates ----------------------------------------------------------------------------------

    public static decimal? Arithmetic(BinaryOperator op, decimal? left, decimal? right, EvaluationContext context)
    {
        if (left is not { } a || right is not { } b)
        {
            return null;
        }

        if (op == BinaryOperator.Divide && b == 0)
        {
            context.Recorder?.SetReason(DivisionByZero);
            return null;
        }

        try
        {
            return op switch
            {
                BinaryOperator.Add => a + b,
                BinaryOperator.Subtract => a - b,
                BinaryOperator.Multiply => a * b,
                _ => a / b,
            };
        }
        catch (OverflowException)
        {
            context.Recorder?.SetReason(Overflow);
            return null;
        }
    }

    public static decimal? Negate(decimal? value) => value is { } v ? -v : null;

    public static int ShiftDate(int day, int amount, DurationUnit unit, EvaluationContext context)
    {
        if (day == NoDate)
        {
            return NoDate;
        }

        if (unit is DurationUnit.Dag or DurationUnit.Week)
        {
            var shifted = (long)day + (unit == DurationUnit.Week ? 7L * amount : amount);
            if (shifted >= 0 && shifted <= MaxDayNumber)
            {
                return (int)shifted;
            }

            context.Recorder?.SetReason(OutsideCalendar);
            return NoDate;
        }

        try
        {
            var date = DateOnly.FromDayNumber(day);
            return (unit switch
            {
                DurationUnit.Werkdag => DutchCalendar.AddWorkingDays(date, amount),
                DurationUnit.Maand => DutchCalendar.AddMonthsClamped(date, amount),
                _ => DutchCalendar.AddYearsClamped(date, amount),
            }).DayNumber;
        }
        catch (ArgumentOutOfRangeException)
        {
            context.Recorder?.SetReason(OutsideCalendar);
            return NoDate;
        }
    }

    public static long ShiftMoment(long ticks, int amount, DurationUnit unit, EvaluationContext context)
    {
        if (ticks == NoMoment)
        {
            return NoMoment;
        }

        try
        {
            var moment = new DateTime(ticks, DateTimeKind.Unspecified);
            return (unit switch
            {
                DurationUnit.Uur => moment.AddHours(amount),
                DurationUnit.Dag => moment.AddDays(amount),
                DurationUnit.Week => moment.AddDays(7 * amount),
                DurationUnit.Werkdag => DutchCalendar.AddWorkingDays(moment, amount),
                DurationUnit.Maand => moment.AddMonths(amount),
                _ => moment.AddYears(amount),
            }).Ticks;
        }
        catch (ArgumentOutOfRangeException)
        {
            context.Recorder?.SetReason(OutsideCalendar);
            return NoMoment;
        }
    }
}
