using System.Globalization;
using System.Text;
using IgjNormen.Evaluation;
using IgjNormen.Findings;
using IgjNormen.Model;

namespace IgjNormen.Comparison;

/// <summary>
/// The workload of the comparison: the kader klachten-en-incidenten (8 norms, 24 or 25 criteria depending on the
/// peildatum, 2 toepassingen) on generated providers. <see cref="NormIds"/> is the kader order, the order of every
/// verdict array.
/// </summary>
public static class Workload
{
    public const string KaderId = "klachten-en-incidenten";

    public static readonly string[] NormIds =
    [
        "wkkgz.kwaliteitssysteem",
        "wkkgz.klachtenregeling",
        "wkkgz.klachtenfunctionaris",
        "wkkgz.klachtonderzoek",
        "wkkgz.klachtbehandeling-termijn",
        "wkkgz.melding-calamiteiten",
        "wkkgz.melding-geweld-zorgrelatie",
        "wkkgz.melding-beeindiging-disfunctioneren",
    ];

    /// <summary>
    /// Seeded providers: every fact can be missing, lists can be missing, empty or up to four elements long, dates lie
    /// around the peildatum (2022–2026, so both versions of wkkgz.klachtenfunctionaris are used).
    /// </summary>
    public static List<Feiten> Generate(int count, int seed)
    {
        var random = new Random(seed);
        var result = new List<Feiten>(count);
        for (var i = 0; i < count; i++)
        {
            result.Add(Generate(random));
        }

        return result;
    }

    public static Feiten Generate(Random random)
    {
        var start = new DateTime(2022, 1, 1);
        var peildatum = start.AddDays(random.Next(0, (new DateTime(2026, 6, 30) - start).Days));
        bool? Bool(double pTrue = 0.8) => random.NextDouble() < 0.08 ? null : random.NextDouble() < pTrue;
        DateTime? Date(DateTime from, int minDays, int maxDays, double pMissing = 0.05) =>
            random.NextDouble() < pMissing ? null : from.AddDays(random.Next(minDays, maxDays + 1));
        List<T>? List<T>(int max, Func<int, T> make)
        {
            if (random.NextDouble() < 0.05)
            {
                return null;
            }

            var n = random.Next(0, max + 1);
            var list = new List<T>(n);
            for (var k = 0; k < n; k++)
            {
                list.Add(make(k));
            }

            return list;
        }

        var soort = random.NextDouble();
        return new Feiten
        {
            Peildatum = peildatum,
            AanbiederSoort = soort < 0.05 ? null : soort < 0.75 ? "instelling" : "solistisch",
            ClientenraadVerplicht = Bool(0.6),
            GegevensVerzameld = Bool(0.9),
            GegevensVergelijkbaar = Bool(),
            LaatsteToetsingOp = Date(peildatum, -500, 0, 0.08),
            VerbeteringenDoorgevoerd = Bool(),
            RegelingSchriftelijk = Bool(0.9),
            RegelingMetClientenorganisatie = Bool(0.5),
            RegelingMetClientenraad = Bool(0.7),
            RegelingBekendgemaakt = Bool(),
            FunctionarisAangewezen = Bool(0.9),
            FunctionarisKosteloos = Bool(0.9),
            FunctionarisTaken = Bool(),
            FunctionarisInDienst = Bool(0.5),
            FunctionarisOnafhankelijkGeborgd = Bool(),
            FunctionarisLichtRegelingToe = Bool(),
            Klachten = List(4, k =>
            {
                var ingediend = Date(peildatum, -200, -5, 0.04);
                var afgehandeld = Bool(0.75);
                var verlengd = Bool(0.3);
                return new Klacht
                {
                    Kenmerk = $"K-{k + 1}",
                    IngediendOp = ingediend,
                    Afgehandeld = afgehandeld,
                    BesluitOp = afgehandeld == false ? null : Date(ingediend ?? peildatum.AddDays(-60), 10, 80),
                    BesluitGemotiveerd = Bool(0.85),
                    Verlengd = verlengd,
                    VerlengingGemeldOp = verlengd == true ? Date(ingediend ?? peildatum.AddDays(-60), 20, 50) : null,
                    ZorgvuldigOnderzocht = Bool(0.85),
                    OplossingNagestreefd = Bool(0.85),
                    KlagerGeinformeerd = Bool(0.85),
                };
            }),
            Calamiteiten = List(3, k =>
            {
                var geconstateerd = Date(peildatum, -120, 0);
                var vastgesteld = Date(geconstateerd ?? peildatum.AddDays(-30), 0, 50);
                var gemeld = Bool(0.8);
                return new Calamiteit
                {
                    Kenmerk = $"C-{k + 1}",
                    GeconstateerdOp = geconstateerd,
                    VastgesteldOp = vastgesteld,
                    Gemeld = gemeld,
                    GemeldOp = gemeld == true ? Date(vastgesteld ?? peildatum.AddDays(-20), 0, 8) : null,
                };
            }),
            Geweld = List(2, k =>
            {
                var vastgesteld = Date(peildatum, -90, 0);
                var gemeld = Bool(0.8);
                return new Geweld
                {
                    Kenmerk = $"G-{k + 1}",
                    VastgesteldOp = vastgesteld,
                    Gemeld = gemeld,
                    GemeldOp = gemeld == true ? Date(vastgesteld ?? peildatum.AddDays(-20), 0, 8) : null,
                };
            }),
            Beeindigingen = List(2, k =>
            {
                var besloten = Date(peildatum, -90, 0);
                var gemeld = Bool(0.8);
                return new Beeindiging
                {
                    Kenmerk = $"B-{k + 1}",
                    BeslotenOp = besloten,
                    Gemeld = gemeld,
                    GemeldOp = gemeld == true ? Date(besloten ?? peildatum.AddDays(-20), 0, 8) : null,
                };
            }),
        };
    }

    /// <summary>The same facts as IgjNormen bevindingen, built in code.</summary>
    public static Bevindingen ToBevindingen(Feiten f, NormModel model, string naam = "Aanbieder")
    {
        var builder = new BevindingenBuilder(model)
            .Aanbieder(naam)
            .Bezoek(DateOnly.FromDateTime(f.Peildatum), KaderId)
            .Feit("aanbieder.soort", f.AanbiederSoort)
            .Feit("aanbieder.clientenraad_verplicht", f.ClientenraadVerplicht)
            .Feit("kwaliteit.gegevens_verzameld", f.GegevensVerzameld)
            .Feit("kwaliteit.gegevens_vergelijkbaar", f.GegevensVergelijkbaar)
            .Feit("kwaliteit.laatste_toetsing_op", Day(f.LaatsteToetsingOp))
            .Feit("kwaliteit.verbeteringen_doorgevoerd", f.VerbeteringenDoorgevoerd)
            .Feit("klachten.regeling_schriftelijk", f.RegelingSchriftelijk)
            .Feit("klachten.regeling_met_clientenorganisatie", f.RegelingMetClientenorganisatie)
            .Feit("klachten.regeling_met_clientenraad", f.RegelingMetClientenraad)
            .Feit("klachten.regeling_bekendgemaakt", f.RegelingBekendgemaakt)
            .Feit("klachten.functionaris_aangewezen", f.FunctionarisAangewezen)
            .Feit("klachten.functionaris_kosteloos", f.FunctionarisKosteloos)
            .Feit("klachten.functionaris_taken", f.FunctionarisTaken)
            .Feit("klachten.functionaris_in_dienst", f.FunctionarisInDienst)
            .Feit("klachten.functionaris_onafhankelijk_geborgd", f.FunctionarisOnafhankelijkGeborgd)
            .Feit("klachten.functionaris_licht_regeling_toe", f.FunctionarisLichtRegelingToe);
        if (f.Klachten is { } klachten)
        {
            builder.Lijst("klachten.klachten", klachten.Select(k => Fields(
                ("kenmerk", k.Kenmerk), ("ingediend_op", Day(k.IngediendOp)), ("afgehandeld", k.Afgehandeld),
                ("besluit_op", Day(k.BesluitOp)), ("besluit_gemotiveerd", k.BesluitGemotiveerd), ("verlengd", k.Verlengd),
                ("verlenging_gemeld_op", Day(k.VerlengingGemeldOp)), ("zorgvuldig_onderzocht", k.ZorgvuldigOnderzocht),
                ("oplossing_nagestreefd", k.OplossingNagestreefd), ("klager_geinformeerd", k.KlagerGeinformeerd))));
        }

        if (f.Calamiteiten is { } calamiteiten)
        {
            builder.Lijst("incidenten.calamiteiten", calamiteiten.Select(c => Fields(
                ("kenmerk", c.Kenmerk), ("geconstateerd_op", Day(c.GeconstateerdOp)), ("vastgesteld_op", Day(c.VastgesteldOp)),
                ("gemeld", c.Gemeld), ("gemeld_op", Day(c.GemeldOp)))));
        }

        if (f.Geweld is { } geweld)
        {
            builder.Lijst("incidenten.geweld_zorgrelatie", geweld.Select(g => Fields(
                ("kenmerk", g.Kenmerk), ("vastgesteld_op", Day(g.VastgesteldOp)), ("gemeld", g.Gemeld), ("gemeld_op", Day(g.GemeldOp)))));
        }

        if (f.Beeindigingen is { } beeindigingen)
        {
            builder.Lijst("incidenten.beeindigingen_disfunctioneren", beeindigingen.Select(b => Fields(
                ("kenmerk", b.Kenmerk), ("besloten_op", Day(b.BeslotenOp)), ("gemeld", b.Gemeld), ("gemeld_op", Day(b.GemeldOp)))));
        }

        return builder.Build();
    }

    /// <summary>The same facts as a bevindingen file (YAML), as an inspector's system would write it.</summary>
    public static string ToYaml(Feiten f, string naam)
    {
        var s = new StringBuilder();
        s.Append("aanbieder:\n  naam: ").Append(naam).Append('\n');
        s.Append("bezoek:\n  datum: ").Append(Text(f.Peildatum)).Append("\n  kader: ").Append(KaderId).Append('\n');
        s.Append("feiten:\n");
        s.Append("  aanbieder:\n");
        Line(s, 4, "soort", f.AanbiederSoort);
        Line(s, 4, "clientenraad_verplicht", Text(f.ClientenraadVerplicht));
        s.Append("  kwaliteit:\n");
        Line(s, 4, "gegevens_verzameld", Text(f.GegevensVerzameld));
        Line(s, 4, "gegevens_vergelijkbaar", Text(f.GegevensVergelijkbaar));
        Line(s, 4, "laatste_toetsing_op", Text(f.LaatsteToetsingOp));
        Line(s, 4, "verbeteringen_doorgevoerd", Text(f.VerbeteringenDoorgevoerd));
        s.Append("  klachten:\n");
        Line(s, 4, "regeling_schriftelijk", Text(f.RegelingSchriftelijk));
        Line(s, 4, "regeling_met_clientenorganisatie", Text(f.RegelingMetClientenorganisatie));
        Line(s, 4, "regeling_met_clientenraad", Text(f.RegelingMetClientenraad));
        Line(s, 4, "regeling_bekendgemaakt", Text(f.RegelingBekendgemaakt));
        Line(s, 4, "functionaris_aangewezen", Text(f.FunctionarisAangewezen));
        Line(s, 4, "functionaris_kosteloos", Text(f.FunctionarisKosteloos));
        Line(s, 4, "functionaris_taken", Text(f.FunctionarisTaken));
        Line(s, 4, "functionaris_in_dienst", Text(f.FunctionarisInDienst));
        Line(s, 4, "functionaris_onafhankelijk_geborgd", Text(f.FunctionarisOnafhankelijkGeborgd));
        Line(s, 4, "functionaris_licht_regeling_toe", Text(f.FunctionarisLichtRegelingToe));
        if (f.Klachten is { } klachten)
        {
            s.Append("    klachten:").Append(klachten.Count == 0 ? " []\n" : "\n");
            foreach (var k in klachten)
            {
                Element(s, [("kenmerk", k.Kenmerk), ("ingediend_op", Text(k.IngediendOp)), ("afgehandeld", Text(k.Afgehandeld)),
                    ("besluit_op", Text(k.BesluitOp)), ("besluit_gemotiveerd", Text(k.BesluitGemotiveerd)), ("verlengd", Text(k.Verlengd)),
                    ("verlenging_gemeld_op", Text(k.VerlengingGemeldOp)), ("zorgvuldig_onderzocht", Text(k.ZorgvuldigOnderzocht)),
                    ("oplossing_nagestreefd", Text(k.OplossingNagestreefd)), ("klager_geinformeerd", Text(k.KlagerGeinformeerd))]);
            }
        }

        s.Append("  incidenten:\n");
        if (f.Calamiteiten is { } calamiteiten)
        {
            s.Append("    calamiteiten:").Append(calamiteiten.Count == 0 ? " []\n" : "\n");
            foreach (var c in calamiteiten)
            {
                Element(s, [("kenmerk", c.Kenmerk), ("geconstateerd_op", Text(c.GeconstateerdOp)), ("vastgesteld_op", Text(c.VastgesteldOp)),
                    ("gemeld", Text(c.Gemeld)), ("gemeld_op", Text(c.GemeldOp))]);
            }
        }

        if (f.Geweld is { } geweld)
        {
            s.Append("    geweld_zorgrelatie:").Append(geweld.Count == 0 ? " []\n" : "\n");
            foreach (var g in geweld)
            {
                Element(s, [("kenmerk", g.Kenmerk), ("vastgesteld_op", Text(g.VastgesteldOp)), ("gemeld", Text(g.Gemeld)), ("gemeld_op", Text(g.GemeldOp))]);
            }
        }

        if (f.Beeindigingen is { } beeindigingen)
        {
            s.Append("    beeindigingen_disfunctioneren:").Append(beeindigingen.Count == 0 ? " []\n" : "\n");
            foreach (var b in beeindigingen)
            {
                Element(s, [("kenmerk", b.Kenmerk), ("besloten_op", Text(b.BeslotenOp)), ("gemeld", Text(b.Gemeld)), ("gemeld_op", Text(b.GemeldOp))]);
            }
        }

        return s.ToString();
    }

    private static void Line(StringBuilder s, int indent, string key, string? value)
    {
        if (value is not null)
        {
            s.Append(' ', indent).Append(key).Append(": ").Append(value).Append('\n');
        }
    }

    private static void Element(StringBuilder s, (string Key, string? Value)[] fields)
    {
        var first = true;
        foreach (var (key, value) in fields)
        {
            if (value is null)
            {
                continue;
            }

            s.Append(first ? "      - " : "        ").Append(key).Append(": ").Append(value).Append('\n');
            first = false;
        }

        if (first)
        {
            s.Append("      - {}\n");
        }
    }

    private static string? Text(bool? value) => value switch { null => null, true => "ja", false => "nee" };

    private static string? Text(DateTime? value) => value?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateOnly? Day(DateTime? value) => value is { } d ? DateOnly.FromDateTime(d) : null;

    private static Dictionary<string, object?> Fields(params (string Name, object? Value)[] fields)
    {
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (name, value) in fields)
        {
            // A DateOnly? boxed as object is a DateOnly or null: the builder takes both.
            result[name] = value;
        }

        return result;
    }
}
