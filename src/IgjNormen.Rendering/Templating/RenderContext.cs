using System.Globalization;
using IgjNormen.Rendering.Documents;
using Scriban;
using Scriban.Functions;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace IgjNormen.Rendering.Templating;

/// <summary>
/// The Scriban context for one document: safe limits, the invariant culture, no clock, includes only through
/// <see cref="TemplateSource"/>, and escaping by default: every value a template writes with <c>{{ … }}</c> is
/// HTML-encoded (or Markdown-escaped) unless it is a <see cref="RichText"/>, which this library made safe already.
/// </summary>
internal sealed class RenderContext : TemplateContext
{
    public const int MaxLoopIterations = 20_000;
    public const int MaxRecursion = 64;
    public const int MaxStringLength = 1_000_000; // the longest value a YAML file may hold (IGJ1009)
    public const int MaxOutputLength = 64 * 1024 * 1024;

    public RenderContext(DocumentFormat format, Func<string, TemplateText> load)
        : base(CreateBuiltins())
    {
        Format = format;
        StrictVariables = true;
        LoopLimit = MaxLoopIterations;
        LoopLimitQueryable = MaxLoopIterations;
        RecursiveLimit = MaxRecursion;
        ObjectRecursionLimit = MaxRecursion;
        LimitToString = MaxStringLength;
        OutputLimit = MaxOutputLength;
        RegexTimeOut = TimeSpan.FromSeconds(1);
        NewLine = "\n";
        // Indenting every line of a multi-line value placed after spaces suits Markdown (list items); in HTML it would
        // shift the content of <pre> blocks.
        AutoIndent = format == DocumentFormat.Markdown;
        TemplateLoader = new Loader(load);
        TemplateLoaderParserOptions = new ParserOptions { ExpressionDepthLimit = 100 };
        PushCulture(CultureInfo.InvariantCulture);
        if (BuiltinObject["include"] is IScriptCustomFunction include)
        {
            BuiltinObject.SetValue("include", new TrustedInclude(include), readOnly: true);
        }

        BuiltinObject.SetValue("igj", TemplateFunctions.Create(format), readOnly: true);
    }

    public DocumentFormat Format { get; }

    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        if (textAsObject is null)
        {
            return this;
        }

        var text = textAsObject is RichText rich
            ? (Format == DocumentFormat.Html ? rich.Html : rich.Markdown)
            : Escape(ObjectToString(textAsObject));
        return base.Write(span, text);
    }

    public string Escape(string text) => Format == DocumentFormat.Html ? OutputEscaping.Html(text) : OutputEscaping.Markdown(text);

    public override string ObjectToString(object? value, bool nested = false) => value switch
    {
        bool b => b ? "ja" : "nee",
        _ => base.ObjectToString(value!, nested) ?? string.Empty,
    };

    /// <summary>Scriban's builtins without <c>date</c> (it reads the clock) and without <c>include_join</c>.</summary>
    private static ScriptObject CreateBuiltins()
    {
        var builtins = new BuiltinFunctions();
        builtins.Remove("date");
        builtins.Remove("include_join");
        return builtins;
    }

    private sealed class Loader(Func<string, TemplateText> load) : ITemplateLoader
    {
        public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName) => load(templateName).Name;

        public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) => load(templatePath).Text;

        public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) => new(Load(context, callerSpan, templatePath));
    }

    /// <summary>
    /// Scriban's include returns the included template's output as a string, which would be escaped a second time
    /// when written; the output was escaped while it was produced, so it is passed on as <see cref="RichText"/>.
    /// </summary>
    private sealed class TrustedInclude(IScriptCustomFunction inner) : IScriptCustomFunction
    {
        public int RequiredParameterCount => inner.RequiredParameterCount;

        public int ParameterCount => inner.ParameterCount;

        public ScriptVarParamKind VarParamKind => inner.VarParamKind;

        public Type ReturnType => typeof(RichText);

        public ScriptParameterInfo GetParameterInfo(int index) => inner.GetParameterInfo(index);

        public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
            RichText.Raw(inner.Invoke(context, callerContext, arguments, blockStatement) as string ?? string.Empty);

        public async ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
            RichText.Raw(await inner.InvokeAsync(context, callerContext, arguments, blockStatement) as string ?? string.Empty);
    }
}
