using System.Text;
using IgjNormen.Rendering.Documents;
using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace IgjNormen.Rendering;

/// <summary>
/// Markdown from norm files (toelichting, inleiding) → <see cref="RichText"/>: HTML by Markdig with pipe tables and
/// heading identifiers, and the Markdown itself, both made safe. Raw HTML is never passed on (Markdig with
/// DisableHtml: it shows as text), links and images to anything but http, https, mailto or a relative address lose
/// their address, and headings are renumbered to fit under the heading where the text is placed (no skipped levels).
/// </summary>
internal static class MarkdownText
{
    private static readonly MarkdownPipeline HtmlPipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
        .DisableHtml()
        .Build();

    // For the Markdown form: HTML stays enabled so that every piece of raw HTML is found (and neutralised) with its
    // position in the source.
    private static readonly MarkdownPipeline SourcePipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UsePreciseSourceLocation()
        .Build();

    /// <summary>A block of Markdown whose headings start at <paramref name="headingLevel"/>, with ids prefixed by <paramref name="idPrefix"/>.</summary>
    public static RichText? Block(string? markdown, int headingLevel, string idPrefix)
    {
        if (string.IsNullOrWhiteSpace(markdown))
        {
            return null;
        }

        var text = Normalize(markdown);
        return new RichText(ToHtml(text, headingLevel, idPrefix, inline: false), ToMarkdown(text, headingLevel, inline: false));
    }

    /// <summary>Markdown shown within a line (a list item, a table cell): no paragraphs, line breaks become spaces.</summary>
    public static RichText? Inline(string? markdown)
    {
        if (string.IsNullOrWhiteSpace(markdown))
        {
            return null;
        }

        var text = Normalize(markdown);
        return new RichText(ToHtml(text, 6, "t", inline: true).Trim(), ToMarkdown(text, 6, inline: true));
    }

    private static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Trim('\n');

    private static string ToHtml(string markdown, int headingLevel, string idPrefix, bool inline)
    {
        var document = Markdig.Markdown.Parse(markdown, HtmlPipeline);
        RenumberHeadings(document, headingLevel, (heading, level) => heading.Level = level);
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            var attributes = heading.GetAttributes();
            if (attributes.Id is { } id)
            {
                attributes.Id = idPrefix + "-" + id;
            }
        }

        NeutraliseLinks(document);
        using var writer = new StringWriter { NewLine = "\n" };
        var renderer = new HtmlRenderer(writer)
        {
            ImplicitParagraph = inline,
            // A second line of defence: any address that still slipped through goes nowhere.
            LinkRewriter = url => UrlSafety.IsSafe(url) ? url : "#",
        };
        HtmlPipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        var html = writer.ToString();
        return inline ? html.Replace('\n', ' ').Trim() : html.TrimEnd('\n');
    }

    /// <summary>Replaces links and images with an unsafe address by their text; autolinks likewise.</summary>
    private static void NeutraliseLinks(MarkdownDocument document)
    {
        foreach (var link in document.Descendants<LinkInline>().ToList())
        {
            var url = link.GetDynamicUrl?.Invoke() ?? link.Url;
            if (UrlSafety.IsSafe(url))
            {
                continue;
            }

            if (link.IsImage)
            {
                link.ReplaceBy(new LiteralInline(PlainText(link)), copyChildren: false);
                continue;
            }

            var children = link.ToList();
            Inline anchor = link;
            foreach (var child in children)
            {
                child.Remove();
                anchor.InsertAfter(child);
                anchor = child;
            }

            link.Remove();
        }

        foreach (var autolink in document.Descendants<AutolinkInline>().ToList())
        {
            if (!UrlSafety.IsSafe(autolink.Url))
            {
                autolink.ReplaceBy(new LiteralInline(autolink.Url), copyChildren: false);
            }
        }
    }

    private static string PlainText(ContainerInline container)
    {
        var text = new StringBuilder();
        foreach (var inline in container.Descendants<LiteralInline>())
        {
            text.Append(inline.Content.ToString());
        }

        return text.ToString();
    }

    /// <summary>
    /// Renumbers headings to fit under the heading where the text is placed: an outermost heading gets
    /// <paramref name="top"/>, a heading inside another one level deeper than that one (whatever levels the author
    /// skipped), never deeper than 6.
    /// </summary>
    private static void RenumberHeadings(MarkdownDocument document, int top, Action<HeadingBlock, int> set)
    {
        var open = new Stack<(int Original, int Level)>();
        foreach (var heading in document.Descendants<HeadingBlock>().ToList())
        {
            while (open.Count > 0 && open.Peek().Original >= heading.Level)
            {
                open.Pop();
            }

            var level = Math.Min(6, open.Count == 0 ? top : open.Peek().Level + 1);
            open.Push((heading.Level, level));
            set(heading, level);
        }
    }

    /// <summary>
    /// The Markdown as written, with targeted edits: raw HTML is escaped so that it reads as text, unsafe links keep
    /// only their text, and headings get their new level.
    /// </summary>
    private static string ToMarkdown(string markdown, int headingLevel, bool inline)
    {
        var document = Markdig.Markdown.Parse(markdown, SourcePipeline);
        var edits = new List<(int Start, int End, string Text)>();

        foreach (var html in document.Descendants<HtmlBlock>())
        {
            edits.Add((html.Span.Start, html.Span.End + 1, EscapeAngles(Slice(markdown, html.Span))));
        }

        foreach (var html in document.Descendants<HtmlInline>())
        {
            edits.Add((html.Span.Start, html.Span.End + 1, EscapeAngles(Slice(markdown, html.Span))));
        }

        foreach (var autolink in document.Descendants<AutolinkInline>())
        {
            if (!UrlSafety.IsSafe(autolink.Url))
            {
                edits.Add((autolink.Span.Start, autolink.Span.End + 1, EscapeAngles(Slice(markdown, autolink.Span))));
            }
        }

        foreach (var link in document.Descendants<LinkInline>())
        {
            var url = link.GetDynamicUrl?.Invoke() ?? link.Url;
            if (UrlSafety.IsSafe(url))
            {
                continue;
            }

            if (link.Reference is { } definition && !definition.UrlSpan.IsEmpty)
            {
                edits.Add((definition.UrlSpan.Start, definition.UrlSpan.End + 1, "#"));
                continue;
            }

            var label = link.FirstChild is null || link.LastChild is null
                ? string.Empty
                : markdown[link.FirstChild.Span.Start..(link.LastChild.Span.End + 1)];
            edits.Add((link.Span.Start, link.Span.End + 1, link.IsImage ? PlainText(link) : label));
        }

        foreach (var definition in document.Descendants<LinkReferenceDefinition>())
        {
            if (!UrlSafety.IsSafe(definition.Url) && !definition.UrlSpan.IsEmpty)
            {
                edits.Add((definition.UrlSpan.Start, definition.UrlSpan.End + 1, "#"));
            }
        }

        RenumberHeadings(document, headingLevel, (heading, level) =>
        {
            var source = Slice(markdown, heading.Span);
            if (heading.IsSetext)
            {
                var lines = source.Split('\n');
                var title = string.Join(' ', lines.Take(lines.Length - 1).Select(l => l.Trim()));
                edits.Add((heading.Span.Start, heading.Span.End + 1, new string('#', level) + " " + title));
            }
            else
            {
                var hashes = source.TakeWhile(c => c == '#').Count();
                edits.Add((heading.Span.Start, heading.Span.Start + hashes, new string('#', level)));
            }
        });

        var result = new StringBuilder(markdown);
        var accepted = new List<(int Start, int End, string Text)>();
        foreach (var edit in edits.Where(e => e.Start >= 0 && e.End <= markdown.Length && e.End >= e.Start).OrderBy(e => e.Start).ThenByDescending(e => e.End))
        {
            if (accepted.Count > 0 && edit.Start < accepted[^1].End)
            {
                continue;
            }

            accepted.Add(edit);
        }

        for (var i = accepted.Count - 1; i >= 0; i--)
        {
            var (start, end, text) = accepted[i];
            result.Remove(start, end - start).Insert(start, text);
        }

        var output = result.ToString();
        return inline ? string.Join(' ', output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)) : output;
    }

    private static string Slice(string text, SourceSpan span) =>
        span.Start < 0 || span.End >= text.Length + 1 ? string.Empty : text[span.Start..Math.Min(text.Length, span.End + 1)];

    private static string EscapeAngles(string text) => text.Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);
}
