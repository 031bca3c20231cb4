using IgjNormen.Diagnostics;
using IgjNormen.Rendering;
using Xunit;

namespace IgjNormen.Tests.Rendering;

/// <summary>An organisation's own templates: used when present, safe limits, and errors as coded Dutch messages.</summary>
public sealed class TemplateTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("igj-sjablonen-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void An_own_template_replaces_the_embedded_one_and_the_rest_stays()
    {
        Write("kader.md.scriban", "Eigen kader: {{ kader.titel }} ({{ kader.themas.size }} thema's)\n");
        var output = Render(DocumentFormat.Markdown);
        Assert.Empty(output.Diagnostics);
        Assert.Equal("Eigen kader: Klachten en incidenten (3 thema's)\n", output["klachten-en-incidenten.md"]);
        Assert.StartsWith("# Checklist: Klachten en incidenten", output["klachten-en-incidenten-checklist.md"], StringComparison.Ordinal);
    }

    [Fact]
    public void Values_are_escaped_in_own_templates_too()
    {
        Write("kader.html.scriban", "<p>{{ '<script>x</script>' }} {{ kader.titel | string.upcase }}</p>{{ igj.code '<b>' }}");
        var output = Render(DocumentFormat.Html);
        Assert.Empty(output.Diagnostics);
        Assert.Contains("<p>&lt;script&gt;x&lt;/script&gt; KLACHTEN EN INCIDENTEN</p><code>&lt;b&gt;</code>", output["klachten-en-incidenten.html"], StringComparison.Ordinal);
    }

    [Fact]
    public void A_syntax_error_names_the_template_line_and_column()
    {
        Write("kader.md.scriban", "# {{ kader.titel }}\n{{ for thema in kader.themas }}\n{{ thema.titel \n");
        var error = SingleError(Render(DocumentFormat.Markdown));
        Assert.Equal("IGJ1801", error.Code);
        Assert.StartsWith($"Het sjabloon '{Shown("kader.md.scriban")}' bevat een fout op regel 3, kolom ", error.Message, StringComparison.Ordinal);
        Assert.Equal(Shown("kader.md.scriban"), error.Location.Path);
        Assert.Equal(3, error.Location.Start.Line);
    }

    [Fact]
    public void An_unknown_variable_is_an_error_with_its_place()
    {
        Write("kader.md.scriban", "# {{ kader.titel }}\n\n{{ kadr.titel }}\n");
        var error = SingleError(Render(DocumentFormat.Markdown));
        Assert.Equal("IGJ1802", error.Code);
        Assert.Contains($"Het sjabloon '{Shown("kader.md.scriban")}' faalt bij het invullen op regel 3, kolom 4", error.Message, StringComparison.Ordinal);
        Assert.Contains("kadr", error.Message, StringComparison.Ordinal);
        Assert.Equal($"{Shown("kader.md.scriban")}(3,4): error IGJ1802: {error.Message}", error.ToString());
    }

    [Fact]
    public void An_endless_loop_stops_at_the_loop_limit()
    {
        Write("kader.md.scriban", "{{ for i in 1..1000000 }}x{{ end }}");
        var error = SingleError(Render(DocumentFormat.Markdown));
        Assert.Equal("IGJ1803", error.Code);
        Assert.Contains("veiligheidslimiet (hoogstens 20000 herhalingen per lus)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Endless_recursion_stops_at_the_recursion_limit()
    {
        Write("kader.md.scriban", "{{ func f(n); ret f(n + 1); end; f(1) }}");
        var error = SingleError(Render(DocumentFormat.Markdown));
        Assert.Equal("IGJ1803", error.Code);
        Assert.Contains("geneste aanroepen", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Includes_come_from_the_folder_or_the_embedded_templates()
    {
        Write("_kop.md.scriban", "Kop uit de eigen map voor {{ kader.id }}.");
        Write("kader.md.scriban", "{{ include '_kop.md.scriban' }}\n{{ for thema in kader.themas }}{{ for norm in thema.normen limit: 1 }}{{ include '_norm.md.scriban' }}{{ end }}{{ break }}{{ end }}");
        var output = Render(DocumentFormat.Markdown);
        Assert.Empty(output.Diagnostics);
        Assert.StartsWith("Kop uit de eigen map voor klachten-en-incidenten.\n### 1.1 Kwaliteitssysteem", output["klachten-en-incidenten.md"], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("../geheim.txt")]
    [InlineData("/etc/passwd")]
    [InlineData("sub/dir.scriban")]
    public void Templates_cannot_read_outside_the_templates_folder(string name)
    {
        Write("kader.md.scriban", $"{{{{ include '{name}' }}}}");
        var error = SingleError(Render(DocumentFormat.Markdown));
        Assert.Equal("IGJ1805", error.Code);
        Assert.StartsWith($"Het sjabloon '{name}' mag niet worden geladen", error.Message, StringComparison.Ordinal);
        Assert.Equal(Shown("kader.md.scriban"), error.Location.Path);
    }

    [Fact]
    public void A_link_out_of_the_folder_is_refused()
    {
        var outside = Path.Combine(Path.GetTempPath(), "igj-buiten-" + Guid.NewGuid().ToString("N") + ".scriban");
        File.WriteAllText(outside, "geheim");
        try
        {
            File.CreateSymbolicLink(Path.Combine(_folder, "link.scriban"), outside);
            Write("kader.md.scriban", "{{ include 'link.scriban' }}");
            var error = SingleError(Render(DocumentFormat.Markdown));
            Assert.Equal("IGJ1805", error.Code);
            Assert.Contains("buiten de sjablonenmap", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(outside);
        }
    }

    [Fact]
    public void A_missing_template_is_named()
    {
        Write("kader.md.scriban", "{{ include 'bestaat-niet.scriban' }}");
        var error = SingleError(Render(DocumentFormat.Markdown));
        Assert.Equal("IGJ1804", error.Code);
        Assert.Contains("'bestaat-niet.scriban' bestaat niet in de sjablonenmap", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_syntax_error_in_an_included_template_names_that_template()
    {
        Write("_stuk.md.scriban", "ok\n{{ if }}\n");
        Write("kader.md.scriban", "{{ include '_stuk.md.scriban' }}");
        var output = Render(DocumentFormat.Markdown);
        var error = output.Diagnostics.First(d => d.IsError);
        Assert.Equal("IGJ1801", error.Code);
        Assert.StartsWith($"Het sjabloon '{Shown("_stuk.md.scriban")}' bevat een fout op regel 2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_clock_is_not_available_to_templates()
    {
        Write("kader.md.scriban", "{{ date.now }}");
        Assert.Equal("IGJ1802", SingleError(Render(DocumentFormat.Markdown)).Code);
    }

    [Fact]
    public void A_missing_templates_folder_is_reported()
    {
        var diagnostics = new DiagnosticBag();
        var renderer = DocumentRenderer.Create(RenderFixtures.Norms, new RenderOptions { TemplatesFolder = Path.Combine(_folder, "bestaat-niet") }, diagnostics);
        Assert.Null(renderer);
        Assert.Equal("IGJ1806", Assert.Single(diagnostics.Items).Code);
    }

    [Fact]
    public void Every_embedded_template_parses()
    {
        foreach (var format in new[] { DocumentFormat.Markdown, DocumentFormat.Html })
        {
            Assert.Empty(RenderFixtures.Site(RenderFixtures.Norms, format).Diagnostics);
        }

        Assert.Contains("stijl.css", IgjNormen.Rendering.Templating.TemplateSource.EmbeddedNames);
    }

    private string Shown(string name) => Path.Combine(_folder, name).Replace('\\', '/');

    private void Write(string name, string text) => File.WriteAllText(Path.Combine(_folder, name), text);

    private RenderOutput Render(DocumentFormat format) =>
        RenderFixtures.Renderer(RenderFixtures.Norms, format, _folder).RenderSite(["klachten-en-incidenten"], null);

    private static Diagnostic SingleError(RenderOutput output)
    {
        Assert.True(output.HasErrors, "er had een fout moeten zijn");
        return Assert.Single(output.Diagnostics, d => d.IsError);
    }
}
