using IgjNormen.Rendering;
using Xunit;

namespace IgjNormen.Tests.Rendering;

public class MarkdownTextTests
{
    [Fact]
    public void Headings_start_at_the_given_level_never_skip_and_get_a_prefixed_id()
    {
        var text = MarkdownText.Block("# Een\n\n### Drie\n\n## Twee\n\nTekst\n\nSetext\n======\n", 5, "norm.x")!;
        Assert.Equal(
            "<h5 id=\"norm.x-een\">Een</h5>\n<h6 id=\"norm.x-drie\">Drie</h6>\n<h6 id=\"norm.x-twee\">Twee</h6>\n<p>Tekst</p>\n<h5 id=\"norm.x-setext\">Setext</h5>",
            text.Html);
        Assert.Equal("##### Een\n\n###### Drie\n\n###### Twee\n\nTekst\n\n##### Setext", text.Markdown);
    }

    [Fact]
    public void Pipe_tables_and_emphasis_become_html()
    {
        var text = MarkdownText.Block("| a | b |\n|---|---|\n| **1** | 2 |", 3, "t")!;
        Assert.Contains("<table>", text.Html, StringComparison.Ordinal);
        Assert.Contains("<td><strong>1</strong></td>", text.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Inline_text_has_no_paragraph()
    {
        var text = MarkdownText.Inline("Artikel *17*, eerste\nlid.")!;
        Assert.Equal("Artikel <em>17</em>, eerste lid.", text.Html);
        Assert.Equal("Artikel *17*, eerste lid.", text.Markdown);
    }

    [Fact]
    public void Empty_text_is_null()
    {
        Assert.Null(MarkdownText.Block("  \n", 3, "x"));
        Assert.Null(MarkdownText.Inline(null));
    }

    [Fact]
    public void Raw_html_is_text_and_unsafe_links_lose_their_address()
    {
        var text = MarkdownText.Block("<script>alert(1)</script>\n\nZie [dit](javascript:alert(1)) en [dat](https://igj.nl).", 3, "x")!;
        Assert.Equal("<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>\n<p>Zie dit en <a href=\"https://igj.nl\">dat</a>.</p>", text.Html);
        Assert.Equal("&lt;script&gt;alert(1)&lt;/script&gt;\n\nZie dit en [dat](https://igj.nl).", text.Markdown);
    }
}
