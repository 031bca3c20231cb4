using System.Text;
using System.Text.RegularExpressions;

namespace IgjNormen.Rendering.Templating;

/// <summary>How plain text is made safe for each output format.</summary>
internal static partial class OutputEscaping
{
    /// <summary>HTML text and attribute values: &amp; &lt; &gt; " and ' as entities; everything else as it is (UTF-8).</summary>
    public static string Html(string text)
    {
        if (text.AsSpan().IndexOfAny("&<>\"'") < 0)
        {
            return text;
        }

        var result = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            result.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        }

        return result.ToString();
    }

    [GeneratedRegex("&(#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);", RegexOptions.CultureInvariant)]
    private static partial Regex EntityLike();

    /// <summary>
    /// Markdown inline text: the characters that would start emphasis, code, links, HTML or a table cell get a
    /// backslash; an entity-like '&amp;' too; line breaks become spaces; a line start that would open a heading, list
    /// or quote is escaped. The text then reads exactly as given in any CommonMark renderer, in a paragraph, heading,
    /// list item or table cell.
    /// </summary>
    public static string Markdown(string text)
    {
        var flat = string.Join(' ', text.Split((char[])['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        var result = new StringBuilder(flat.Length + 8);
        for (var i = 0; i < flat.Length; i++)
        {
            var c = flat[i];
            switch (c)
            {
                case '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '|' or '~':
                    result.Append('\\').Append(c);
                    break;
                case '&' when EntityLike().Match(flat, i) is { Success: true } entity && entity.Index == i:
                    result.Append("\\&");
                    break;
                case '#' or '-' or '+' or '=' when i == 0:
                    result.Append('\\').Append(c);
                    break;
                default:
                    result.Append(c);
                    break;
            }
        }

        // "1. tekst" at the start would become a numbered list.
        var text2 = result.ToString();
        var digits = text2.TakeWhile(char.IsAsciiDigit).Count();
        if (digits > 0 && digits < text2.Length && text2[digits] is '.' or ')' && (digits + 1 == text2.Length || text2[digits + 1] == ' '))
        {
            text2 = text2[..digits] + "\\" + text2[digits..];
        }

        return text2;
    }

    /// <summary>An inline code span that holds the text exactly: a fence longer than any run of backticks inside.</summary>
    public static string MarkdownCode(string text)
    {
        var flat = string.Join(' ', text.Split((char[])['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        var longest = 0;
        var run = 0;
        foreach (var c in flat)
        {
            run = c == '`' ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }

        var fence = new string('`', longest + 1);
        var pad = flat.StartsWith('`') || flat.EndsWith('`') ? " " : string.Empty;
        return fence + pad + flat + pad + fence;
    }

    /// <summary>A fenced code block; the caller places it at the start of a line.</summary>
    public static string MarkdownCodeBlock(string text)
    {
        var longest = 0;
        var run = 0;
        foreach (var c in text)
        {
            run = c == '`' ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }

        var fence = new string('`', Math.Max(3, longest + 1));
        return fence + "\n" + text.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n') + "\n" + fence;
    }

    /// <summary>
    /// Tidies a rendered Markdown document: at most one blank line in a row outside fenced code blocks (templates
    /// produce extra ones around loops and includes; in Markdown they mean nothing), no blank lines at the start or
    /// the end, and exactly one final line break.
    /// </summary>
    public static string TidyMarkdown(string text)
    {
        var result = new StringBuilder(text.Length);
        var blank = false;
        string? fence = null;
        foreach (var line in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            var trimmed = line.TrimStart();
            if (fence is null && (trimmed.StartsWith("```", StringComparison.Ordinal) || trimmed.StartsWith("~~~", StringComparison.Ordinal)))
            {
                fence = new string(trimmed[0], trimmed.TakeWhile(c => c == trimmed[0]).Count());
            }
            else if (fence is not null && trimmed.StartsWith(fence, StringComparison.Ordinal) && trimmed.Trim() == new string(fence[0], trimmed.Trim().Length))
            {
                fence = null;
                result.Append(line).Append('\n');
                blank = false;
                continue;
            }

            if (fence is null && line.Trim().Length == 0)
            {
                if (!blank && result.Length > 0)
                {
                    result.Append('\n');
                }

                blank = true;
                continue;
            }

            result.Append(line).Append('\n');
            blank = false;
        }

        return result.ToString().TrimEnd('\n', ' ') + "\n";
    }
}
