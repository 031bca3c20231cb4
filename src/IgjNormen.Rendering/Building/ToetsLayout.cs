using IgjNormen.Formatting;
using IgjNormen.Model;

namespace IgjNormen.Rendering.Building;

/// <summary>
/// The text of a toets for readers of a rendered document: the canonical form of <c>igjnormen fmt</c>
/// (<see cref="ToetsFormatter"/>), on one line and broken over lines of at most <see cref="Width"/> characters, so a
/// document shows a toets exactly as a formatted norm file does.
/// </summary>
internal static class ToetsLayout
{
    /// <summary>The width of a toets block in the kader document (narrower than a norm file: it sits in a page column).</summary>
    public const int Width = 72;

    /// <summary>The text of a condition for display: laid out from its tree, or its own text with single spaces.</summary>
    public static (string Flat, string Lines) Of(Condition condition)
    {
        if (condition.Syntax is { } syntax && ToetsFormatter.CanFormat(syntax))
        {
            return (ToetsFormatter.Format(syntax), string.Join("\n", ToetsFormatter.Layout(syntax, Width, block: false)));
        }

        var text = string.Join(' ', condition.Text.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));
        return (text, text);
    }
}
