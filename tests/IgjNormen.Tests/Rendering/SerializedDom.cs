using System.Net;
using System.Text;

namespace IgjNormen.Tests.Rendering;

/// <summary>An element of a page as Chromium serialises it (--dump-dom).</summary>
internal sealed class DomElement(string name, IReadOnlyDictionary<string, string> attributes)
{
    public string Name { get; } = name;

    public IReadOnlyDictionary<string, string> Attributes { get; } = attributes;

    public List<object> Children { get; } = [];

    public string? this[string attribute] => Attributes.GetValueOrDefault(attribute);

    /// <summary>The text inside, with whitespace collapsed.</summary>
    public string Text
    {
        get
        {
            var text = new StringBuilder();
            Collect(this, text);
            return string.Join(' ', text.ToString().Split((char[])[' ', '\n', '\t', '\r'], StringSplitOptions.RemoveEmptyEntries));
        }
    }

    public IEnumerable<DomElement> Descendants()
    {
        foreach (var child in Children.OfType<DomElement>())
        {
            yield return child;
            foreach (var inner in child.Descendants())
            {
                yield return inner;
            }
        }
    }

    private static void Collect(DomElement element, StringBuilder text)
    {
        foreach (var child in element.Children)
        {
            if (child is string s)
            {
                text.Append(s);
            }
            else
            {
                Collect((DomElement)child, text);
            }
        }
    }
}

/// <summary>
/// Reads the HTML that Chromium's --dump-dom prints: the HTML serialisation of the live DOM, so a literal '&lt;' in text
/// is always a tag and attribute values are always in double quotes. Enough to check headings, ids, links and that no
/// script, event handler or unsafe address made it into the DOM; not a general HTML parser.
/// </summary>
internal static class SerializedDom
{
    private static readonly HashSet<string> Void = ["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"];
    private static readonly HashSet<string> RawText = ["script", "style"];

    public static DomElement Parse(string html)
    {
        var root = new DomElement("#document", new Dictionary<string, string>());
        var open = new Stack<DomElement>();
        open.Push(root);
        var i = 0;
        while (i < html.Length)
        {
            if (html[i] != '<')
            {
                var end = html.IndexOf('<', i);
                end = end < 0 ? html.Length : end;
                open.Peek().Children.Add(WebUtility.HtmlDecode(html[i..end]));
                i = end;
                continue;
            }

            if (html.AsSpan(i).StartsWith("<!--"))
            {
                var end = html.IndexOf("-->", i, StringComparison.Ordinal);
                i = end < 0 ? html.Length : end + 3;
                continue;
            }

            if (html.AsSpan(i).StartsWith("<!"))
            {
                i = html.IndexOf('>', i) + 1;
                continue;
            }

            if (html.AsSpan(i).StartsWith("</"))
            {
                var end = html.IndexOf('>', i);
                var name = html[(i + 2)..end].Trim().ToLowerInvariant();
                while (open.Count > 1 && open.Pop().Name != name)
                {
                }

                i = end + 1;
                continue;
            }

            var (element, next) = ReadStartTag(html, i + 1);
            open.Peek().Children.Add(element);
            i = next;
            if (RawText.Contains(element.Name))
            {
                var close = html.IndexOf("</" + element.Name, i, StringComparison.OrdinalIgnoreCase);
                close = close < 0 ? html.Length : close;
                element.Children.Add(html[i..close]);
                i = close < html.Length ? html.IndexOf('>', close) + 1 : close;
            }
            else if (!Void.Contains(element.Name))
            {
                open.Push(element);
            }
        }

        return root;
    }

    private static (DomElement Element, int Next) ReadStartTag(string html, int i)
    {
        var start = i;
        while (i < html.Length && !char.IsWhiteSpace(html[i]) && html[i] != '>' && html[i] != '/')
        {
            i++;
        }

        var name = html[start..i].ToLowerInvariant();
        var attributes = new Dictionary<string, string>(StringComparer.Ordinal);
        while (i < html.Length)
        {
            while (i < html.Length && (char.IsWhiteSpace(html[i]) || html[i] == '/'))
            {
                i++;
            }

            if (i >= html.Length || html[i] == '>')
            {
                i++;
                break;
            }

            var nameStart = i;
            while (i < html.Length && html[i] != '=' && html[i] != '>' && !char.IsWhiteSpace(html[i]))
            {
                i++;
            }

            var attribute = html[nameStart..i].ToLowerInvariant();
            var value = string.Empty;
            if (i < html.Length && html[i] == '=')
            {
                i++;
                var quote = html[i];
                var valueEnd = html.IndexOf(quote, i + 1);
                value = WebUtility.HtmlDecode(html[(i + 1)..valueEnd]);
                i = valueEnd + 1;
            }

            attributes[attribute] = value;
        }

        return (new DomElement(name, attributes), i);
    }
}
