using IgjNormen.Rendering.Documents;
using Scriban.Runtime;

namespace IgjNormen.Rendering.Templating;

/// <summary>
/// The <c>igj</c> functions templates can call. Each returns text that is safe for the format (a <see cref="RichText"/>)
/// or plain text (which is escaped when written). docs/templates.md lists them.
/// </summary>
internal static class TemplateFunctions
{
    public static ScriptObject Create(DocumentFormat format)
    {
        var html = format == DocumentFormat.Html;
        var functions = new ScriptObject();

        // igj.code tekst: inline code (a toets, an id).
        functions.Import("code", new Func<object?, RichText>(value =>
        {
            var text = Text(value);
            return html ? RichText.Raw("<code>" + OutputEscaping.Html(text) + "</code>") : RichText.Raw(OutputEscaping.MarkdownCode(text));
        }));

        // igj.codeblok tekst: a block of code (a toets over several lines); in Markdown a fenced block.
        functions.Import("codeblok", new Func<object?, RichText>(value =>
        {
            var text = Text(value);
            return html
                ? RichText.Raw("<pre><code>" + OutputEscaping.Html(text) + "</code></pre>")
                : RichText.Raw(OutputEscaping.MarkdownCodeBlock(text));
        }));

        // igj.link tekst adres: a link when the address is safe, else the text alone.
        functions.Import("link", new Func<object?, object?, RichText>((value, url) =>
        {
            var text = Text(value);
            var address = url as string;
            if (!UrlSafety.IsSafe(address) || string.IsNullOrEmpty(address))
            {
                return RichText.Raw(html ? OutputEscaping.Html(text) : OutputEscaping.Markdown(text));
            }

            return html
                ? RichText.Raw($"<a href=\"{OutputEscaping.Html(address)}\">{OutputEscaping.Html(text)}</a>")
                : RichText.Raw($"[{OutputEscaping.Markdown(text)}](<{address.Replace("<", "%3C", StringComparison.Ordinal).Replace(">", "%3E", StringComparison.Ordinal).Replace(" ", "%20", StringComparison.Ordinal)}>)");
        }));

        // igj.aantal n "norm" "normen": "1 norm", "8 normen".
        functions.Import("aantal", new Func<int, string, string, string>(DutchText.Count));

        // igj.opsomming lijst: "a, b en c".
        functions.Import("opsomming", new Func<ScriptArray?, string>(items => DutchText.Enumerate(items?.Select(Text) ?? [])));

        // igj.of_opsomming lijst: "a, b of c".
        functions.Import("of_opsomming", new Func<ScriptArray?, string>(items => DutchText.Enumerate(items?.Select(Text) ?? [], "of")));

        return functions;
    }

    private static string Text(object? value) => value switch
    {
        null => string.Empty,
        string s => s,
        RichText r => r.Markdown,
        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty,
    };
}
