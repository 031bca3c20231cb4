namespace IgjNormen.Evaluation;

/// <summary>
/// Dutch working-day calendar: the generally recognised public holidays ("algemeen erkende
/// feestdagen") of article 3(1) of the Algemene termijnenwet, working days, and calendar
/// arithmetic used when evaluating deadlines.
/// </summary>
/// <remarks>
/// All members are pure: they never read the system clock and do not depend on the current
/// culture or time zone. Working-day arithmetic does not allocate.
/// </remarks>
public static class DutchCalendar
{
    /// <summary>Day offsets from Easter Sunday of the Easter-dependent holidays.</summary>
    private const int EasterMondayOffset = 1;
    private const int AscensionDayOffset = 39;
    private const int WhitSundayOffset = 49;
    private const int WhitMondayOffset = 50;

    private static readonly int MaxDayNumber = DateOnly.MaxValue.DayNumber;

    /// <summary>First year in which the King's birthday (27 April) is celebrated instead of the Queen's (30 April).</summary>
    private const int FirstKingsDayYear = 2014;

    /// <summary>
    /// Determines whether <paramref name="date"/> is a generally recognised public holiday
    /// within the meaning of article 3(1) of the Algemene termijnenwet.
    /// </summary>
    /// <remarks>
    /// <para>The following days are public holidays:</para>
    /// <list type="bullet">
    /// <item><description>New Year's Day (1 January);</description></item>
    /// <item><description>Easter Sunday and Easter Monday;</description></item>
    /// <item><description>Ascension Day (Easter Sunday + 39 days);</description></item>
    /// <item><description>Whit Sunday and Whit Monday (Easter Sunday + 49 and + 50 days);</description></item>
    /// <item><description>Christmas Day and Boxing Day (25 and 26 December);</description></item>
    /// <item><description>
    /// the day on which the King's birthday is celebrated: from 2014 onwards 27 April, or 26 April
    /// when 27 April is a Sunday; up to and including 2013 the Queen's birthday on 30 April, or
    /// 29 April when 30 April is a Sunday (these rules are applied to every year, including years
    /// before they historically took effect);
    /// </description></item>
    /// <item><description>Liberation Day (5 May), every year.</description></item>
    /// </list>
    /// <para>
    /// Easter Sunday and Whit Sunday are always Sundays and thus never working days anyway; they are
    /// included for completeness. Good Friday is not a public holiday. When the King's birthday is
    /// moved because 27 April (or 30 April) is a Sunday, only the day on which it is celebrated
    /// counts as the holiday. Easter is computed with the anonymous Gregorian (Meeus/Jones/Butcher)
    /// algorithm.
    /// </para>
    /// </remarks>
    /// <param name="date">The date to test.</param>
    /// <returns><see langword="true"/> if <paramref name="date"/> is a public holiday; otherwise <see langword="false"/>.</returns>
    public static bool IsPublicHoliday(DateOnly date) =>
        IsPublicHoliday(date, EasterSunday(date.Year).DayNumber);

    /// <summary>
    /// Determines whether <paramref name="date"/> is a working day: not a Saturday, not a Sunday and
    /// not a public holiday as defined by <see cref="IsPublicHoliday(DateOnly)"/>.
    /// </summary>
    /// <param name="date">The date to test.</param>
    /// <returns><see langword="true"/> if <paramref name="date"/> is a working day; otherwise <see langword="false"/>.</returns>
    public static bool IsWorkingDay(DateOnly date) =>
        !IsWeekend(date.DayOfWeek) && !IsPublicHoliday(date);

    /// <summary>
    /// Moves <paramref name="count"/> working days away from <paramref name="start"/>, counting only
    /// working days (see <see cref="IsWorkingDay(DateOnly)"/>).
    /// </summary>
    /// <remarks>
    /// <para>
    /// For a positive <paramref name="count"/> the result is the <paramref name="count"/>-th working day
    /// after <paramref name="start"/>; for a negative <paramref name="count"/> it is the
    /// |<paramref name="count"/>|-th working day before <paramref name="start"/>. The start date itself
    /// never counts, whether or not it is a working day: Friday + 1 is the following Monday (if that is
    /// a working day), and Saturday + 1 is also that Monday. For <paramref name="count"/> = 0 the start
    /// date is returned unchanged, even if it is not a working day.
    /// </para>
    /// <para>
    /// For any positive n, <c>AddWorkingDays(AddWorkingDays(d, n), -n)</c> is the last working day on or
    /// before d, and <c>AddWorkingDays(AddWorkingDays(d, -n), n)</c> is the first working day on or after d.
    /// </para>
    /// <para>The method looks the days up in a table of working days, made per stretch of 512 days on first use.</para>
    /// </remarks>
    /// <param name="start">The date to start from; it is not counted itself.</param>
    /// <param name="count">The number of working days to move; negative values move backwards.</param>
    /// <returns>The resulting date.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The result would fall outside the range of <see cref="DateOnly"/>.</exception>
    public static DateOnly AddWorkingDays(DateOnly start, int count)
    {
        if (count == 0)
        {
            return start;
        }

        int step = count > 0 ? 1 : -1;
        int remaining = count; // moves towards zero by `step`; avoids Math.Abs(int.MinValue) overflow
        int day = start.DayNumber;
        while (remaining != 0)
        {
            day += step;
            if (day < 0 || day > MaxDayNumber)
            {
                return DateOnly.FromDayNumber(day); // throws ArgumentOutOfRangeException, as DateOnly.AddDays would
            }

            if (WorkingDays.Is(day))
            {
                remaining -= step;
            }
        }

        return DateOnly.FromDayNumber(day);
    }

    /// <summary>
    /// Moves <paramref name="count"/> working days away from the date part of <paramref name="start"/>,
    /// keeping its time of day and <see cref="DateTime.Kind"/>. The date arithmetic is exactly that of
    /// <see cref="AddWorkingDays(DateOnly, int)"/>.
    /// </summary>
    /// <param name="start">The moment to start from; its date is not counted itself.</param>
    /// <param name="count">The number of working days to move; negative values move backwards.</param>
    /// <returns>The resulting date with the original time of day and kind.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The result would fall outside the range of <see cref="DateOnly"/>.</exception>
    public static DateTime AddWorkingDays(DateTime start, int count)
    {
        DateOnly date = AddWorkingDays(DateOnly.FromDateTime(start), count);
        return date.ToDateTime(TimeOnly.FromDateTime(start), start.Kind);
    }

    /// <summary>
    /// Shifts <paramref name="date"/> by a number of calendar months, clamping the day to the last day
    /// of the target month when that month is shorter (31 January + 1 month = 28 February, or
    /// 29 February in a leap year; 31 March - 1 month = 28/29 February).
    /// </summary>
    /// <remarks>This is exactly the behaviour of <see cref="DateOnly.AddMonths(int)"/>, which it wraps.</remarks>
    /// <param name="date">The date to shift.</param>
    /// <param name="months">The number of months to add; may be negative.</param>
    /// <returns>The shifted date.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The result would fall outside the range of <see cref="DateOnly"/>.</exception>
    public static DateOnly AddMonthsClamped(DateOnly date, int months) => date.AddMonths(months);

    /// <summary>
    /// Shifts <paramref name="date"/> by a number of calendar years, clamping 29 February to
    /// 28 February when the target year is not a leap year (29 February 2024 + 1 year = 28 February 2025).
    /// </summary>
    /// <remarks>This is exactly the behaviour of <see cref="DateOnly.AddYears(int)"/>, which it wraps.</remarks>
    /// <param name="date">The date to shift.</param>
    /// <param name="years">The number of years to add; may be negative.</param>
    /// <returns>The shifted date.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The result would fall outside the range of <see cref="DateOnly"/>.</exception>
    public static DateOnly AddYearsClamped(DateOnly date, int years) => date.AddYears(years);

    /// <summary>
    /// Computes the date of Easter Sunday in the Gregorian calendar with the anonymous Gregorian
    /// (Meeus/Jones/Butcher) algorithm.
    /// </summary>
    /// <param name="year">The year (1 to 9999).</param>
    /// <returns>The date of Easter Sunday in <paramref name="year"/>.</returns>
    internal static DateOnly EasterSunday(int year)
    {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = ((19 * a) + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        int m = (a + (11 * h) + (22 * l)) / 451;
        int n = h + l - (7 * m) + 114;
        return new DateOnly(year, n / 31, (n % 31) + 1);
    }

    private static bool IsWeekend(DayOfWeek dayOfWeek) =>
        dayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;

    /// <summary>Holiday test with Easter Sunday of <paramref name="date"/>'s year already known.</summary>
    private static bool IsPublicHoliday(DateOnly date, int easterDayNumber)
    {
        date.Deconstruct(out int year, out int month, out int day);
        switch (month)
        {
            case 1 when day == 1:
            case 4 when IsKingsDay(year, day, date.DayOfWeek):
            case 5 when day == 5:
            case 12 when day is 25 or 26:
                return true;
        }

        int offset = date.DayNumber - easterDayNumber;
        return offset is 0 or EasterMondayOffset or AscensionDayOffset or WhitSundayOffset or WhitMondayOffset;
    }

    /// <summary>Whether the April day <paramref name="day"/> is the day on which the monarch's birthday is celebrated.</summary>
    private static bool IsKingsDay(int year, int day, DayOfWeek dayOfWeek)
    {
        int birthday = year >= FirstKingsDayYear ? 27 : 30;
        if (day == birthday)
        {
            return dayOfWeek != DayOfWeek.Sunday;
        }

        // Moved to the Saturday before when the birthday falls on a Sunday.
        return day == birthday - 1 && dayOfWeek == DayOfWeek.Saturday;
    }

    /// <summary>
    /// Working days as bits, by day number, in chunks of 512 days made on first use from <see cref="IsWorkingDay"/>:
    /// a deadline in working days then costs a bit test per day instead of a date's year, month and Easter.
    /// </summary>
    private static class WorkingDays
    {
        private const int ChunkShift = 9;
        private static readonly ulong[]?[] Chunks = new ulong[]?[(DateOnly.MaxValue.DayNumber >> ChunkShift) + 1];

        public static bool Is(int dayNumber)
        {
            var chunk = Volatile.Read(ref Chunks[dayNumber >> ChunkShift]) ?? Make(dayNumber >> ChunkShift);
            return ((chunk[(dayNumber >> 6) & 7] >> (dayNumber & 63)) & 1) != 0;
        }

        private static ulong[] Make(int index)
        {
            var bits = new ulong[1 << (ChunkShift - 6)];
            var first = index << ChunkShift;
            for (var day = first; day < first + (1 << ChunkShift) && day <= MaxDayNumber; day++)
            {
                if (IsWorkingDay(DateOnly.FromDayNumber(day)))
                {
                    bits[(day >> 6) & 7] |= 1UL << (day & 63);
                }
            }

            return Interlocked.CompareExchange(ref Chunks[index], bits, null) ?? bits;
        }
    }
}
