namespace IgjNormen.Rendering.Documents;

/// <summary>
/// Text that is already safe in both output formats: sanitised Markdown from a norm file (as HTML and as Markdown),
/// or a fragment this library built (code, links, an included template). Templates write it as it is; every other
/// value is escaped for the format. Its content is not visible to templates as members: only this library makes one.
/// </summary>
public sealed class RichText
{
    internal RichText(string html, string markdown)
    {
        Html = html;
        Markdown = markdown;
    }

    internal string Html { get; }

    internal string Markdown { get; }

    internal bool IsEmpty => Html.Length == 0 && Markdown.Length == 0;

    internal static RichText Raw(string text) => new(text, text);

    public override string ToString() => Markdown;
}
