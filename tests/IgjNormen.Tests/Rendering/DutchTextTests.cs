using IgjNormen.Rendering;
using IgjNormen.Syntax;
using Xunit;

namespace IgjNormen.Tests.Rendering;

public class DutchTextTests
{
    [Theory]
    [InlineData(2024, 1, 1, "1 januari 2024")]
    [InlineData(2025, 3, 17, "17 maart 2025")]
    [InlineData(2023, 12, 31, "31 december 2023")]
    public void Dates(int year, int month, int day, string expected) =>
        Assert.Equal(expected, DutchText.Date(new DateOnly(year, month, day)));

    [Fact]
    public void Date_with_weekday_and_time() =>
        Assert.Equal("maandag 6 januari 2025", DutchText.DateWithWeekday(new DateOnly(2025, 1, 6)));

    [Fact]
    public void Date_and_time() =>
        Assert.Equal("6 januari 2025 om 09:05", DutchText.DateTime(new DateTime(2025, 1, 6, 9, 5, 0)));

    [Theory]
    [InlineData(6, DurationUnit.Week, "6 weken")]
    [InlineData(1, DurationUnit.Week, "1 week")]
    [InlineData(48, DurationUnit.Uur, "48 uur")]
    [InlineData(3, DurationUnit.Werkdag, "3 werkdagen")]
    [InlineData(1, DurationUnit.Werkdag, "1 werkdag")]
    [InlineData(1, DurationUnit.Dag, "1 dag")]
    [InlineData(2, DurationUnit.Maand, "2 maanden")]
    [InlineData(1, DurationUnit.Jaar, "1 jaar")]
    [InlineData(3, DurationUnit.Jaar, "3 jaar")]
    public void Durations(int amount, DurationUnit unit, string expected) => Assert.Equal(expected, DutchText.Duration(amount, unit));

    [Theory]
    [InlineData("1.5", "1,5")]
    [InlineData("12500.25", "12.500,25")]
    [InlineData("1000", "1000")]
    [InlineData("-0.5", "-0,5")]
    [InlineData("200000", "200.000")]
    public void Numbers(string invariant, string expected) =>
        Assert.Equal(expected, DutchText.Number(decimal.Parse(invariant, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Counts_and_enumerations()
    {
        Assert.Equal("1 norm", DutchText.Count(1, "norm", "normen"));
        Assert.Equal("8 normen", DutchText.Count(8, "norm", "normen"));
        Assert.Equal("a, b en c", DutchText.Enumerate(["a", "b", "c"]));
        Assert.Equal("a of b", DutchText.Enumerate(["a", "b"], "of"));
        Assert.Equal(string.Empty, DutchText.Enumerate([]));
    }
}
