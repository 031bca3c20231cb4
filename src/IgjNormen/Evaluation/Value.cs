using System.Globalization;
using IgjNormen.Model;

namespace IgjNormen.Evaluation;

public enum ValueKind : byte
{
    Unknown,
    Boolean,
    Number,
    Text,
    Date,
    DateTime,
    Verdict,
    List,
    Record,
}

/// <summary>
/// A value during evaluation: small, unboxed for everything but text, lists and records. <see cref="Unknown"/> is
/// 'onbekend', the third truth value.
/// </summary>
/// <remarks>
/// 24 bytes, so that a provider's facts and list elements take few cache lines: the kind lives in the low byte of
/// <c>_extra</c>. A number keeps its decimal in <c>_bits</c> (the low 64 bits) and <c>_extra</c> (the high 32 bits
/// above the sign and scale, whose low byte a decimal never uses); other kinds use <c>_bits</c> or the reference.
/// </remarks>
public readonly struct Value : IEquatable<Value>
{
    private const long KindMask = 0xFF;

    private readonly long _bits;
    private readonly long _extra;
    private readonly object? _ref;

    private Value(ValueKind kind, long bits, object? reference)
    {
        _extra = (long)kind;
        _bits = bits;
        _ref = reference;
    }

    private Value(decimal number)
    {
        Span<int> parts = stackalloc int[4];
        decimal.GetBits(number, parts);
        _bits = (uint)parts[0] | ((long)parts[1] << 32);
        _extra = ((long)parts[2] << 32) | (uint)parts[3] | (long)ValueKind.Number;
        _ref = null;
    }

    public ValueKind Kind => (ValueKind)(_extra & KindMask);

    public static Value Unknown => default;

    public static Value True { get; } = new(ValueKind.Boolean, 1, null);

    public static Value False { get; } = new(ValueKind.Boolean, 0, null);

    public bool IsUnknown => Kind == ValueKind.Unknown;

    public bool IsTrue => Kind == ValueKind.Boolean && _bits != 0;

    public bool IsFalse => Kind == ValueKind.Boolean && _bits == 0;

    public bool AsBoolean => _bits != 0;

    public decimal AsNumber
    {
        get
        {
            var flags = (int)(_extra & ~KindMask);
            return new decimal((int)_bits, (int)(_bits >> 32), (int)(_extra >> 32), flags < 0, (byte)(flags >> 16));
        }
    }

    public string AsText => (string)_ref!;

    public DateOnly AsDate => DateOnly.FromDayNumber((int)_bits);

    public DateTime AsDateTime => new(_bits, DateTimeKind.Unspecified);

    public Oordeel AsVerdict => (Oordeel)_bits;

    /// <summary>A date as its day number (<see cref="DateOnly.DayNumber"/>), for compiled toetsen.</summary>
    internal int DayNumber => (int)_bits;

    /// <summary>A tijdstip as its ticks, for compiled toetsen.</summary>
    internal long Ticks => _bits;

    /// <summary>The elements of a list: each a record (an array of field values in field order).</summary>
    public Value[][] AsList => (Value[][])_ref!;

    public Value[] AsRecord => (Value[])_ref!;

    public static Value Boolean(bool value) => value ? True : False;

    public static Value Number(decimal value) => new(value);

    public static Value Text(string value) => new(ValueKind.Text, 0, value);

    public static Value Date(DateOnly value) => new(ValueKind.Date, value.DayNumber, null);

    public static Value DateTime(DateTime value) => new(ValueKind.DateTime, value.Ticks, null);

    public static Value Verdict(Oordeel value) => new(ValueKind.Verdict, (long)value, null);

    public static Value List(Value[][] records) => new(ValueKind.List, records.Length, records);

    public static Value Record(Value[] fields) => new(ValueKind.Record, 0, fields);

    /// <summary>Compares two known values of the same kind: number, date, time, text, verdict or boolean.</summary>
    public int CompareTo(in Value other) => Kind switch
    {
        ValueKind.Number => AsNumber.CompareTo(other.AsNumber),
        ValueKind.Text => string.CompareOrdinal(AsText, other.AsText),
        _ => _bits.CompareTo(other._bits),
    };

    public bool Equals(Value other) => Kind == other.Kind && Kind switch
    {
        ValueKind.Unknown => true,
        ValueKind.Number => AsNumber == other.AsNumber,
        ValueKind.Text => string.Equals(AsText, other.AsText, StringComparison.Ordinal),
        ValueKind.List or ValueKind.Record => ReferenceEquals(_ref, other._ref),
        _ => _bits == other._bits,
    };

    public override bool Equals(object? obj) => obj is Value other && Equals(other);

    public override int GetHashCode() => Kind == ValueKind.Number ? HashCode.Combine(Kind, AsNumber) : HashCode.Combine(Kind, _bits, _ref);

    /// <summary>The value as written in toetsen and bevindingen, culture-invariant.</summary>
    public override string ToString() => Kind switch
    {
        ValueKind.Unknown => "onbekend",
        ValueKind.Boolean => AsBoolean ? "ja" : "nee",
        ValueKind.Number => AsNumber.ToString(CultureInfo.InvariantCulture),
        ValueKind.Text => "\"" + AsText + "\"",
        ValueKind.Date => AsDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ValueKind.DateTime => AsDateTime.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture),
        ValueKind.Verdict => AsVerdict.Label(),
        ValueKind.List => AsList.Length == 1 ? "lijst met 1 element" : $"lijst met {AsList.Length} elementen",
        _ => "element",
    };

    public static bool operator ==(Value left, Value right) => left.Equals(right);

    public static bool operator !=(Value left, Value right) => !left.Equals(right);
}
