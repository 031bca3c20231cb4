using IgjNormen.Citations;
using IgjNormen.Model;

namespace IgjNormen.Coverage;

/// <summary>
/// Computes coverage: every provider-duty unit of every regeling, and every unit a norm cites, with the norms that
/// cite it and the voorbeelden of those norms. With a law corpus, also whether each unit exists in the newest text.
/// </summary>
public static class CoverageCalculator
{
    public static CoverageReport Compute(NormModel model, LawCorpus? corpus = null)
    {
        var citations = model.Norms
            .SelectMany(n => n.AllSources.Where(b => b.IsLaw && b.Artikel is not null).Select(b => (Norm: n, b.Bwb, Unit: new LegalUnit(b.Artikel!, b.Lid))))
            .ToList();
        var laws = new List<LawCoverage>();
        var bwbs = model.Regelingen.Select(r => r.Bwb).Concat(citations.Select(c => c.Bwb!)).Distinct(StringComparer.Ordinal);
        foreach (var bwb in bwbs)
        {
            var regeling = model.Regelingen.FirstOrDefault(r => r.Bwb == bwb);
            var cited = citations.Where(c => c.Bwb == bwb).ToList();
            var afkorting = regeling?.Afkorting ?? model.Norms.SelectMany(n => n.Bronnen).FirstOrDefault(b => b.Bwb == bwb)?.Regeling ?? bwb;
            var newest = corpus?.Versions(bwb) is { Count: > 0 } versions ? versions[^1] : null;

            var units = new List<LegalUnit>();
            foreach (var unit in (regeling?.Plichten ?? []).Concat(cited.Select(c => c.Unit)))
            {
                if (!units.Contains(unit))
                {
                    units.Add(unit);
                }
            }

            var rows = units
                .OrderBy(u => u.Artikel, ArticleComparer.Instance)
                .ThenBy(u => u.Lid ?? string.Empty, ArticleComparer.Instance)
                .Select(unit =>
                {
                    // An article row counts every norm citing the article; a lid row those citing the lid or the whole article.
                    var norms = cited
                        .Where(c => unit.Lid is null ? c.Unit.Artikel == unit.Artikel : unit.IsCoveredBy(c.Unit))
                        .Select(c => c.Norm)
                        .Distinct()
                        .OrderBy(n => n.Id, StringComparer.Ordinal)
                        .ToList();
                    bool? exists = newest is null ? null : Exists(newest, unit);
                    var isDuty = regeling?.Plichten.Any(p => p == unit) ?? false;
                    return new UnitCoverage(unit.Artikel, unit.Lid, isDuty, norms.Select(n => n.Id).ToList(), norms.Sum(n => n.Voorbeelden.Count), exists);
                })
                .ToList();
            laws.Add(new LawCoverage(afkorting, regeling?.Naam ?? afkorting, bwb, rows));
        }

        return new CoverageReport(laws.OrderBy(l => l.Afkorting, StringComparer.Ordinal).ToList());
    }

    private static bool Exists(LawVersion text, LegalUnit unit) =>
        text.Article(unit.Artikel) is { } article && (unit.Lid is null || article.HasLid(unit.Lid));

    /// <summary>Orders article labels naturally: 2 &lt; 2a &lt; 2b &lt; 3 &lt; 8:11 &lt; 8:24 &lt; 11 &lt; 11.0a &lt; 11a.</summary>
    internal sealed class ArticleComparer : IComparer<string>
    {
        public static readonly ArticleComparer Instance = new();

        public int Compare(string? x, string? y)
        {
            var a = Split(x ?? string.Empty);
            var b = Split(y ?? string.Empty);
            for (var i = 0; i < Math.Min(a.Count, b.Count); i++)
            {
                var c = a[i].Number.CompareTo(b[i].Number);
                if (c != 0)
                {
                    return c;
                }

                c = string.CompareOrdinal(a[i].Suffix, b[i].Suffix);
                if (c != 0)
                {
                    return c;
                }
            }

            return a.Count.CompareTo(b.Count);
        }

        private static List<(long Number, string Suffix)> Split(string label)
        {
            var parts = new List<(long, string)>();
            foreach (var part in label.Split(':', '.'))
            {
                var digits = new string(part.TakeWhile(char.IsAsciiDigit).ToArray());
                parts.Add((digits.Length == 0 ? -1 : long.Parse(digits, System.Globalization.CultureInfo.InvariantCulture), part[digits.Length..]));
            }

            return parts;
        }
    }
}
