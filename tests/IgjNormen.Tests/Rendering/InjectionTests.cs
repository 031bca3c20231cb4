using System.Text.RegularExpressions;
using IgjNormen.Rendering;
using Xunit;

namespace IgjNormen.Tests.Rendering;

/// <summary>
/// Text from norm files never becomes markup: the fixture render-injection puts &lt;script&gt;, onerror, javascript:,
/// vbscript: and data: in titles, omschrijvingen, toelichtingen, links and a veldnorm url.
/// </summary>
public partial class InjectionTests
{
    // A tag that the browser would see: not backslash-escaped (Markdown) and not inside an attribute value.
    [GeneratedRegex(@"(?<!\\)<\s*(script|iframe|img|object|embed)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DangerousElement();

    // An event handler as an attribute of a real tag: the tag's attributes up to it are all properly quoted.
    [GeneratedRegex(@"(?<!\\)<[a-z][a-z0-9]*(\s+[a-z-]+(=""[^""]*"")?)*\s+on[a-z]+\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex EventHandlerAttribute();

    [GeneratedRegex(@"(href|src)\s*=\s*""(?<url>[^""]*)""", RegexOptions.IgnoreCase)]
    private static partial Regex Address();

    [Fact]
    public void Html_pages_contain_no_script_event_handler_or_unsafe_address()
    {
        var site = RenderFixtures.Site(RenderFixtures.Injection, DocumentFormat.Html);
        Assert.Equal(["index.html", "injectie.html", "injectie-checklist.html", "stijl.css"], site.Files.Select(f => f.Path));
        foreach (var file in site.Files.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal)))
        {
            Assert.DoesNotMatch(DangerousElement(), file.Content);
            Assert.DoesNotMatch(EventHandlerAttribute(), file.Content);
            foreach (Match address in Address().Matches(file.Content))
            {
                var url = System.Net.WebUtility.HtmlDecode(address.Groups["url"].Value);
                Assert.True(UrlSafety.IsSafe(url), $"{file.Path}: onveilig adres '{url}'");
            }
        }
    }

    [Fact]
    public void Injected_markup_shows_as_text()
    {
        var page = RenderFixtures.Site(RenderFixtures.Injection, DocumentFormat.Html)["injectie.html"]!;

        // The toelichting's <script> and <img onerror> are paragraphs of text.
        Assert.Contains("<p>&lt;script&gt;document.title = 'GEHACKT';", page, StringComparison.Ordinal);
        Assert.Contains("&lt;img src=&quot;x&quot; onerror=", page, StringComparison.Ordinal);

        // Plain text (titles, omschrijvingen in attributes) is HTML-encoded, quotes included.
        Assert.Contains("<h1>Kader &lt;script&gt;document.title=&#39;GEHACKT&#39;&lt;/script&gt;</h1>", page, StringComparison.Ordinal);
        Assert.Contains("title=\"Er is een regeling &lt;script&gt;", page, StringComparison.Ordinal);
        Assert.Contains("(BoZ&quot; onmouseover=&quot;alert(1))", page, StringComparison.Ordinal);

        // Links to javascript:, vbscript: and data: keep their text and lose their address.
        Assert.Contains("Een klik hier link,", page, StringComparison.Ordinal);
        Assert.Contains("een verstopte link, een plaatje plaatje en javascript:alert(2).", page, StringComparison.Ordinal);
        Assert.Contains("Een verwijzing via een definitie.", page, StringComparison.Ordinal);
        Assert.Contains("Thema-toelichting met een link.", page, StringComparison.Ordinal);
        Assert.Contains("Zie &lt;img src=x onerror=alert(1)&gt; en dit.", page, StringComparison.Ordinal);
        Assert.DoesNotContain("javascript:document", page, StringComparison.OrdinalIgnoreCase);

        // The safe link stays.
        Assert.Contains("<a href=\"https://www.igj.nl/\">veilige link</a>", page, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://www.governancecodezorg.nl/\">Governancecode Zorg 2022</a>", page, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_output_neutralises_raw_html_and_unsafe_links()
    {
        var text = RenderFixtures.Site(RenderFixtures.Injection, DocumentFormat.Markdown)["injectie.md"]!;
        Assert.DoesNotMatch(DangerousElement(), text);
        Assert.DoesNotMatch(EventHandlerAttribute(), text);
        Assert.DoesNotContain("](javascript", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("(data:", text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;document.title = 'GEHACKT';", text, StringComparison.Ordinal);
        Assert.Contains("# Kader \\<script\\>document.title='GEHACKT'\\</script\\>", text, StringComparison.Ordinal);
        Assert.Contains("[slecht]: #", text, StringComparison.Ordinal);
        Assert.Contains("Een klik hier link,", text, StringComparison.Ordinal);

        // What Markdig makes of the Markdown output has no markup either.
        var html = Markdig.Markdown.ToHtml(text);
        Assert.DoesNotMatch(DangerousElement(), html);
        Assert.DoesNotMatch(EventHandlerAttribute(), html);
        foreach (Match address in Address().Matches(html))
        {
            Assert.True(UrlSafety.IsSafe(System.Net.WebUtility.HtmlDecode(address.Groups["url"].Value)), address.Value);
        }
    }

    [Theory]
    [InlineData("https://wetten.overheid.nl/", true)]
    [InlineData("http://example.org", true)]
    [InlineData("mailto:info@igj.nl", true)]
    [InlineData("#anker", true)]
    [InlineData("pagina.html#a:b", true)]
    [InlineData("../andere.html", true)]
    [InlineData("javascript:alert(1)", false)]
    [InlineData("JaVaScRiPt:alert(1)", false)]
    [InlineData(" java\tscript:alert(1)", false)]
    [InlineData("\u0001javascript:alert(1)", false)]
    [InlineData("data:text/html;base64,PHNjcmlwdD4=", false)]
    [InlineData("vbscript:msgbox(1)", false)]
    [InlineData("file:///etc/passwd", false)]
    public void Url_safety(string url, bool safe) => Assert.Equal(safe, UrlSafety.IsSafe(url));
}
