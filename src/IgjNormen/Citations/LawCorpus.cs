using System.Globalization;
using System.Text.RegularExpressions;
using IgjNormen.Diagnostics;
using IgjNormen.Yaml;

namespace IgjNormen.Citations;

/// <summary>
/// Consolidated law texts in the YAML format of the government's regelrecht corpus: one file per law per valid_from
/// date, with bwb_id, valid_from and articles (number, text, url). Both forms of that corpus are read: an entry per
/// article with the leden in its text ("1 De zorgaanbieder …"), and an entry per lid or onderdeel ("8:24.1.a").
/// The article of an entry is taken from its url anchor (#Artikel824), which is unambiguous.
/// </summary>
public sealed partial class LawCorpus
{
    private readonly Dictionary<string, List<LawVersion>> _versions;

    private LawCorpus(Dictionary<string, List<LawVersion>> versions) => _versions = versions;

    public IReadOnlyCollection<string> Laws => _versions.Keys;

    /// <summary>All versions of a law, oldest first.</summary>
    public IReadOnlyList<LawVersion> Versions(string bwb) => _versions.TryGetValue(bwb, out var list) ? list : [];

    /// <summary>The text in force on a date: the newest version with valid_from on or before it.</summary>
    public LawVersion? VersionOn(string bwb, DateOnly date) =>
        Versions(bwb).LastOrDefault(v => v.ValidFrom <= date);

    /// <summary>Reads every *.yaml under a folder that has a bwb_id (other files are skipped).</summary>
    public static LawCorpus Load(string folder, DiagnosticBag diagnostics)
    {
        var versions = new Dictionary<string, List<LawVersion>>(StringComparer.Ordinal);
        var files = Directory.EnumerateFiles(folder, "*.yaml", SearchOption.AllDirectories).Order(StringComparer.Ordinal);
        foreach (var path in files)
        {
            var local = new DiagnosticBag();
            var source = SourceFileReader.Read(path, local, displayPath: path);
            if (source is null || !source.Text.Contains("bwb_id:", StringComparison.Ordinal))
            {
                continue;
            }

            var root = YamlReader.Read(source, local);
            if (root is YMapping mapping && Read(mapping, path) is { } version)
            {
                if (!versions.TryGetValue(version.Bwb, out var list))
                {
                    list = [];
                    versions.Add(version.Bwb, list);
                }

                list.Add(version);
            }
            else
            {
                diagnostics.AddRange(local.Items);
            }
        }

        foreach (var list in versions.Values)
        {
            list.Sort((a, b) => a.ValidFrom.CompareTo(b.ValidFrom));
        }

        return new LawCorpus(versions);
    }

    private static LawVersion? Read(YMapping root, string path)
    {
        if (root["bwb_id"] is not YScalar bwb || root["valid_from"] is not YScalar validFrom ||
            !DateOnly.TryParseExact(validFrom.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return null;
        }

        var articles = new Dictionary<string, LawArticle>(StringComparer.Ordinal);
        if (root["articles"] is YSequence items)
        {
            foreach (var item in items.Items.OfType<YMapping>())
            {
                AddEntry(item, articles);
            }
        }

        return new LawVersion(bwb.Value, date, path, articles);
    }

    private static void AddEntry(YMapping entry, Dictionary<string, LawArticle> articles)
    {
        if (entry["number"] is not YScalar number)
        {
            return;
        }

        var url = (entry["url"] as YScalar)?.Value ?? string.Empty;
        var anchor = url.LastIndexOf("#Artikel", StringComparison.Ordinal) is var at and >= 0 ? url[(at + 8)..] : null;
        var parts = number.Value.Split('.');

        // The article is the shortest prefix of the number whose key equals the anchor (or the whole first part).
        var take = 1;
        if (anchor is not null)
        {
            var key = LawArticle.Key(anchor);
            for (var i = 1; i <= parts.Length; i++)
            {
                if (LawArticle.Key(string.Join('.', parts.Take(i))) == key)
                {
                    take = i;
                    break;
                }
            }
        }

        var label = string.Join('.', parts.Take(take));
        if (!articles.TryGetValue(LawArticle.Key(label), out var article))
        {
            article = new LawArticle(label);
            articles.Add(LawArticle.Key(label), article);
        }

        var rest = parts.Skip(take).ToArray();
        if (rest.Length == 0)
        {
            AddInline((entry["text"] as YScalar)?.Value ?? string.Empty, article);
            return;
        }

        // number = artikel.lid[.onderdeel[.sub]] or, without leden, artikel.onderdeel
        string? lid = null;
        var index = 0;
        if (LidPattern().IsMatch(rest[0]))
        {
            lid = rest[0];
            article.AddLid(lid);
            index = 1;
        }

        if (index < rest.Length && OnderdeelPattern().IsMatch(rest[index]))
        {
            article.AddOnderdeel(lid, rest[index]);
        }
    }

    /// <summary>An article entry with its leden as paragraphs "1 …", "2 …" and onderdelen as "a. …".</summary>
    private static void AddInline(string text, LawArticle article)
    {
        string? lid = null;
        var paragraphStart = true;
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (line.Trim().Length == 0)
            {
                paragraphStart = true;
                continue;
            }

            if (paragraphStart)
            {
                var lidMatch = InlineLid().Match(line);
                var onderdeelMatch = InlineOnderdeel().Match(line);
                if (lidMatch.Success)
                {
                    lid = lidMatch.Groups[1].Value;
                    article.AddLid(lid);
                }
                else if (onderdeelMatch.Success)
                {
                    article.AddOnderdeel(lid, onderdeelMatch.Groups[1].Value);
                }
            }

            paragraphStart = false;
        }
    }

    [GeneratedRegex("^[0-9]+[a-z]?$", RegexOptions.CultureInvariant)]
    private static partial Regex LidPattern();

    [GeneratedRegex("^[a-z]{1,3}$", RegexOptions.CultureInvariant)]
    private static partial Regex OnderdeelPattern();

    [GeneratedRegex("^([0-9]+[a-z]?) \\S", RegexOptions.CultureInvariant)]
    private static partial Regex InlineLid();

    [GeneratedRegex("^-?\\s*([a-z]{1,3})\\. ", RegexOptions.CultureInvariant)]
    private static partial Regex InlineOnderdeel();
}
