namespace IgjNormen.Rendering;

/// <summary>The output formats of the rendered documents.</summary>
public enum DocumentFormat
{
    Markdown,
    Html,
}

public static class DocumentFormats
{
    /// <summary>"markdown" or "html", as on the command line; also the middle part of template names (kader.html.scriban uses "html", kader.md.scriban "md").</summary>
    public static string TemplateSuffix(this DocumentFormat format) => format == DocumentFormat.Html ? "html" : "md";

    /// <summary>The extension of written files: ".html" or ".md".</summary>
    public static string Extension(this DocumentFormat format) => format == DocumentFormat.Html ? ".html" : ".md";
}
