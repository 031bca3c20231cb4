using IgjNormen.Diagnostics;
using IgjNormen.Text;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace IgjNormen.Rendering.Templating;

/// <summary>
/// Parses and renders templates. Parsing never throws (Scriban collects messages); rendering errors, limits and
/// failed includes become diagnostics (IGJ18xx) that name the template, line and column. Parsed templates are kept
/// for the life of the engine.
/// </summary>
internal sealed class TemplateEngine
{
    private readonly TemplateSource _source;
    private readonly DocumentFormat _format;
    private readonly Dictionary<string, TemplateText> _texts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Template> _parsed = new(StringComparer.Ordinal);

    public TemplateEngine(TemplateSource source, DocumentFormat format)
    {
        _source = source;
        _format = format;
    }

    public DocumentFormat Format => _format;

    /// <summary>Loads a non-template file (the stylesheet) through the same source; null with a diagnostic when missing.</summary>
    public string? LoadText(string name, DiagnosticBag diagnostics)
    {
        try
        {
            return Load(name).Text;
        }
        catch (TemplateLoadException e)
        {
            diagnostics.Add(e.Diagnostic);
            return null;
        }
    }

    /// <summary>Renders <paramref name="name"/> with the given globals; null when it fails (the reasons are in <paramref name="diagnostics"/>).</summary>
    public string? Render(string name, IReadOnlyDictionary<string, object> globals, DiagnosticBag diagnostics)
    {
        Template? template;
        try
        {
            template = Parse(name, diagnostics);
        }
        catch (TemplateLoadException e)
        {
            diagnostics.Add(e.Diagnostic);
            return null;
        }

        if (template is null)
        {
            return null;
        }

        var context = new RenderContext(_format, Load);
        var model = new ScriptObject();
        foreach (var (key, value) in globals)
        {
            model.SetValue(key, ScriptModel.ToScript(value), readOnly: true);
        }

        context.PushGlobal(model);
        try
        {
            return template.Render(context);
        }
        catch (ScriptParserRuntimeException e)
        {
            // An included template that does not parse: its first error.
            diagnostics.Add(e.ParserMessages.FirstOrDefault(m => m.Type == ParserMessageType.Error) is { } first
                ? SyntaxError(first)
                : RuntimeError(e.Span, e.OriginalMessage));
            return null;
        }
        catch (ScriptRuntimeException e) when (e.InnerException is TemplateLoadException load)
        {
            diagnostics.Add(load.Diagnostic with { Location = Locate(e.Span) });
            return null;
        }
        catch (ScriptRuntimeException e)
        {
            diagnostics.Add(RuntimeError(e.Span, e.OriginalMessage));
            return null;
        }
        catch (TemplateLoadException e)
        {
            diagnostics.Add(e.Diagnostic);
            return null;
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or FormatException or InvalidCastException or OverflowException)
        {
            diagnostics.Add(RuntimeError(context.CurrentSpan, e.Message));
            return null;
        }
    }

    private TemplateText Load(string name)
    {
        if (!_texts.TryGetValue(name, out var text))
        {
            text = _source.Load(name);
            _texts[name] = text;
            _texts[text.DisplayPath] = text;
        }

        return text;
    }

    private Template? Parse(string name, DiagnosticBag diagnostics)
    {
        if (_parsed.TryGetValue(name, out var cached))
        {
            return cached;
        }

        var text = Load(name);
        var template = Template.Parse(text.Text, text.DisplayPath);
        if (template.HasErrors)
        {
            // The first error; the ones after it are mostly its consequences.
            diagnostics.Add(SyntaxError(template.Messages.First(m => m.Type == ParserMessageType.Error)));
            return null;
        }

        _parsed[name] = template;
        return template;
    }

    private Diagnostic SyntaxError(LogMessage message)
    {
        var (line, column) = (message.Span.Start.Line + 1, message.Span.Start.Column + 1);
        return Diagnostic.Create(DiagnosticCodes.Rendering.TemplateSyntax, Locate(message.Span), TemplateName(message.Span), line, column, ScribanMessages.Translate(message.Message));
    }

    private Diagnostic RuntimeError(SourceSpan span, string message)
    {
        var (line, column) = (span.Start.Line + 1, span.Start.Column + 1);
        var name = TemplateName(span);
        var limit = message.Contains("LoopLimit", StringComparison.Ordinal) || message.Contains("iteration limit", StringComparison.OrdinalIgnoreCase)
            ? $"hoogstens {RenderContext.MaxLoopIterations} herhalingen per lus"
            : message.Contains("recursive depth", StringComparison.OrdinalIgnoreCase) || message.Contains("RecursiveLimit", StringComparison.Ordinal)
                ? $"hoogstens {RenderContext.MaxRecursion} geneste aanroepen"
                : message.Contains("output", StringComparison.OrdinalIgnoreCase) && message.Contains("limit", StringComparison.OrdinalIgnoreCase)
                    ? $"hoogstens {RenderContext.MaxOutputLength} tekens uitvoer"
                    : null;
        var dutch = ScribanMessages.Translate(message);
        return limit is null
            ? Diagnostic.Create(DiagnosticCodes.Rendering.TemplateRuntime, Locate(span), name, line, column, dutch)
            : Diagnostic.Create(DiagnosticCodes.Rendering.TemplateLimit, Locate(span), name, line, column, limit, dutch);
    }

    private string TemplateName(SourceSpan span) =>
        span.FileName is { } file && _texts.TryGetValue(file, out var text) ? text.DisplayPath : span.FileName ?? "?";

    private SourceLocation Locate(SourceSpan span)
    {
        if (span.FileName is null || !_texts.TryGetValue(span.FileName, out var text))
        {
            return SourceLocation.None;
        }

        var file = new SourceFile(text.DisplayPath, text.Text);
        var start = Math.Clamp(span.Start.Offset, 0, text.Text.Length);
        var end = Math.Clamp(span.End.Offset + 1, start, text.Text.Length);
        return new SourceLocation(file, TextSpan.FromBounds(start, end));
    }
}
