using System.Globalization;
using IgjNormen.Evaluation;
using IgjNormen.Model;
using IgjNormen.Results;

namespace IgjNormen.Cli.Output;

/// <summary>
/// <c>eval --format samenvatting</c>: per kader, how many providers got which oordeel on each norm, and how many
/// providers have at least one shortfall.
/// </summary>
internal sealed class SummaryTable(Evaluator evaluator)
{
    private static readonly string[] Headings = ["voldoet", "grotendeels", "grotendeels niet", "niet", "n.v.t.", "n.t.b.", "niet van kracht"];

    private readonly SortedDictionary<string, KaderCounts> _kaders = new(StringComparer.Ordinal);

    public void Add(EvaluationResult result)
    {
        var key = result.KaderId ?? string.Empty;
        if (!_kaders.TryGetValue(key, out var counts))
        {
            var norms = evaluator.NormsOf(result.KaderId);
            counts = new KaderCounts(result.KaderTitel ?? "Alle normen", result.KaderVersie, [.. norms.Select(n => n.Id)]);
            _kaders.Add(key, counts);
        }

        counts.Providers++;
        counts.WithShortfall += result.Tekortkomingen.Count > 0 ? 1 : 0;
        for (var i = 0; i < result.Normen.Count; i++)
        {
            counts.Verdicts[i, (int)result.Normen[i].Oordeel]++;
        }
    }

    public void Write(TextWriter w, int files)
    {
        var evaluated = _kaders.Values.Sum(k => k.Providers);
        w.WriteLine($"{evaluated} van {files} {(files == 1 ? "bestand" : "bestanden")} beoordeeld.");
        foreach (var (id, counts) in _kaders)
        {
            w.WriteLine();
            var name = id.Length == 0 ? counts.Titel : $"{counts.Titel} ({id}{(counts.Versie is null ? string.Empty : ", versie " + counts.Versie)})";
            w.WriteLine($"{name}: {counts.Providers} {(counts.Providers == 1 ? "aanbieder" : "aanbieders")}, {counts.WithShortfall} met tekortkomingen");
            var width = Math.Max(4, counts.NormIds.Max(n => n.Length));
            w.WriteLine("norm".PadRight(width) + string.Concat(Headings.Select(h => "  " + h)));
            for (var n = 0; n < counts.NormIds.Length; n++)
            {
                var line = counts.NormIds[n].PadRight(width);
                for (var o = 0; o < Headings.Length; o++)
                {
                    line += "  " + counts.Verdicts[n, o].ToString(CultureInfo.InvariantCulture).PadLeft(Headings[o].Length);
                }

                w.WriteLine(line);
            }
        }
    }

    private sealed class KaderCounts(string titel, string? versie, string[] normIds)
    {
        public string Titel { get; } = titel;

        public string? Versie { get; } = versie;

        public string[] NormIds { get; } = normIds;

        public int[,] Verdicts { get; } = new int[normIds.Length, Enum.GetValues<Oordeel>().Length];

        public int Providers { get; set; }

        public int WithShortfall { get; set; }
    }
}
