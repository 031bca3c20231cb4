using System.Globalization;
using IgjNormen.Diagnostics;
using IgjNormen.Model;
using IgjNormen.Text;

namespace IgjNormen.Citations;

/// <summary>
/// Checks every law citation of every norm version against the consolidated texts: the cited article, lid and
/// onderdeel must exist in the text in force on geldig_vanaf, and in every later text that takes effect while the
/// version still holds (an open-ended version citing an article that was later removed or renumbered is an error).
/// When the corpus has no text as old as geldig_vanaf, the oldest text it has stands in for it. When the text in force
/// on geldig_vanaf is older than that date and lacks the unit while the next text has it, the corpus cannot decide:
/// that is a warning (IGJ1705).
/// </summary>
public static class CitationChecker
{
    public static IReadOnlyList<Diagnostic> Check(NormModel model, LawCorpus corpus)
    {
        var diagnostics = new DiagnosticBag();
        var warnedLaws = new HashSet<string>(StringComparer.Ordinal);
        foreach (var norm in model.Norms)
        {
            foreach (var version in norm.Versies)
            {
                foreach (var source in norm.SourcesOf(version).Where(s => s.IsLaw && s.Artikel is not null))
                {
                    var texts = corpus.Versions(source.Bwb!);
                    if (texts.Count == 0)
                    {
                        if (warnedLaws.Add(source.Bwb!))
                        {
                            diagnostics.Add(DiagnosticCodes.Citations.LawNotInCorpus, source.Location, source.Regeling ?? source.Bwb, source.Bwb);
                        }

                        continue;
                    }

                    CheckVersion(source, version, texts, diagnostics);
                }
            }
        }

        return DiagnosticBag.Sorted(diagnostics.Items);
    }

    private static void CheckVersion(Source source, NormVersion version, IReadOnlyList<LawVersion> texts, DiagnosticBag diagnostics)
    {
        var first = texts.LastOrDefault(t => t.ValidFrom <= version.GeldigVanaf) ?? texts[0];
        var law = source.Regeling ?? source.Bwb!;
        var which = first.ValidFrom <= version.GeldigVanaf
            ? $"de tekst die gold op {Format(version.GeldigVanaf)} (geldig vanaf {Format(first.ValidFrom)})"
            : $"de oudste beschikbare tekst (geldig vanaf {Format(first.ValidFrom)}; er is geen tekst van {Format(version.GeldigVanaf)})";
        if (Missing(source, first) is { } problem)
        {
            // The corpus may lack the consolidation that took effect on geldig_vanaf: if the unit appears in the next
            // text we have, it may well have been added in between. That cannot be decided: a warning, not an error.
            var next = texts.FirstOrDefault(t => t.ValidFrom > first.ValidFrom);
            if (first.ValidFrom < version.GeldigVanaf && next is not null && Missing(source, next) is null)
            {
                var part = problem.Part is null ? string.Empty : " " + problem.Part;
                diagnostics.Add(DiagnosticCodes.Citations.Unverifiable, source.Location, law, source.Artikel, part, Format(first.ValidFrom), Format(next.ValidFrom), Format(version.GeldigVanaf));
                return;
            }

            if (problem.Part is null)
            {
                var hint = Suggestions.Hint(source.Artikel!, first.Articles.Select(a => a.Label));
                diagnostics.Add(DiagnosticCodes.Citations.UnknownArticle, source.Location, law, source.Artikel, which, hint);
            }
            else
            {
                diagnostics.Add(DiagnosticCodes.Citations.UnknownPart, source.Location, law, source.Artikel, problem.Part, which);
            }

            return;
        }

        foreach (var later in texts.Where(t => t.ValidFrom > first.ValidFrom && t.ValidFrom > version.GeldigVanaf && (version.End is null || t.ValidFrom < version.End)))
        {
            if (Missing(source, later) is { } gone)
            {
                var what = gone.Part is null ? string.Empty : " " + gone.Part;
                diagnostics.Add(DiagnosticCodes.Citations.RemovedLater, source.Location, law, source.Artikel, what, Format(later.ValidFrom));
                return;
            }
        }
    }

    /// <summary>Null when the cited unit exists; else what is missing (Part null: the article itself).</summary>
    private static (string? Part, bool Missing)? Missing(Source source, LawVersion text)
    {
        var article = text.Article(source.Artikel!);
        if (article is null)
        {
            return (null, true);
        }

        if (source.Lid is { } lid && !article.HasLid(lid))
        {
            return ($"lid {lid}", true);
        }

        if (source.Onderdeel is { } onderdeel && !article.HasOnderdeel(source.Lid, onderdeel))
        {
            return (source.Lid is null ? $"onderdeel {onderdeel}" : $"lid {source.Lid} onderdeel {onderdeel}", true);
        }

        return null;
    }

    private static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
