using System.Diagnostics;
using IgjNormen.Tests.Support;
using Xunit;

namespace IgjNormen.Tests.Rendering;

/// <summary>
/// The HTML site opened in a real browser (Debian's headless Chromium): the headings, every internal link and anchor,
/// and that nothing injected through a norm file runs. Screenshots go to the test output and to
/// artifacts/screenshots/ (which CI keeps). Without Chromium the tests fail: CI installs it (.ci/run).
/// </summary>
public sealed class ChromiumTests : IDisposable
{
    private const string ChromiumPath = "/usr/bin/chromium";
    private readonly string _work = Directory.CreateTempSubdirectory("igj-chromium-").FullName;

    public void Dispose() => Directory.Delete(_work, recursive: true);

    [Fact]
    public void The_site_has_ordered_headings_and_working_internal_links()
    {
        var site = RenderSite(RenderFixtures.NormsFolder, "site");
        // One browser run per page gives its DOM after loading and a screenshot.
        var pages = Directory.GetFiles(site, "*.html").Order(StringComparer.Ordinal)
            .ToDictionary(p => Path.GetFileName(p), p => Open(p, Path.GetFileNameWithoutExtension(p) + ".png"));
        Assert.Equal(["index.html", "klachten-en-incidenten-checklist.html", "klachten-en-incidenten.html"], pages.Keys);

        var index = pages["index.html"];
        Assert.Equal(["Toetsingskaders"], Headings(index, 1));
        Assert.Equal(["Klachten en incidenten"], Headings(index, 2));

        var kader = pages["klachten-en-incidenten.html"];
        Assert.Equal(["Klachten en incidenten"], Headings(kader, 1));
        Assert.Equal(["Inhoud", "Inleiding", "1 Kwaliteitssysteem", "2 Klachtenbehandeling", "3 Incidenten en meldingen", "Bronnen"], Headings(kader, 2));
        Assert.Contains("2.4 Schriftelijk en gemotiveerd oordeel over een klacht binnen de termijn", Headings(kader, 3));

        var checklist = pages["klachten-en-incidenten-checklist.html"];
        Assert.Equal(["Klachten en incidenten"], Headings(checklist, 1));
        Assert.Equal(["1 Kwaliteitssysteem", "2 Klachtenbehandeling", "3 Incidenten en meldingen"], Headings(checklist, 2));

        foreach (var (name, dom) in pages)
        {
            Assert.Equal("nl", dom.Descendants().Single(e => e.Name == "html")["lang"]);
            Assert.Single(dom.Descendants(), e => e.Name == "link" && e["rel"] == "stylesheet" && e["href"] == "stijl.css");
            AssertHeadingOrder(name, dom);
            AssertNothingExecutable(name, dom);
            AssertInternalLinksResolve(name, dom, pages);
        }
    }

    [Fact]
    public void Script_injected_through_a_norm_file_does_not_run()
    {
        var site = RenderSite(RenderFixtures.InjectionFolder, "injectie");
        var pages = Directory.GetFiles(site, "*.html").Order(StringComparer.Ordinal)
            .ToDictionary(p => Path.GetFileName(p), p => Open(p, p.EndsWith("injectie.html", StringComparison.Ordinal) ? "injectie.png" : null));
        var kader = pages["injectie.html"];

        // The injected scripts would set the title, add <p id="gehackt"> or set data-gehackt on the body.
        Assert.Equal("Kader <script>document.title='GEHACKT'</script>", kader.Descendants().Single(e => e.Name == "title").Text);
        foreach (var (name, dom) in pages)
        {
            Assert.DoesNotContain(dom.Descendants(), e => e["id"] == "gehackt");
            Assert.DoesNotContain(dom.Descendants(), e => e.Attributes.ContainsKey("data-gehackt"));
            AssertNothingExecutable(name, dom);
            AssertHeadingOrder(name, dom);
            AssertInternalLinksResolve(name, dom, pages);
        }

        // The markup is there as text, for the reader to see.
        var toelichting = kader.Descendants().First(e => e.Name == "div" && e["class"] == "toelichting" && e.Text.Contains("GEHACKT", StringComparison.Ordinal));
        Assert.Contains("<script>document.title = 'GEHACKT';", toelichting.Text, StringComparison.Ordinal);
        Assert.Contains("<img src=\"x\" onerror=", toelichting.Text, StringComparison.Ordinal);
    }

    private string RenderSite(string norms, string name)
    {
        var folder = Path.Combine(_work, name);
        var run = CliRunner.Run("render", "--alle", "--normen", norms, "--out", folder);
        Assert.True(run.Exit == 0, run.Err);
        return folder;
    }

    private static string Chromium()
    {
        Assert.True(
            File.Exists(ChromiumPath),
            $"Chromium ontbreekt ({ChromiumPath}). Installeer het Debian-pakket: apt-get update && apt-get install -y chromium. " +
            "Deze test controleert de HTML-site in een echte browser en wordt niet overgeslagen.");
        return ChromiumPath;
    }

    private string RunChromium(params string[] arguments)
    {
        var profile = Directory.CreateTempSubdirectory("igj-chromium-profiel-").FullName;
        try
        {
            var start = new ProcessStartInfo(Chromium())
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var argument in new[]
            {
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--disable-extensions", "--disable-dev-shm-usage", $"--user-data-dir={profile}",
            }.Concat(arguments))
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromSeconds(90)))
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail($"Chromium reageerde niet binnen 90 seconden: {string.Join(' ', arguments)}");
            }

            Assert.True(process.ExitCode == 0, $"Chromium stopte met code {process.ExitCode}: {errors.Result}");
            return output.Result;
        }
        finally
        {
            Directory.Delete(profile, recursive: true);
        }
    }

    /// <summary>Loads the page in Chromium: its DOM after loading (and running anything that would run), and optionally a PNG screenshot.</summary>
    private DomElement Open(string page, string? screenshot)
    {
        var arguments = new List<string> { "--dump-dom" };
        string? path = null;
        if (screenshot is not null)
        {
            var own = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "screenshots")).FullName;
            path = Path.Combine(own, screenshot);
            arguments.AddRange([$"--screenshot={path}", "--window-size=1280,2400", "--hide-scrollbars"]);
        }

        arguments.Add(new Uri(page).AbsoluteUri);
        var dom = RunChromium([.. arguments]);
        Assert.Contains("</html>", dom, StringComparison.Ordinal);
        if (path is not null)
        {
            var bytes = File.ReadAllBytes(path);
            Assert.True(bytes.Length > 1000 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G', $"geen PNG: {path}");

            // CI keeps artifacts/: the screenshots are there to look at after a run.
            var kept = Directory.CreateDirectory(RepositoryRoot.Combine("artifacts", "screenshots")).FullName;
            File.Copy(path, Path.Combine(kept, screenshot!), overwrite: true);
        }

        return SerializedDom.Parse(dom);
    }

    private static List<string> Headings(DomElement dom, int level) =>
        dom.Descendants().Where(e => e.Name == "h" + level.ToString(System.Globalization.CultureInfo.InvariantCulture)).Select(e => e.Text).ToList();

    /// <summary>No script, frame, object or image element, no event-handler attribute, no unsafe address.</summary>
    private static void AssertNothingExecutable(string page, DomElement dom)
    {
        foreach (var element in dom.Descendants())
        {
            Assert.False(element.Name is "script" or "iframe" or "object" or "embed" or "img", $"{page}: element <{element.Name}>");
            foreach (var (attribute, value) in element.Attributes)
            {
                Assert.False(attribute.StartsWith("on", StringComparison.Ordinal), $"{page}: attribuut {attribute} op <{element.Name}>");
                if (attribute is "href" or "src" or "action" or "formaction")
                {
                    Assert.True(IgjNormen.Rendering.UrlSafety.IsSafe(value), $"{page}: onveilig adres '{value}' op <{element.Name}>");
                }
            }
        }
    }

    /// <summary>One h1, and no heading more than one level deeper than the one before it.</summary>
    private static void AssertHeadingOrder(string page, DomElement dom)
    {
        var levels = dom.Descendants()
            .Where(e => e.Name.Length == 2 && e.Name[0] == 'h' && e.Name[1] is >= '1' and <= '6')
            .Select(e => e.Name[1] - '0')
            .ToList();
        Assert.True(levels.Count(l => l == 1) == 1, $"{page}: verwacht precies één h1");
        Assert.Equal(1, levels[0]);
        for (var i = 1; i < levels.Count; i++)
        {
            Assert.True(levels[i] <= levels[i - 1] + 1, $"{page}: h{levels[i - 1]} gevolgd door h{levels[i]} (kop {i + 1})");
        }
    }

    /// <summary>Every link to a page of the site names an existing page, and its #anker an element id on that page.</summary>
    private static void AssertInternalLinksResolve(string page, DomElement dom, IReadOnlyDictionary<string, DomElement> pages)
    {
        var checkedLinks = 0;
        foreach (var href in dom.Descendants().Where(e => e.Name == "a" && e["href"] is not null).Select(e => e["href"]!))
        {
            if (href.StartsWith("https://", StringComparison.Ordinal) || href.StartsWith("http://", StringComparison.Ordinal) || href.StartsWith("mailto:", StringComparison.Ordinal))
            {
                continue;
            }

            var hash = href.IndexOf('#', StringComparison.Ordinal);
            var file = hash < 0 ? href : href[..hash];
            var target = file.Length == 0 ? page : file;
            Assert.True(pages.ContainsKey(target), $"{page}: link naar '{href}': pagina '{target}' bestaat niet");
            if (hash >= 0)
            {
                var anchor = Uri.UnescapeDataString(href[(hash + 1)..]);
                Assert.True(
                    pages[target].Descendants().Any(e => e["id"] == anchor),
                    $"{page}: link naar '{href}': geen element met id '{anchor}' op {target}");
            }

            checkedLinks++;
        }

        Assert.True(checkedLinks > 0, $"{page}: geen interne links gevonden");
    }
}
