using System.Globalization;
using IgjNormen.Rendering;
using Xunit;

namespace IgjNormen.Tests.Rendering;

/// <summary>Rendered documents do not depend on the machine's culture: nl-NL and en-US give the same bytes.</summary>
public class CultureTests
{
    [Theory]
    [InlineData(DocumentFormat.Markdown)]
    [InlineData(DocumentFormat.Html)]
    public void Site_and_report_are_byte_identical_under_nl_NL_and_en_US(DocumentFormat format)
    {
        var dutch = Render("nl-NL", format);
        var english = Render("en-US", format);
        var invariant = Render(string.Empty, format);
        Assert.Equal(english.Count, dutch.Count);
        foreach (var (path, text) in english)
        {
            Assert.Equal(text, dutch[path]);
            Assert.Equal(text, invariant[path]);
        }
    }

    [Fact]
    public void Dates_are_Dutch_whatever_the_culture()
    {
        var text = Render("en-US", DocumentFormat.Markdown)["klachten-en-incidenten.md"];
        Assert.Contains("1 januari 2025", text, StringComparison.Ordinal);
        Assert.DoesNotContain("January", text, StringComparison.Ordinal);
    }

    private static Dictionary<string, string> Render(string culture, DocumentFormat format)
    {
        var previous = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
            var files = RenderFixtures.Site(RenderFixtures.Norms, format).Files.ToDictionary(f => f.Path, f => f.Content);
            files["rapport"] = RenderFixtures.Report("thuiszorg-het-anker.yaml", format);
            return files;
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = previous;
        }
    }
}
