using System.Text.RegularExpressions;
using IgjNormen.Model;
using IgjNormen.Parsing;
using IgjNormen.Syntax;
using IgjNormen.Text;

namespace IgjNormen.LanguageServer.Features;

/// <summary>A quantifier variable as written in a toets: its name, where it is declared, and the list it ranges over.</summary>
internal sealed record Variable(string Name, TextSpan Span, string List);

/// <summary>
/// The place of the cursor inside a toets or toepassing: the condition, the index in its text, and what the text
/// around it says. Works on text, so that it also helps while the toets does not parse yet (while typing).
/// </summary>
internal sealed partial class ToetsContext
{
    private ToetsContext(Norm norm, Condition condition, int index)
    {
        Norm = norm;
        Condition = condition;
        Index = index;
    }

    public Norm Norm { get; }

    public Condition Condition { get; }

    public string Text => Condition.Text;

    /// <summary>The cursor as an index in <see cref="Text"/>.</summary>
    public int Index { get; }

    /// <summary>The toets or toepassing of a norm that holds a file offset, or null.</summary>
    public static ToetsContext? At(Norm? norm, int offset)
    {
        if (norm is null)
        {
            return null;
        }

        foreach (var condition in norm.Conditions)
        {
            if (condition.Scalar is { } scalar && offset >= scalar.Span.Start && offset <= scalar.Span.End)
            {
                return new ToetsContext(norm, condition, Positions.ValueIndex(scalar, offset));
            }
        }

        return null;
    }

    /// <summary>The syntax tree of a condition: the checked one, or a fresh parse (null when it does not parse).</summary>
    public static Expr? SyntaxOf(Condition condition) => condition.Syntax ?? ToetsParser.Parse(condition.Text).Expression;

    /// <summary>The dotted name (letters, digits, '_', '.') around the cursor, or null.</summary>
    public (string Word, TextSpan Span)? WordAt() => WordAround(Text, Index, includeDash: false);

    /// <summary>The norm id inside <c>oordeel(…)</c> under the cursor, or null.</summary>
    public (string Id, TextSpan Span)? NormIdAt()
    {
        foreach (Match match in VerdictOf().Matches(Text))
        {
            var group = match.Groups[1];
            if (Index >= group.Index && Index <= group.Index + group.Length)
            {
                return (group.Value, new TextSpan(group.Index, group.Length));
            }
        }

        return null;
    }

    /// <summary>The word being typed: the name characters just before the cursor.</summary>
    public (string Prefix, int Start) PrefixBefore(bool includeDash = false)
    {
        var start = Index;
        while (start > 0 && IsNameChar(Text[start - 1], includeDash))
        {
            start--;
        }

        return (Text[start..Index], start);
    }

    /// <summary>The quantifier variables declared before the cursor whose body it may be in.</summary>
    public IReadOnlyList<Variable> VariablesInScope()
    {
        var result = new List<Variable>();
        foreach (var variable in Variables(Text))
        {
            if (variable.Span.End <= Index && !result.Any(v => v.Name == variable.Name))
            {
                result.Add(variable);
            }
        }

        return result;
    }

    /// <summary>Every quantifier variable in a text: <c>alle k in lijst:</c>, <c>aantal(k in lijst:</c>.</summary>
    public static IEnumerable<Variable> Variables(string text)
    {
        foreach (Match match in Quantifier().Matches(text))
        {
            var name = match.Groups["var"];
            yield return new Variable(name.Value, new TextSpan(name.Index, name.Length), match.Groups["list"].Value);
        }
    }

    public static (string Word, TextSpan Span)? WordAround(string text, int index, bool includeDash)
    {
        var start = Math.Clamp(index, 0, text.Length);
        var end = start;
        while (start > 0 && IsNameChar(text[start - 1], includeDash))
        {
            start--;
        }

        while (end < text.Length && IsNameChar(text[end], includeDash))
        {
            end++;
        }

        if (end == start)
        {
            return null;
        }

        return (text[start..end].Trim('.'), new TextSpan(start, end - start));
    }

    private static bool IsNameChar(char c, bool includeDash) => char.IsLetterOrDigit(c) || c is '_' or '.' || (includeDash && c == '-');

    /// <summary>
    /// What comes just before the word being typed (spaces skipped): used to offer keuze values after <c>=</c> or
    /// inside <c>in [</c>, and norm ids inside <c>oordeel(</c>.
    /// </summary>
    public string TextBefore(int start) => Text[..start].TrimEnd();

    [GeneratedRegex(@"(?:\b(?:alle|enige|geen)\s+|\baantal\s*\(\s*)(?<var>[A-Za-z_][A-Za-z0-9_]*)\s+in\s+(?<list>[A-Za-z_][A-Za-z0-9_.]*)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Quantifier();

    [GeneratedRegex(@"\boordeel\s*\(\s*([^)\s]*)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex VerdictOf();
}
