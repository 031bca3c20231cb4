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
public readonly struct Value : IEquatable<Value>
{
    private readonly long _bits;
    private readonly decimal _number;
    private readonly object? _ref;

    private Value(ValueKind kind, long bits, decimal number, object? reference)
    {
        Kind = kind;
        _bits = bits;
        _number = number;
        _ref = reference;
    }

    public ValueKind Kind { get; }

    public static Value Unknown => default;

    public static Value True { get; } = new(ValueKind.Boolean, 1, 0, null);

    public static Value False { get; } = new(ValueKind.Boolean, 0, 0, null);

    public bool IsUnknown => Kind == ValueKind.Unknown;

    public bool IsTrue => Kind == ValueKind.Boolean && _bits != 0;

    public bool IsFalse => Kind == ValueKind.Boolean && _bits == 0;

    public bool AsBoolean => _bits != 0;

    public decimal AsNumber => _number;

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

    public static Value Number(decimal value) => new(ValueKind.Number, 0, value, null);

    public static Value Text(string value) => new(ValueKind.Text, 0, 0, value);

    public static Value Date(DateOnly value) => new(ValueKind.Date, value.DayNumber, 0, null);

    public static Value DateTime(DateTime value) => new(ValueKind.DateTime, value.Ticks, 0, null);

    public static Value Verdict(Oordeel value) => new(ValueKind.Verdict, (long)value, 0, null);

    public static Value List(Value[][] records) => new(ValueKind.List, records.Length, 0, records);

    public static Value Record(Value[] fields) => new(ValueKind.Record, 0, 0, fields);

    /// <summary>Compares two known values of the same kind: number, date, time, text, verdict or boolean.</summary>
    public int CompareTo(in Value other) => Kind switch
    {
        ValueKind.Number => _number.CompareTo(other._number),
        ValueKind.Text => string.CompareOrdinal(AsText, other.AsText),
        _ => _bits.CompareTo(other._bits),
    };

    public bool Equals(Value other) => Kind == other.Kind && Kind switch
    {
        ValueKind.Unknown => true,
        ValueKind.Number => _number == other._number,
        ValueKind.Text => string.Equals(AsText, other.AsText, StringComparison.Ordinal),
        ValueKind.List or ValueKind.Record => ReferenceEquals(_ref, other._ref),
        _ => _bits == other._bits,
    };

    public override bool Equals(object? obj) => obj is Value other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(Kind, _bits, _number, _ref);

    /// <summary>The value as written in toetsen and bevindingen, culture-invariant.</summary>
    public override string ToString() => Kind switch
    {
        ValueKind.Unknown => "onbekend",
        ValueKind.Boolean => AsBoolean ? "ja" : "nee",
        ValueKind.Number => _number.ToString(CultureInfo.InvariantCulture),
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
