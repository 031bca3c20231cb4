using System.Text.RegularExpressions;
using IgjNormen.Diagnostics;
using IgjNormen.Rendering.Documents;
using IgjNormen.Rendering.Templating;
using IgjNormen.Tests.Support;
using Xunit;

namespace IgjNormen.Tests.Rendering;

/// <summary>docs/templates.md is the contract for organisations that write templates: it must name every field.</summary>
public class TemplateDocumentationTests
{
    [Fact]
    public void Every_field_of_the_document_model_is_documented()
    {
        var docs = File.ReadAllText(RepositoryRoot.Combine("docs", "templates.md"));
        var types = typeof(KaderDocument).Assembly.GetTypes().Where(t => ScriptModel.IsDocument(t) && t.IsPublic && !t.IsEnum).ToList();
        Assert.NotEmpty(types);
        var missing = types
            .SelectMany(t => ScriptModel.Properties(t).Select(p => (Type: t.Name, Name: ScriptModel.SnakeCase(p.Name))))
            .Where(f => !Regex.IsMatch(docs, $@"`{Regex.Escape(f.Name)}`"))
            .Select(f => $"{f.Type}.{f.Name}")
            .ToList();
        Assert.Empty(missing);
    }

    [Fact]
    public void Every_embedded_template_is_documented()
    {
        var docs = File.ReadAllText(RepositoryRoot.Combine("docs", "templates.md"));
        Assert.All(TemplateSource.EmbeddedNames, name => Assert.Contains($"`{name}`", docs, StringComparison.Ordinal));
    }

    [Fact]
    public void Every_rendering_diagnostic_is_documented()
    {
        var docs = File.ReadAllText(RepositoryRoot.Combine("docs", "diagnostics.md"));
        var codes = DiagnosticCodes.All.Where(d => d.Code.StartsWith("IGJ18", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(codes);
        Assert.All(codes, d => Assert.Contains(d.Code, docs, StringComparison.Ordinal));
    }
}
