using System.Globalization;
using System.Text;
using IgjNormen.Syntax;

namespace IgjNormen.Rendering;

/// <summary>
/// Dutch formatting of dates, durations, numbers and enumerations with fixed words, so output never depends on the
/// machine's culture (no CultureInfo("nl-NL")): "1 januari 2024", "6 weken", "1,5", "a, b en c".
/// </summary>
public static class DutchText
{
    private static readonly string[] Months =
    [
        "januari", "februari", "maart", "april", "mei", "juni",
        "juli", "augustus", "september", "oktober", "november", "december",
    ];

    private static readonly string[] Weekdays = ["zondag", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag"];

    /// <summary>"1 januari 2024".</summary>
    public static string Date(DateOnly date) =>
        string.Create(CultureInfo.InvariantCulture, $"{date.Day} {Months[date.Month - 1]} {date.Year}");

    /// <summary>"maandag 6 januari 2025".</summary>
    public static string DateWithWeekday(DateOnly date) => Weekdays[(int)date.DayOfWeek] + " " + Date(date);

    /// <summary>"6 januari 2025 om 14:30".</summary>
    public static string DateTime(DateTime value) =>
        Date(DateOnly.FromDateTime(value)) + string.Create(CultureInfo.InvariantCulture, $" om {value.Hour:00}:{value.Minute:00}");

    /// <summary>The ISO form for machines (<c>&lt;time datetime&gt;</c>): "2024-01-01".</summary>
    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>"6 weken", "1 week", "48 uur", "3 werkdagen", "1 jaar".</summary>
    public static string Duration(int amount, DurationUnit unit)
    {
        var one = amount is 1 or -1;
        var word = unit switch
        {
            DurationUnit.Uur => "uur",
            DurationUnit.Dag => one ? "dag" : "dagen",
            DurationUnit.Werkdag => one ? "werkdag" : "werkdagen",
            DurationUnit.Week => one ? "week" : "weken",
            DurationUnit.Maand => one ? "maand" : "maanden",
            _ => "jaar",
        };
        return Integer(amount) + " " + word;
    }

    /// <summary>A whole number; from 10.000 on with a dot between thousands ("12.500").</summary>
    public static string Integer(long value)
    {
        var digits = Math.Abs(value).ToString(CultureInfo.InvariantCulture);
        if (digits.Length > 4)
        {
            var grouped = new StringBuilder();
            for (var i = 0; i < digits.Length; i++)
            {
                if (i > 0 && (digits.Length - i) % 3 == 0)
                {
                    grouped.Append('.');
                }

                grouped.Append(digits[i]);
            }

            digits = grouped.ToString();
        }

        return value < 0 ? "-" + digits : digits;
    }

    /// <summary>A number with a decimal comma: "1,5", "12.500,25".</summary>
    public static string Number(decimal value)
    {
        var whole = decimal.Truncate(value);
        var text = value.ToString(CultureInfo.InvariantCulture);
        var point = text.IndexOf('.', StringComparison.Ordinal);
        var fraction = point < 0 ? string.Empty : "," + text[(point + 1)..];
        var sign = value < 0 && whole == 0 ? "-" : string.Empty;
        return sign + Integer((long)whole) + fraction;
    }

    /// <summary>"1 norm", "8 normen".</summary>
    public static string Count(int count, string singular, string plural) => Integer(count) + " " + (count == 1 ? singular : plural);

    /// <summary>"a", "a en b", "a, b en c".</summary>
    public static string Enumerate(IEnumerable<string> items, string conjunction = "en")
    {
        var list = items.ToList();
        return list.Count switch
        {
            0 => string.Empty,
            1 => list[0],
            _ => string.Join(", ", list.Take(list.Count - 1)) + " " + conjunction + " " + list[^1],
        };
    }
}
