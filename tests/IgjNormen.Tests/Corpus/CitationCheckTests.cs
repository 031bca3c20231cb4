using IgjNormen.Citations;
using IgjNormen.Diagnostics;
using Xunit;

namespace IgjNormen.Tests.Corpus;

/// <summary>The law-text reader on the real consolidated texts: both forms of the regelrecht corpus.</summary>
public class CitationCheckTests
{
    private static readonly Lazy<LawCorpus> Corpus = new(() => LawCorpus.Load(CorpusTests.LawFolder, new DiagnosticBag()));

    [Theory]
    [InlineData("BWBR0037173", "2022-01-01", "11", "1", "a", true)]
    [InlineData("BWBR0037173", "2022-01-01", "11", "1", "d", false)]
    [InlineData("BWBR0037173", "2022-01-01", "3", "2", null, false)] // art. 3 lid 2 was added later
    [InlineData("BWBR0037173", "2026-01-01", "3", "2", null, true)]
    [InlineData("BWBR0037173", "2026-01-01", "11.0a", "1", null, true)]
    [InlineData("BWBR0040635", "2025-07-01", "8:24", "2", null, true)]
    [InlineData("BWBR0040635", "2025-07-01", "8:24", "1", "a", true)]
    [InlineData("BWBR0040635", "2025-07-01", "8:24", "9", null, false)]
    [InlineData("BWBR0020078", "2026-01-01", "40b", "5", null, true)]
    [InlineData("BWBR0040632", "2025-07-01", "2b", "1", null, true)]
    public void Articles_leden_and_onderdelen_are_read_from_both_forms(string bwb, string date, string artikel, string lid, string? onderdeel, bool exists)
    {
        var text = Corpus.Value.VersionOn(bwb, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture));
        Assert.NotNull(text);
        var article = text!.Article(artikel);
        var found = article is not null && article.HasLid(lid) && (onderdeel is null || article.HasOnderdeel(lid, onderdeel));
        Assert.Equal(exists, found);
    }

    [Fact]
    public void The_text_in_force_is_the_newest_on_or_before_the_date()
    {
        Assert.Equal(new DateOnly(2022, 1, 1), Corpus.Value.VersionOn("BWBR0037173", new DateOnly(2025, 12, 31))!.ValidFrom);
        Assert.Equal(new DateOnly(2026, 1, 1), Corpus.Value.VersionOn("BWBR0037173", new DateOnly(2026, 1, 1))!.ValidFrom);
        Assert.Null(Corpus.Value.VersionOn("BWBR0037173", new DateOnly(2021, 12, 31)));
    }
}
