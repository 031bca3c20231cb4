using IgjNormen.Diagnostics;
using IgjNormen.Evaluation;
using IgjNormen.Findings;
using IgjNormen.Loading;
using IgjNormen.Model;
using IgjNormen.Rendering;
using IgjNormen.Tests.Support;
using Xunit;

namespace IgjNormen.Tests.Rendering;

/// <summary>
/// The fixed fixtures the rendering tests use: a copy of the shipped norms and samples (so snapshots do not move when
/// norms/ grows) and a kader that tries to inject HTML and JavaScript.
/// </summary>
internal static class RenderFixtures
{
    public static string NormsFolder { get; } = RepositoryRoot.Combine("tests", "IgjNormen.Tests", "Fixtures", "render-norms");

    public static string InjectionFolder { get; } = RepositoryRoot.Combine("tests", "IgjNormen.Tests", "Fixtures", "render-injection");

    public static string BevindingenFolder { get; } = RepositoryRoot.Combine("tests", "IgjNormen.Tests", "Fixtures", "render-bevindingen");

    private static readonly Lazy<NormModel> NormsModel = new(() => Load(NormsFolder));
    private static readonly Lazy<NormModel> InjectionModel = new(() => Load(InjectionFolder));

    public static NormModel Norms => NormsModel.Value;

    public static NormModel Injection => InjectionModel.Value;

    public static NormModel Load(string folder)
    {
        var loaded = NormModelLoader.LoadFolder(folder);
        Assert.Empty(loaded.Diagnostics.Where(d => d.IsError).Select(d => d.ToString()));
        return loaded.Model;
    }

    public static DocumentRenderer Renderer(NormModel model, DocumentFormat format, string? templates = null)
    {
        var diagnostics = new DiagnosticBag();
        var renderer = DocumentRenderer.Create(model, new RenderOptions { Format = format, TemplatesFolder = templates }, diagnostics);
        Assert.Empty(diagnostics.Items);
        return renderer!;
    }

    /// <summary>Every kader of the model, rendered; fails on any error.</summary>
    public static RenderOutput Site(NormModel model, DocumentFormat format, DateOnly? peildatum = null)
    {
        var output = Renderer(model, format).RenderSite(model.Kaders.Select(k => k.Id).ToList(), peildatum);
        Assert.Empty(output.Diagnostics.Where(d => d.IsError).Select(d => d.ToString()));
        return output;
    }

    /// <summary>The visit report for a fixture bevindingen file.</summary>
    public static string Report(string bevindingen, DocumentFormat format)
    {
        var diagnostics = new DiagnosticBag();
        var read = BevindingenReader.ReadFile(Path.Combine(BevindingenFolder, bevindingen), Norms, diagnostics);
        Assert.Empty(diagnostics.Items.Select(d => d.ToString()));
        var result = new Evaluator(Norms).Evaluate(read!);
        var output = Renderer(Norms, format).RenderReport(result);
        Assert.Empty(output.Diagnostics.Select(d => d.ToString()));
        return output.Files.Single().Content;
    }
}
