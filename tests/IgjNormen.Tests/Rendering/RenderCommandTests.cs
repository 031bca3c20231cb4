using IgjNormen.Tests.Support;
using Xunit;

namespace IgjNormen.Tests.Rendering;

/// <summary>igjnormen render and eval --format markdown|html, as a user runs them.</summary>
public sealed class RenderCommandTests : IDisposable
{
    private readonly string _out = Directory.CreateTempSubdirectory("igj-render-").FullName;

    public void Dispose() => Directory.Delete(_out, recursive: true);

    [Fact]
    public void Render_all_writes_a_site()
    {
        var run = CliRunner.Run("render", "--alle", "--normen", RenderFixtures.NormsFolder, "--out", _out);
        Assert.Equal(0, run.Exit);
        Assert.Equal(string.Empty, run.Err);
        Assert.Equal(
            ["index.html", "klachten-en-incidenten-checklist.html", "klachten-en-incidenten.html", "stijl.css"],
            Directory.GetFiles(_out).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.StartsWith("4 bestanden geschreven naar ", run.Out, StringComparison.Ordinal);
        var page = File.ReadAllText(Path.Combine(_out, "klachten-en-incidenten.html"));
        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"nl\">", page, StringComparison.Ordinal);
        Assert.Contains("<link rel=\"stylesheet\" href=\"stijl.css\">", page, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_one_kader_as_markdown_at_a_peildatum()
    {
        var run = CliRunner.Run("render", "--kader", "klachten-en-incidenten", "--normen", RenderFixtures.NormsFolder, "--format", "markdown", "--peildatum", "2023-01-01", "--out", _out);
        Assert.Equal(0, run.Exit);
        Assert.Contains("**Peildatum:** 1 januari 2023", File.ReadAllText(Path.Combine(_out, "klachten-en-incidenten.md")), StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(_out, "klachten-en-incidenten-checklist.md")));
        Assert.True(File.Exists(Path.Combine(_out, "index.md")));
    }

    [Fact]
    public void An_unknown_kader_is_reported_with_a_suggestion_and_nothing_is_written()
    {
        var run = CliRunner.Run("render", "--kader", "klachten-en-incidentn", "--normen", RenderFixtures.NormsFolder, "--out", _out);
        Assert.Equal(1, run.Exit);
        Assert.Contains("error IGJ1807: Onbekend kader 'klachten-en-incidentn'. Bedoelde u 'klachten-en-incidenten'?", run.Err, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(_out));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Either_kader_or_alle(bool both)
    {
        string[] choice = both ? ["--alle", "--kader", "klachten-en-incidenten"] : [];
        var run = CliRunner.Run(["render", "--normen", RenderFixtures.NormsFolder, "--out", _out, .. choice]);
        Assert.Equal(2, run.Exit);
        Assert.Contains("geef --kader <id> of --alle", run.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Out_is_required()
    {
        var run = CliRunner.Run("render", "--alle");
        Assert.Equal(2, run.Exit);
        Assert.Contains("--out", run.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void A_template_error_fails_the_command_with_its_code()
    {
        var templates = Directory.CreateDirectory(Path.Combine(_out, "sjablonen")).FullName;
        File.WriteAllText(Path.Combine(templates, "index.html.scriban"), "<h1>{{ overzicht.titel }}</h1>\n{{ for kader in overzicht.kaders }}\n{{ kader.titel\n");
        var site = Path.Combine(_out, "site");
        var run = CliRunner.Run("render", "--alle", "--normen", RenderFixtures.NormsFolder, "--templates", templates, "--out", site);
        Assert.Equal(1, run.Exit);
        Assert.Contains("index.html.scriban(3,15): error IGJ1801: Het sjabloon '", run.Err, StringComparison.Ordinal);
        Assert.Contains("bevat een fout op regel 3, kolom 15", run.Err, StringComparison.Ordinal);
        Assert.Contains(": error IGJ1801: Het sjabloon '", run.Err, StringComparison.Ordinal);
        Assert.False(Directory.Exists(site));
    }

    [Fact]
    public void Eval_renders_a_markdown_visit_report_through_the_templates()
    {
        var run = CliRunner.Run("eval", Path.Combine(RenderFixtures.BevindingenFolder, "thuiszorg-het-anker.yaml"), "--normen", RenderFixtures.NormsFolder, "--format", "markdown");
        Assert.Equal(0, run.Exit);
        Assert.Equal(RenderFixtures.Report("thuiszorg-het-anker.yaml", IgjNormen.Rendering.DocumentFormat.Markdown), run.Out);
        Assert.StartsWith("# Bezoekrapport Thuiszorg Het Anker\n", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Eval_renders_a_complete_html_page_with_the_stylesheet_inside()
    {
        var run = CliRunner.Run("eval", Path.Combine(RenderFixtures.BevindingenFolder, "thuiszorg-het-anker.yaml"), "--normen", RenderFixtures.NormsFolder, "--format", "html");
        Assert.Equal(0, run.Exit);
        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"nl\">", run.Out, StringComparison.Ordinal);
        Assert.Contains("<style>", run.Out, StringComparison.Ordinal);
        Assert.Contains("@page { size: A4;", run.Out, StringComparison.Ordinal);
        Assert.Contains("<h1>Thuiszorg Het Anker</h1>", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("<link rel=\"stylesheet\"", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Eval_html_takes_one_bevindingen_file()
    {
        var file = Path.Combine(RenderFixtures.BevindingenFolder, "thuiszorg-het-anker.yaml");
        var run = CliRunner.Run("eval", file, file, "--normen", RenderFixtures.NormsFolder, "--format", "html");
        Assert.Equal(2, run.Exit);
        Assert.Contains("één bestand met bevindingen", run.Err, StringComparison.Ordinal);
    }
}
