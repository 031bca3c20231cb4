using System.Globalization;
using IgjNormen.Evaluation;
using Xunit;

namespace IgjNormen.Tests;

public class DutchCalendarTests
{
    private static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    // ---------------------------------------------------------------- Easter

    [Theory]
    [InlineData(2024, "2024-03-31")]
    [InlineData(2025, "2025-04-20")]
    [InlineData(2026, "2026-04-05")]
    [InlineData(2000, "2000-04-23")]
    [InlineData(2019, "2019-04-21")]
    [InlineData(2008, "2008-03-23")]
    [InlineData(2016, "2016-03-27")]
    [InlineData(2038, "2038-04-25")] // latest possible date
    [InlineData(1818, "1818-03-22")] // earliest possible date
    [InlineData(2285, "2285-03-22")]
    [InlineData(1954, "1954-04-18")]
    public void EasterSunday_KnownYears(int year, string expected)
    {
        Assert.Equal(D(expected), DutchCalendar.EasterSunday(year));
    }

    [Theory]
    [InlineData("2024-03-31")]
    [InlineData("2025-04-20")]
    [InlineData("2026-04-05")]
    [InlineData("2000-04-23")]
    [InlineData("2019-04-21")]
    public void EasterDerivedHolidays_ThroughPublicApi(string easter)
    {
        DateOnly e = D(easter);
        Assert.Equal(DayOfWeek.Sunday, e.DayOfWeek);
        Assert.True(DutchCalendar.IsPublicHoliday(e));              // Eerste Paasdag
        Assert.True(DutchCalendar.IsPublicHoliday(e.AddDays(1)));   // Tweede Paasdag
        Assert.True(DutchCalendar.IsPublicHoliday(e.AddDays(39)));  // Hemelvaartsdag
        Assert.True(DutchCalendar.IsPublicHoliday(e.AddDays(49)));  // Eerste Pinksterdag
        Assert.True(DutchCalendar.IsPublicHoliday(e.AddDays(50)));  // Tweede Pinksterdag
        Assert.False(DutchCalendar.IsPublicHoliday(e.AddDays(-2))); // Goede Vrijdag
        Assert.False(DutchCalendar.IsPublicHoliday(e.AddDays(-7))); // Palmzondag
        Assert.False(DutchCalendar.IsWorkingDay(e.AddDays(1)));
        Assert.False(DutchCalendar.IsWorkingDay(e.AddDays(39)));
        Assert.False(DutchCalendar.IsWorkingDay(e.AddDays(50)));
        Assert.True(DutchCalendar.IsWorkingDay(e.AddDays(-2)));
    }

    [Fact]
    public void EasterSunday_IsTheOnlyHolidaySundayInEasterWindow_2000To2040()
    {
        for (int year = 2000; year <= 2040; year++)
        {
            DateOnly easter = DutchCalendar.EasterSunday(year);
            Assert.Equal(DayOfWeek.Sunday, easter.DayOfWeek);
            Assert.InRange(easter, new DateOnly(year, 3, 22), new DateOnly(year, 4, 25));

            // Within 22 March .. 25 April the only Sunday that is a public holiday is Easter Sunday.
            var holidaySundays = new List<DateOnly>();
            for (DateOnly d = new(year, 3, 22); d <= new DateOnly(year, 4, 25); d = d.AddDays(1))
            {
                if (d.DayOfWeek == DayOfWeek.Sunday && DutchCalendar.IsPublicHoliday(d))
                {
                    holidaySundays.Add(d);
                }
            }

            Assert.Equal([easter], holidaySundays);
        }
    }

    // ---------------------------------------------------------------- Holidays

    [Fact]
    public void Holidays2025_AreExactlyTheStatutoryOnes()
    {
        DateOnly[] expected =
        [
            D("2025-01-01"), // Nieuwjaarsdag (Wednesday)
            D("2025-04-20"), // Eerste Paasdag (Sunday)
            D("2025-04-21"), // Tweede Paasdag (Monday)
            D("2025-04-26"), // Koningsdag (Saturday; 27 April 2025 is a Sunday)
            D("2025-05-05"), // Bevrijdingsdag (Monday)
            D("2025-05-29"), // Hemelvaartsdag (Thursday)
            D("2025-06-08"), // Eerste Pinksterdag (Sunday)
            D("2025-06-09"), // Tweede Pinksterdag (Monday)
            D("2025-12-25"), // Eerste Kerstdag (Thursday)
            D("2025-12-26"), // Tweede Kerstdag (Friday)
        ];

        var actual = new List<DateOnly>();
        for (DateOnly d = new(2025, 1, 1); d.Year == 2025; d = d.AddDays(1))
        {
            if (DutchCalendar.IsPublicHoliday(d))
            {
                actual.Add(d);
            }
        }

        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Holidays2026_AreExactlyTheStatutoryOnes()
    {
        DateOnly[] expected =
        [
            D("2026-01-01"), D("2026-04-05"), D("2026-04-06"), D("2026-04-27"), D("2026-05-05"),
            D("2026-05-14"), D("2026-05-24"), D("2026-05-25"), D("2026-12-25"), D("2026-12-26"),
        ];

        var actual = new List<DateOnly>();
        for (DateOnly d = new(2026, 1, 1); d.Year == 2026; d = d.AddDays(1))
        {
            if (DutchCalendar.IsPublicHoliday(d))
            {
                actual.Add(d);
            }
        }

        Assert.Equal(expected, actual);
    }

    [Theory]
    [InlineData("2025-01-01")]
    [InlineData("2025-04-21")]
    [InlineData("2025-04-26")]
    [InlineData("2025-05-05")]
    [InlineData("2025-05-29")]
    [InlineData("2025-06-09")]
    [InlineData("2025-12-25")]
    [InlineData("2025-12-26")]
    public void Holidays2025_AreNotWorkingDays(string date)
    {
        Assert.True(DutchCalendar.IsPublicHoliday(D(date)));
        Assert.False(DutchCalendar.IsWorkingDay(D(date)));
    }

    [Theory]
    // From 2014: Koningsdag on 27 April, or Saturday 26 April when 27 April is a Sunday.
    [InlineData("2025-04-26", true)]  // Saturday, 27th is a Sunday
    [InlineData("2025-04-27", false)] // Sunday: not the day it is celebrated
    [InlineData("2024-04-27", true)]  // Saturday: stays on the 27th
    [InlineData("2024-04-26", false)] // Friday before: ordinary day
    [InlineData("2026-04-27", true)]  // Monday
    [InlineData("2023-04-27", true)]  // Thursday
    [InlineData("2014-04-26", true)]  // first Koningsdag; 27 April 2014 was a Sunday
    [InlineData("2014-04-27", false)]
    [InlineData("2014-04-30", false)] // no more Koninginnedag from 2014
    // Up to and including 2013: Koninginnedag on 30 April, or 29 April when the 30th is a Sunday.
    [InlineData("2013-04-30", true)]  // Tuesday
    [InlineData("2013-04-27", false)] // King's birthday rule not yet in force
    [InlineData("2006-04-29", true)]  // Saturday, 30 April 2006 was a Sunday
    [InlineData("2006-04-30", false)]
    [InlineData("2007-04-30", true)]  // Monday
    [InlineData("2007-04-29", false)] // Sunday
    public void KingsDay(string date, bool expectedHoliday)
    {
        Assert.Equal(expectedHoliday, DutchCalendar.IsPublicHoliday(D(date)));
    }

    [Fact]
    public void GoodFriday2025_IsAWorkingDay()
    {
        DateOnly goodFriday = D("2025-04-18");
        Assert.Equal(DayOfWeek.Friday, goodFriday.DayOfWeek);
        Assert.False(DutchCalendar.IsPublicHoliday(goodFriday));
        Assert.True(DutchCalendar.IsWorkingDay(goodFriday));
    }

    [Theory]
    [InlineData(2026)] // Tuesday
    [InlineData(2025)] // Monday
    [InlineData(2024)] // Sunday
    [InlineData(2023)] // Friday: also in non-lustrum years
    [InlineData(2001)]
    public void LiberationDay_IsAHolidayEveryYear(int year)
    {
        Assert.True(DutchCalendar.IsPublicHoliday(new DateOnly(year, 5, 5)));
    }

    [Fact]
    public void LiberationDay2026_IsNotAWorkingDay()
    {
        Assert.Equal(DayOfWeek.Tuesday, D("2026-05-05").DayOfWeek);
        Assert.False(DutchCalendar.IsWorkingDay(D("2026-05-05")));
    }

    [Fact]
    public void AscensionDayCoincidingWithLiberationDay_2016()
    {
        Assert.True(DutchCalendar.IsPublicHoliday(D("2016-05-05")));
        Assert.False(DutchCalendar.IsWorkingDay(D("2016-05-05")));
        Assert.True(DutchCalendar.IsWorkingDay(D("2016-05-06")));
    }

    [Theory]
    [InlineData("2025-04-22", true)]  // Tuesday after Easter
    [InlineData("2025-05-01", true)]  // 1 May is not a public holiday
    [InlineData("2025-12-24", true)]  // Christmas Eve is not a public holiday
    [InlineData("2025-12-31", true)]  // New Year's Eve is not a public holiday
    [InlineData("2025-03-01", false)] // Saturday
    [InlineData("2025-03-02", false)] // Sunday
    [InlineData("2025-03-03", true)]  // Monday
    public void IsWorkingDay_OrdinaryDays(string date, bool expected)
    {
        Assert.Equal(expected, DutchCalendar.IsWorkingDay(D(date)));
    }

    [Fact]
    public void IsWorkingDay_DoesNotDependOnCurrentCulture()
    {
        CultureInfo original = CultureInfo.CurrentCulture;
        try
        {
            bool[] reference = Enumerable.Range(0, 366).Select(i => DutchCalendar.IsWorkingDay(D("2025-01-01").AddDays(i))).ToArray();
            foreach (string name in new[] { "nl-NL", "en-US", "ar-SA", "th-TH" })
            {
                CultureInfo.CurrentCulture = new CultureInfo(name);
                bool[] actual = Enumerable.Range(0, 366).Select(i => DutchCalendar.IsWorkingDay(D("2025-01-01").AddDays(i))).ToArray();
                Assert.Equal(reference, actual);
            }
        }
        finally
        {
            CultureInfo.CurrentCulture = original;
        }
    }

    // ---------------------------------------------------------------- AddWorkingDays

    [Theory]
    // Across Easter 2025 (Good Friday is a working day, Easter Monday is not).
    [InlineData("2025-04-17", 1, "2025-04-18")]
    [InlineData("2025-04-18", 1, "2025-04-22")]
    [InlineData("2025-04-17", 2, "2025-04-22")]
    [InlineData("2025-04-21", 1, "2025-04-22")] // starting on a holiday
    // Koningsdag 2025 is a Saturday; 5 mei 2025 is a Monday; Hemelvaart 29 May 2025.
    [InlineData("2025-05-02", 1, "2025-05-06")]
    [InlineData("2025-05-28", 1, "2025-05-30")]
    // Across Christmas and New Year.
    [InlineData("2025-12-24", 1, "2025-12-29")]
    [InlineData("2025-12-24", 3, "2025-12-31")]
    [InlineData("2025-12-24", 4, "2026-01-02")]
    [InlineData("2025-12-31", 1, "2026-01-02")]
    [InlineData("2025-12-25", 1, "2025-12-29")]
    // Across Koningsdag (Mon 27 Apr), 5 mei (Tue), Hemelvaart (Thu 14 May), Pinkstermaandag (25 May) 2026.
    [InlineData("2026-04-24", 1, "2026-04-28")]
    [InlineData("2026-05-04", 1, "2026-05-06")]
    [InlineData("2026-05-13", 1, "2026-05-15")]
    [InlineData("2026-05-22", 1, "2026-05-26")]
    [InlineData("2026-04-24", 12, "2026-05-15")]
    // Weekends.
    [InlineData("2025-03-07", 1, "2025-03-10")] // Friday + 1 = Monday
    [InlineData("2025-03-01", 1, "2025-03-03")] // Saturday + 1 = Monday
    [InlineData("2025-03-02", 1, "2025-03-03")] // Sunday + 1 = Monday
    [InlineData("2025-03-03", 5, "2025-03-10")]
    public void AddWorkingDays_Forward(string start, int count, string expected)
    {
        Assert.Equal(D(expected), DutchCalendar.AddWorkingDays(D(start), count));
    }

    [Theory]
    [InlineData("2025-04-22", -1, "2025-04-18")]
    [InlineData("2025-04-22", -2, "2025-04-17")]
    [InlineData("2025-04-21", -1, "2025-04-18")] // starting on Easter Monday
    [InlineData("2026-01-02", -1, "2025-12-31")]
    [InlineData("2026-01-02", -4, "2025-12-24")]
    [InlineData("2026-05-15", -12, "2026-04-24")]
    [InlineData("2026-04-28", -1, "2026-04-24")]
    [InlineData("2026-05-06", -1, "2026-05-04")]
    [InlineData("2025-03-03", -1, "2025-02-28")] // Monday - 1 = Friday
    [InlineData("2025-03-02", -1, "2025-02-28")] // Sunday - 1 = Friday
    [InlineData("2025-03-01", -1, "2025-02-28")] // Saturday - 1 = Friday
    public void AddWorkingDays_Backward(string start, int count, string expected)
    {
        Assert.Equal(D(expected), DutchCalendar.AddWorkingDays(D(start), count));
    }

    [Theory]
    [InlineData("2025-03-03")] // working day
    [InlineData("2025-03-01")] // Saturday
    [InlineData("2025-12-25")] // holiday
    public void AddWorkingDays_ZeroReturnsStartUnchanged(string start)
    {
        Assert.Equal(D(start), DutchCalendar.AddWorkingDays(D(start), 0));
    }

    [Fact]
    public void AddWorkingDays_DateTime_KeepsTimeOfDayAndKind()
    {
        DateTime start = new DateTime(2025, 4, 18, 13, 45, 30, 123, DateTimeKind.Utc).AddTicks(4567);
        DateTime result = DutchCalendar.AddWorkingDays(start, 1);

        Assert.Equal(new DateTime(2025, 4, 22, 13, 45, 30, 123, DateTimeKind.Utc).AddTicks(4567), result);
        Assert.Equal(DateTimeKind.Utc, result.Kind);
        Assert.Equal(start.TimeOfDay, result.TimeOfDay);

        DateTime local = new(2025, 12, 24, 23, 59, 59, DateTimeKind.Local);
        DateTime back = DutchCalendar.AddWorkingDays(new DateTime(2025, 12, 29, 0, 0, 0, DateTimeKind.Unspecified), -1);
        Assert.Equal(new DateTime(2025, 12, 24, 0, 0, 0), back);
        Assert.Equal(DateTimeKind.Unspecified, back.Kind);
        Assert.Equal(new DateTime(2025, 12, 29, 23, 59, 59, DateTimeKind.Local), DutchCalendar.AddWorkingDays(local, 1));
        Assert.Equal(DateTimeKind.Local, DutchCalendar.AddWorkingDays(local, 1).Kind);
        Assert.Equal(local, DutchCalendar.AddWorkingDays(local, 0));
    }

    [Fact]
    public void AddWorkingDays_LargeCountAcrossManyYears_EqualsRepeatedSingleSteps()
    {
        DateOnly start = D("1999-12-31");
        DateOnly stepwise = start;
        for (int i = 0; i < 10_000; i++)
        {
            stepwise = DutchCalendar.AddWorkingDays(stepwise, 1);
        }

        Assert.Equal(stepwise, DutchCalendar.AddWorkingDays(start, 10_000));

        // 31 December 1999 is a Friday and a working day, so going back lands exactly on it.
        Assert.True(DutchCalendar.IsWorkingDay(start));
        Assert.Equal(start, DutchCalendar.AddWorkingDays(stepwise, -10_000));

        DateOnly stepwiseBack = stepwise;
        for (int i = 0; i < 10_000; i++)
        {
            stepwiseBack = DutchCalendar.AddWorkingDays(stepwiseBack, -1);
        }

        Assert.Equal(stepwiseBack, DutchCalendar.AddWorkingDays(stepwise, -10_000));
    }

    [Fact]
    public void AddWorkingDays_DoesNotAllocate()
    {
        DateOnly start = D("2025-12-20");
        DateOnly sink = DutchCalendar.AddWorkingDays(start, 300); // warm-up (JIT)
        sink = DutchCalendar.AddWorkingDays(sink, -300);

        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 1_000; i++)
        {
            sink = DutchCalendar.AddWorkingDays(start, 300);
            sink = DutchCalendar.AddWorkingDays(sink, -300);
        }

        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(0, allocated);
        Assert.True(DutchCalendar.IsWorkingDay(sink));
    }

    /// <summary>AddWorkingDays looks days up in a table; stepping day by day with IsWorkingDay must agree everywhere.</summary>
    [Fact]
    public void AddWorkingDays_AgreesWithCountingDayByDay()
    {
        static DateOnly Reference(DateOnly start, int count)
        {
            var step = Math.Sign(count);
            var date = start;
            for (var remaining = Math.Abs(count); remaining > 0;)
            {
                date = date.AddDays(step);
                remaining -= DutchCalendar.IsWorkingDay(date) ? 1 : 0;
            }

            return date;
        }

        int[] counts = [-40, -7, -3, -1, 1, 2, 3, 4, 8, 15, 61];
        DateOnly[] starts = [new DateOnly(1, 1, 1).AddDays(100), new DateOnly(1899, 12, 20), new DateOnly(2013, 4, 25), new DateOnly(9999, 12, 31).AddDays(-120)];
        foreach (var first in starts)
        {
            for (var d = first; d < first.AddDays(90); d = d.AddDays(1))
            {
                foreach (var count in counts)
                {
                    DateOnly expected;
                    try
                    {
                        expected = Reference(d, count);
                    }
                    catch (ArgumentOutOfRangeException)
                    {
                        Assert.Throws<ArgumentOutOfRangeException>(() => DutchCalendar.AddWorkingDays(d, count));
                        continue;
                    }

                    Assert.Equal(expected, DutchCalendar.AddWorkingDays(d, count));
                }
            }
        }

        for (DateOnly d = new(1990, 1, 1); d.Year < 2035; d = d.AddDays(3))
        {
            foreach (var count in counts)
            {
                Assert.Equal(Reference(d, count), DutchCalendar.AddWorkingDays(d, count));
            }
        }
    }

    [Fact]
    public void AddWorkingDays_OutOfRange_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => DutchCalendar.AddWorkingDays(DateOnly.MaxValue, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => DutchCalendar.AddWorkingDays(DateOnly.MinValue, -1));
    }

    [Fact]
    public void AddWorkingDays_Properties_2000To2040()
    {
        int[] counts = [1, 2, 3, 5, 10, 23];
        for (DateOnly d = new(2000, 1, 1); d.Year <= 2040; d = d.AddDays(1))
        {
            DateOnly lastOnOrBefore = d;
            while (!DutchCalendar.IsWorkingDay(lastOnOrBefore))
            {
                lastOnOrBefore = lastOnOrBefore.AddDays(-1);
            }

            DateOnly firstOnOrAfter = d;
            while (!DutchCalendar.IsWorkingDay(firstOnOrAfter))
            {
                firstOnOrAfter = firstOnOrAfter.AddDays(1);
            }

            foreach (int n in counts)
            {
                DateOnly forward = DutchCalendar.AddWorkingDays(d, n);
                Assert.True(forward > d, $"{d} + {n} = {forward} is not after the start");
                Assert.True(DutchCalendar.IsWorkingDay(forward), $"{d} + {n} = {forward} is not a working day");
                Assert.Equal(n, CountWorkingDays(d.AddDays(1), forward));
                Assert.Equal(lastOnOrBefore, DutchCalendar.AddWorkingDays(forward, -n));

                DateOnly backward = DutchCalendar.AddWorkingDays(d, -n);
                Assert.True(backward < d, $"{d} - {n} = {backward} is not before the start");
                Assert.True(DutchCalendar.IsWorkingDay(backward), $"{d} - {n} = {backward} is not a working day");
                Assert.Equal(n, CountWorkingDays(backward, d.AddDays(-1)));
                Assert.Equal(firstOnOrAfter, DutchCalendar.AddWorkingDays(backward, n));
            }

            // Adding in two steps equals adding at once (same sign).
            Assert.Equal(DutchCalendar.AddWorkingDays(d, 5), DutchCalendar.AddWorkingDays(DutchCalendar.AddWorkingDays(d, 2), 3));
            Assert.Equal(DutchCalendar.AddWorkingDays(d, -5), DutchCalendar.AddWorkingDays(DutchCalendar.AddWorkingDays(d, -2), -3));
        }
    }

    [Fact]
    public void IsWorkingDay_IsWeekdayAndNotHoliday_2000To2040()
    {
        for (DateOnly d = new(2000, 1, 1); d.Year <= 2040; d = d.AddDays(1))
        {
            bool weekend = d.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
            Assert.Equal(!weekend && !DutchCalendar.IsPublicHoliday(d), DutchCalendar.IsWorkingDay(d));
        }
    }

    /// <summary>Number of working days in the inclusive range [from, to].</summary>
    private static int CountWorkingDays(DateOnly from, DateOnly to)
    {
        int count = 0;
        for (DateOnly d = from; d <= to; d = d.AddDays(1))
        {
            if (DutchCalendar.IsWorkingDay(d))
            {
                count++;
            }
        }

        return count;
    }

    // ---------------------------------------------------------------- Month / year shifts

    [Theory]
    [InlineData("2025-01-31", 1, "2025-02-28")]
    [InlineData("2024-01-31", 1, "2024-02-29")] // leap year
    [InlineData("2024-03-31", -1, "2024-02-29")]
    [InlineData("2025-03-31", -1, "2025-02-28")]
    [InlineData("2025-05-31", 1, "2025-06-30")]
    [InlineData("2024-12-31", 2, "2025-02-28")]
    [InlineData("2025-01-15", 13, "2026-02-15")]
    [InlineData("2025-01-31", 12, "2026-01-31")]
    [InlineData("2025-02-28", 1, "2025-03-28")] // no "end of month stickiness"
    [InlineData("2025-03-31", 0, "2025-03-31")]
    [InlineData("2025-08-31", -6, "2025-02-28")]
    public void AddMonthsClamped_ClampsToEndOfMonth(string date, int months, string expected)
    {
        Assert.Equal(D(expected), DutchCalendar.AddMonthsClamped(D(date), months));
    }

    [Theory]
    [InlineData("2024-02-29", 1, "2025-02-28")]
    [InlineData("2024-02-29", 4, "2028-02-29")]
    [InlineData("2024-02-29", -1, "2023-02-28")]
    [InlineData("2024-02-29", 0, "2024-02-29")]
    [InlineData("2025-01-31", 1, "2026-01-31")]
    [InlineData("2025-06-15", -10, "2015-06-15")]
    public void AddYearsClamped_ClampsLeapDay(string date, int years, string expected)
    {
        Assert.Equal(D(expected), DutchCalendar.AddYearsClamped(D(date), years));
    }
}
