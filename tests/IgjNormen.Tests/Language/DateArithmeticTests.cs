using IgjNormen.Evaluation;
using IgjNormen.Findings;
using IgjNormen.Model;
using Xunit;
using static IgjNormen.Tests.Language.ToetsHarness;

namespace IgjNormen.Tests.Language;

/// <summary>
/// Dates and tijdstippen moved by a duration (docs/toets-taal.md, "Rekenen met datums en termijnen"), and peildatum.
/// Each case checks <c>start + duur = verwacht</c> and that the day before is not equal, through a toets.
/// </summary>
public class DateArithmeticTests
{
    private const string Datum = "kwaliteit.laatste_toetsing_op";

    private static void AssertShift(string start, string shift, string expected)
    {
        var facts = new Action<BevindingenBuilder>(b => b.Feit(Datum, D(start)));
        Assert.Equal(
            [CriterionOutcome.Voldaan, CriterionOutcome.Voldaan],
            Outcomes([$"{Datum} {shift} = {expected}", $"{expected} = {Datum} {shift}"], facts));
    }

    [Theory]
    [InlineData("2024-01-01", "+ 6 weken", "2024-02-12")]
    [InlineData("2024-01-01", "+ 42 dagen", "2024-02-12")]
    [InlineData("2024-01-01", "+ 1 week", "2024-01-08")]
    [InlineData("2024-01-01", "+ 1 dag", "2024-01-02")]
    [InlineData("2024-01-01", "- 1 dag", "2023-12-31")]
    [InlineData("2024-02-28", "+ 1 dag", "2024-02-29")]
    [InlineData("2024-03-01", "- 2 weken", "2024-02-16")]
    [InlineData("2024-01-01", "+ 0 dagen", "2024-01-01")]
    [InlineData("2024-12-31", "+ 366 dagen", "2026-01-01")]
    public void Dagen_and_weken_count_calendar_days(string start, string shift, string expected) => AssertShift(start, shift, expected);

    [Theory]
    [InlineData("2024-01-31", "+ 1 maand", "2024-02-29")]
    [InlineData("2023-01-31", "+ 1 maand", "2023-02-28")]
    [InlineData("2024-03-31", "- 1 maand", "2024-02-29")]
    [InlineData("2024-08-31", "+ 1 maand", "2024-09-30")]
    [InlineData("2024-01-31", "+ 2 maanden", "2024-03-31")]
    [InlineData("2024-01-31", "+ 1 maand + 1 maand", "2024-03-29")]
    [InlineData("2024-11-15", "+ 3 maanden", "2025-02-15")]
    public void Maanden_move_the_calendar_and_clamp_to_the_last_day(string start, string shift, string expected) => AssertShift(start, shift, expected);

    [Theory]
    [InlineData("2024-02-29", "+ 1 jaar", "2025-02-28")]
    [InlineData("2024-02-29", "+ 4 jaren", "2028-02-29")]
    [InlineData("2024-02-29", "- 1 jaar", "2023-02-28")]
    [InlineData("2023-06-15", "+ 2 jaar", "2025-06-15")]
    public void Jaren_move_the_calendar_and_clamp_leap_days(string start, string shift, string expected) => AssertShift(start, shift, expected);

    [Theory]
    [InlineData("2025-03-07", "+ 1 werkdag", "2025-03-10")]
    [InlineData("2025-03-08", "+ 1 werkdag", "2025-03-10")]
    [InlineData("2025-03-09", "+ 1 werkdag", "2025-03-10")]
    [InlineData("2025-03-10", "+ 5 werkdagen", "2025-03-17")]
    [InlineData("2025-03-08", "+ 0 werkdagen", "2025-03-08")]
    [InlineData("2025-03-10", "- 1 werkdag", "2025-03-07")]
    public void Werkdagen_skip_weekends(string start, string shift, string expected) => AssertShift(start, shift, expected);

    [Theory]
    [InlineData("2025-04-17", "+ 1 werkdag", "2025-04-18")] // Goede Vrijdag is a working day
    [InlineData("2025-04-18", "+ 1 werkdag", "2025-04-22")] // Tweede Paasdag (21 april) is not
    [InlineData("2025-04-17", "+ 2 werkdagen", "2025-04-22")]
    [InlineData("2025-04-22", "- 1 werkdag", "2025-04-18")]
    [InlineData("2024-03-29", "+ 1 werkdag", "2024-04-02")] // Easter 2024: 31 March
    public void Werkdagen_across_Easter(string start, string shift, string expected) => AssertShift(start, shift, expected);

    [Theory]
    [InlineData("2023-04-26", "+ 1 werkdag", "2023-04-28")] // Koningsdag on Thursday 27 April 2023
    [InlineData("2022-04-26", "+ 1 werkdag", "2022-04-28")] // and on Wednesday 27 April 2022
    [InlineData("2013-04-29", "+ 1 werkdag", "2013-05-01")] // Koninginnedag on Tuesday 30 April 2013
    [InlineData("2025-04-25", "+ 1 werkdag", "2025-04-28")] // 27 April 2025 is a Sunday: Saturday 26 April instead
    [InlineData("2025-05-02", "+ 1 werkdag", "2025-05-06")] // 5 mei 2025 is a Monday
    [InlineData("2025-05-28", "+ 1 werkdag", "2025-05-30")] // Hemelvaartsdag 29 May 2025
    [InlineData("2025-06-06", "+ 1 werkdag", "2025-06-10")] // Tweede Pinksterdag 9 June 2025
    public void Werkdagen_across_Koningsdag_and_other_holidays(string start, string shift, string expected) => AssertShift(start, shift, expected);

    [Theory]
    [InlineData("2024-12-24", "+ 1 werkdag", "2024-12-27")]
    [InlineData("2024-12-24", "+ 2 werkdagen", "2024-12-30")]
    [InlineData("2024-12-31", "+ 1 werkdag", "2025-01-02")] // Nieuwjaarsdag
    [InlineData("2025-01-02", "- 2 werkdagen", "2024-12-30")]
    [InlineData("2024-12-20", "+ 10 werkdagen", "2025-01-08")]
    public void Werkdagen_across_Christmas_and_New_Year(string start, string shift, string expected) => AssertShift(start, shift, expected);

    private static void AssertMoment(string start, string shift, string expected) =>
        Assert.Equal(
            CriterionOutcome.Voldaan,
            Outcome($"melding.noodsituatie_begin {shift} = {expected}", b => b.Feit("melding.noodsituatie_begin", T(start))));

    [Theory]
    [InlineData("2025-06-01T10:00", "+ 48 uur", "2025-06-03T10:00")]
    [InlineData("2025-06-01T10:00", "+ 1 uur", "2025-06-01T11:00")]
    [InlineData("2025-06-01T10:00", "- 11 uren", "2025-05-31T23:00")]
    [InlineData("2025-06-01T10:00", "+ 1 dag", "2025-06-02T10:00")]
    [InlineData("2025-06-01T10:00", "+ 2 weken", "2025-06-15T10:00")]
    [InlineData("2025-05-31T10:00", "+ 1 werkdag", "2025-06-02T10:00")]
    [InlineData("2025-06-06T16:30", "+ 1 werkdag", "2025-06-10T16:30")]
    [InlineData("2024-01-31T08:00", "+ 1 maand", "2024-02-29T08:00")]
    [InlineData("2024-02-29T08:00", "+ 1 jaar", "2025-02-28T08:00")]
    [InlineData("2025-03-30T01:30", "+ 1 uur", "2025-03-30T02:30")] // no summer time: the clock is as written
    [InlineData("2025-10-26T02:30", "+ 1 uur", "2025-10-26T03:30")]
    public void Tijdstippen_move_by_every_unit(string start, string shift, string expected) => AssertMoment(start, shift, expected);

    [Theory]
    [InlineData("2025-06-03T10:00", "ja")]
    [InlineData("2025-06-03T10:01", "nee")]
    [InlineData(null, "onbekend")]
    public void Binnen_48_uur(string? besluit, string expected) =>
        Assert.Equal(
            Truth(expected),
            Outcome(
                "melding.besluit_op <= melding.noodsituatie_begin + 48 uur",
                b => b.Feit("melding.noodsituatie_begin", T("2025-06-01T10:00")).Feit("melding.besluit_op", besluit is null ? null : T(besluit))));

    [Fact]
    public void Binnen_zes_weken_includes_day_42()
    {
        var facts = new Action<BevindingenBuilder>(b => b.Lijst("klachten.klachten", [Klacht("2025-01-06", "2025-02-17")]));
        Assert.Equal(CriterionOutcome.Voldaan, Outcome("alle k in klachten.klachten: k.besluit_op <= k.ingediend_op + 6 weken", facts));
        var late = new Action<BevindingenBuilder>(b => b.Lijst("klachten.klachten", [Klacht("2025-01-06", "2025-02-18")]));
        Assert.Equal(CriterionOutcome.NietVoldaan, Outcome("alle k in klachten.klachten: k.besluit_op <= k.ingediend_op + 6 weken", late));
    }

    [Fact]
    public void A_shift_of_an_unknown_date_is_onbekend() =>
        Assert.Equal(CriterionOutcome.Onbekend, Outcome($"{Datum} + 1 jaar >= peildatum"));

    [Theory]
    [InlineData("9999-12-31 + 1 dag > peildatum")]
    [InlineData("0001-01-01 - 1 werkdag < peildatum")]
    [InlineData("kwaliteit.laatste_toetsing_op + 100000 jaren > peildatum")]
    [InlineData("9999-12-31T23:00 + 2 uur > 2025-01-01T00:00")]
    public void A_date_outside_the_calendar_is_onbekend_with_its_reason(string toets)
    {
        var result = Judge(Load(toets), b => b.Feit(Datum, D("2024-01-01")));
        var criterion = Assert.Single(result.Criteria);
        Assert.Equal(CriterionOutcome.Onbekend, criterion.Uitkomst);
        Assert.Equal("de datum valt buiten de kalender", criterion.Reden);
    }

    [Fact]
    public void Peildatum_is_the_date_of_judgement()
    {
        Assert.Equal(CriterionOutcome.Voldaan, Outcome("peildatum = 2025-03-12"));
        Assert.Equal(CriterionOutcome.Voldaan, Outcome("peildatum = 2024-06-30", peildatum: D("2024-06-30")));
        Assert.Equal(
            [CriterionOutcome.Voldaan, CriterionOutcome.NietVoldaan],
            Outcomes(
                [$"{Datum} >= peildatum - 1 jaar", $"{Datum} >= peildatum - 6 maanden"],
                b => b.Feit(Datum, D("2024-05-01"))));
    }

    [Fact]
    public void Peildatum_comes_from_the_options_then_the_bevindingen_then_the_visit()
    {
        var loaded = Load("peildatum = 2025-03-12", "peildatum = 2025-01-01", "peildatum = 2024-12-01");
        var evaluator = new Evaluator(loaded.Model);
        Bevindingen Build(Action<BevindingenBuilder> set)
        {
            var builder = new BevindingenBuilder(loaded.Model).Aanbieder("x");
            set(builder);
            return builder.Build();
        }

        IEnumerable<CriterionOutcome> Run(Bevindingen bevindingen, EvaluationOptions? options = null) =>
            evaluator.Evaluate(bevindingen, options).Normen.Single().Criteria.Select(c => c.Uitkomst);

        var visitOnly = Build(b => b.Bezoek(D("2025-03-12")));
        Assert.Equal([CriterionOutcome.Voldaan, CriterionOutcome.NietVoldaan, CriterionOutcome.NietVoldaan], Run(visitOnly));
        var withPeildatum = Build(b => b.Bezoek(D("2025-03-12")).Peildatum(D("2025-01-01")));
        Assert.Equal([CriterionOutcome.NietVoldaan, CriterionOutcome.Voldaan, CriterionOutcome.NietVoldaan], Run(withPeildatum));
        Assert.Equal(
            [CriterionOutcome.NietVoldaan, CriterionOutcome.NietVoldaan, CriterionOutcome.Voldaan],
            Run(withPeildatum, new EvaluationOptions { Peildatum = D("2024-12-01") }));
    }
}
