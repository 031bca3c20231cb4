using IgjNormen.Diagnostics;
using IgjNormen.Evaluation;
using IgjNormen.Model;
using IgjNormen.Rendering.Building;
using IgjNormen.Rendering.Documents;
using IgjNormen.Rendering.Templating;
using IgjNormen.Results;
using IgjNormen.Text;

namespace IgjNormen.Rendering;

/// <summary>How to render: the format and, optionally, an organisation's own templates.</summary>
public sealed record RenderOptions
{
    public DocumentFormat Format { get; init; } = DocumentFormat.Html;

    /// <summary>A folder with templates that replace the embedded ones of the same name (and stijl.css); null for the embedded ones.</summary>
    public string? TemplatesFolder { get; init; }

    /// <summary>The norms folder as the user named it: where messages about the folder as a whole point (an unknown kader).</summary>
    public string? NormsFolder { get; init; }

    /// <summary>The site's name in page headers.</summary>
    public string SiteTitel { get; init; } = "Toetsingskaders van de Inspectie Gezondheidszorg en Jeugd";
}

/// <summary>A rendered file: its path relative to the output folder, and its content.</summary>
public sealed record RenderedFile(string Path, string Content);

/// <summary>The files rendered and what went wrong or deserves attention.</summary>
public sealed record RenderOutput(IReadOnlyList<RenderedFile> Files, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool HasErrors => Diagnostics.Any(d => d.IsError);

    public string? this[string path] => Files.FirstOrDefault(f => f.Path == path)?.Content;
}

/// <summary>
/// Renders documents from a checked <see cref="NormModel"/> through Scriban templates: the kader document, the
/// inspector's checklist and, for HTML, a static site with an overview and a stylesheet; and visit reports from an
/// <see cref="EvaluationResult"/>. No clock and no file access beyond the templates: the caller writes the files.
/// </summary>
public sealed class DocumentRenderer
{
    private readonly NormModel _model;
    private readonly RenderOptions _options;
    private readonly TemplateEngine _engine;
    private readonly Evaluator _evaluator;

    private DocumentRenderer(NormModel model, RenderOptions options, TemplateSource source)
    {
        _model = model;
        _options = options;
        _engine = new TemplateEngine(source, options.Format);
        _evaluator = new Evaluator(model);
    }

    public DocumentFormat Format => _options.Format;

    /// <summary>A renderer, or null (with IGJ1806 in <paramref name="diagnostics"/>) when the templates folder does not exist.</summary>
    public static DocumentRenderer? Create(NormModel model, RenderOptions options, DiagnosticBag diagnostics)
    {
        var source = TemplateSource.FromFolder(options.TemplatesFolder, diagnostics);
        return source is null ? null : new DocumentRenderer(model, options, source);
    }

    /// <summary>
    /// The kader documents and checklists of the given kaders (and for HTML an index.html and stijl.css). Each kader
    /// shows the norm versions in force on <paramref name="peildatum"/>, or else on its own geldig_vanaf.
    /// </summary>
    public RenderOutput RenderSite(IReadOnlyList<string> kaderIds, DateOnly? peildatum)
    {
        var diagnostics = new DiagnosticBag();
        var files = new List<RenderedFile>();
        var summaries = new List<KaderSamenvatting>();
        if (kaderIds.Count == 0)
        {
            diagnostics.Add(DiagnosticCodes.Rendering.NoKaders, FolderLocation);
        }

        foreach (var id in kaderIds)
        {
            if (!_model.KadersById.TryGetValue(id, out var kader))
            {
                diagnostics.Add(DiagnosticCodes.Rendering.UnknownKader, FolderLocation, id, Suggestions.Hint(id, _model.KadersById.Keys));
                continue;
            }

            var date = peildatum ?? kader.GeldigVanaf;
            if (date is not { } on)
            {
                diagnostics.Add(DiagnosticCodes.Rendering.NoReferenceDate, kader.IdLocation, kader.Id);
                continue;
            }

            var document = new KaderDocumentBuilder(_model, _evaluator, Format).Build(kader, on, diagnostics);
            var checklist = ChecklistBuilder.Build(kader, on, Format);
            summaries.Add(Summary(document));
            var kruimels = new[] { new Kruimel { Tekst = "Overzicht", Pad = SitePaths.Index + Format.Extension() } };

            if (Page("kader", "kader", document, document.Titel, kruimels, $"Versie {document.Versie ?? "zonder nummer"} · peildatum {document.Peildatum}", diagnostics) is { } text)
            {
                files.Add(new RenderedFile(document.Pad, text));
            }

            var checklistKruimels = kruimels.Append(new Kruimel { Tekst = document.Titel, Pad = document.Pad }).ToArray();
            if (Page("checklist", "checklist", checklist, "Checklist " + document.Titel, checklistKruimels, $"Checklist bij {document.Titel} · peildatum {document.Peildatum}", diagnostics) is { } list)
            {
                files.Add(new RenderedFile(checklist.Pad, list));
            }
        }

        if (summaries.Count > 0)
        {
            var overzicht = new OverzichtDocument { Titel = "Toetsingskaders", Kaders = summaries };
            if (Page("index", "overzicht", overzicht, overzicht.Titel, [], null, diagnostics) is { } index)
            {
                files.Insert(0, new RenderedFile(SitePaths.Index + Format.Extension(), index));
            }

            if (Format == DocumentFormat.Html && _engine.LoadText(SitePaths.Stylesheet, diagnostics) is { } css)
            {
                files.Add(new RenderedFile(SitePaths.Stylesheet, css));
            }
        }

        return new RenderOutput(files, DiagnosticBag.Sorted(diagnostics.Items));
    }

    /// <summary>A visit report for one evaluation: Markdown, or a complete HTML page with the stylesheet inside.</summary>
    public RenderOutput RenderReport(EvaluationResult result)
    {
        var diagnostics = new DiagnosticBag();
        var rapport = RapportBuilder.Build(result, _model);
        var body = _engine.Render(TemplateName("rapport"), new Dictionary<string, object> { ["rapport"] = rapport }, diagnostics);
        if (body is not null && Format == DocumentFormat.Markdown)
        {
            body = OutputEscaping.TidyMarkdown(body);
        }
        else if (body is not null)
        {
            var css = _engine.LoadText(SitePaths.Stylesheet, diagnostics);
            body = css is null ? null : Wrap(body, "Bezoekrapport " + rapport.Aanbieder, [], $"Peildatum {rapport.Peildatum}", stylesheet: css, diagnostics);
        }

        var name = "bezoekrapport" + Format.Extension();
        return new RenderOutput(body is null ? [] : [new RenderedFile(name, body)], DiagnosticBag.Sorted(diagnostics.Items));
    }

    private string? Page(string template, string global, object document, string title, IReadOnlyList<Kruimel> kruimels, string? footer, DiagnosticBag diagnostics)
    {
        var body = _engine.Render(TemplateName(template), new Dictionary<string, object> { [global] = document }, diagnostics);
        return body is null ? null
            : Format == DocumentFormat.Markdown ? OutputEscaping.TidyMarkdown(body)
            : Wrap(body, title, kruimels, footer, stylesheet: null, diagnostics);
    }

    private string? Wrap(string body, string title, IReadOnlyList<Kruimel> kruimels, string? footer, string? stylesheet, DiagnosticBag diagnostics)
    {
        var pagina = new PaginaDocument
        {
            Titel = title,
            Site = _options.SiteTitel,
            Stijlblad = stylesheet is null ? SitePaths.Stylesheet : null,
            StijlInline = stylesheet is null ? null : RichText.Raw(stylesheet.Replace("</", "<\\/", StringComparison.Ordinal)),
            Kruimelpad = kruimels,
            Inhoud = RichText.Raw(body),
            Voet = footer,
        };
        return _engine.Render("pagina.html.scriban", new Dictionary<string, object> { ["pagina"] = pagina }, diagnostics);
    }

    private SourceLocation FolderLocation =>
        _options.NormsFolder is { } folder ? new SourceLocation(new SourceFile(folder.Replace('\\', '/'), string.Empty), default) : SourceLocation.None;

    private string TemplateName(string document) => $"{document}.{Format.TemplateSuffix()}.scriban";

    private static KaderSamenvatting Summary(KaderDocument document) => new()
    {
        Id = document.Id,
        Titel = document.Titel,
        Versie = document.Versie,
        Status = document.Status,
        GeldigVanaf = document.GeldigVanaf,
        GeldigVanafIso = document.GeldigVanafIso,
        Doelgroep = document.Doelgroep,
        Peildatum = document.Peildatum,
        PeildatumIso = document.PeildatumIso,
        Omvang = document.Omvang,
        Themas = document.Themas.Select(t => t.Titel).ToList(),
        Pad = document.Pad,
        ChecklistPad = document.ChecklistPad,
    };
}
