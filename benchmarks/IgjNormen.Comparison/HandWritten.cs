using IgjNormen.Model;
using static IgjNormen.Comparison.Termijn;

namespace IgjNormen.Comparison;

/// <summary>
/// The practical floor: the checks of the kader klachten-en-incidenten written by hand in C#, with 'onbekend' as
/// null (C#'s bool? operators &amp; and | are Kleene's), the versions by peildatum, the toepassingen and the verdict
/// rule. Verdicts in <see cref="Workload.NormIds"/> order.
/// </summary>
public static class HandWritten
{
    private static readonly DateTime InForce = new(2016, 1, 1);
    private static readonly DateTime FunctionarisVersion2 = new(2023, 7, 1);

    public static Oordeel[] Evaluate(Feiten f)
    {
        var verdicts = new Oordeel[8];
        Evaluate(f, verdicts);
        return verdicts;
    }

    public static void Evaluate(Feiten f, Span<Oordeel> verdicts)
    {
        var p = f.Peildatum;
        if (p < InForce)
        {
            verdicts[..8].Fill(Oordeel.NietVanKracht);
            return;
        }

        verdicts[0] = Kwaliteitssysteem(f, p);
        verdicts[1] = Klachtenregeling(f);
        verdicts[2] = Klachtenfunctionaris(f, p);
        verdicts[3] = Klachtonderzoek(f);
        verdicts[4] = Klachttermijn(f, p);
        verdicts[5] = Calamiteiten(f, p);
        var instelling = f.AanbiederSoort is null ? (bool?)null : f.AanbiederSoort == "instelling";
        verdicts[6] = instelling is null ? Oordeel.NietTeBeoordelen : instelling.Value ? Geweld(f, p) : Oordeel.NietVanToepassing;
        verdicts[7] = instelling is null ? Oordeel.NietTeBeoordelen : instelling.Value ? Beeindigingen(f, p) : Oordeel.NietVanToepassing;
    }

    private static Oordeel Kwaliteitssysteem(Feiten f, DateTime p)
    {
        var t = default(Tally);
        t.Add(f.GegevensVerzameld, kritiek: true);
        t.Add(f.GegevensVergelijkbaar);
        t.Add(Le(Jaren(p, -1), f.LaatsteToetsingOp));
        t.Add(f.VerbeteringenDoorgevoerd);
        return t.Verdict();
    }

    private static Oordeel Klachtenregeling(Feiten f)
    {
        var t = default(Tally);
        t.Add(f.RegelingSchriftelijk, kritiek: true);
        t.Add(f.RegelingMetClientenorganisatie | (f.ClientenraadVerplicht & f.RegelingMetClientenraad));
        t.Add(f.RegelingBekendgemaakt);
        return t.Verdict();
    }

    private static Oordeel Klachtenfunctionaris(Feiten f, DateTime p)
    {
        var t = default(Tally);
        t.Add(f.FunctionarisAangewezen, kritiek: true);
        t.Add(f.FunctionarisKosteloos);
        t.Add(f.FunctionarisTaken);
        t.Add(!f.FunctionarisInDienst | f.FunctionarisOnafhankelijkGeborgd);
        if (p >= FunctionarisVersion2)
        {
            t.Add(f.FunctionarisLichtRegelingToe);
        }

        return t.Verdict();
    }

    private static Oordeel Klachtonderzoek(Feiten f)
    {
        bool? zorgvuldig = null, oplossing = null, voortgang = null;
        if (f.Klachten is { } klachten)
        {
            zorgvuldig = oplossing = voortgang = true;
            foreach (var k in klachten)
            {
                zorgvuldig = All(zorgvuldig, !k.Afgehandeld | k.ZorgvuldigOnderzocht);
                oplossing = All(oplossing, !k.Afgehandeld | k.OplossingNagestreefd);
                voortgang = All(voortgang, k.KlagerGeinformeerd);
            }
        }

        var t = default(Tally);
        t.Add(zorgvuldig, kritiek: true);
        t.Add(oplossing);
        t.Add(voortgang);
        return t.Verdict();
    }

    private static Oordeel Klachttermijn(Feiten f, DateTime p)
    {
        bool? tijdig = null, lopend = null, gemotiveerd = null;
        if (f.Klachten is { } klachten)
        {
            tijdig = lopend = gemotiveerd = true;
            foreach (var k in klachten)
            {
                var zesWeken = Dagen(k.IngediendOp, 42);
                var tienWeken = Dagen(k.IngediendOp, 70);
                var verlengdOpTijd = k.Verlengd & Le(k.VerlengingGemeldOp, zesWeken);
                if (tijdig != false)
                {
                    tijdig = All(tijdig, !k.Afgehandeld | Le(k.BesluitOp, zesWeken) | (verlengdOpTijd & Le(k.BesluitOp, tienWeken)));
                }

                if (lopend != false)
                {
                    lopend = All(lopend, k.Afgehandeld | Le(p, zesWeken) | (verlengdOpTijd & Le(p, tienWeken)));
                }

                gemotiveerd = All(gemotiveerd, !k.Afgehandeld | k.BesluitGemotiveerd);
            }
        }

        var t = default(Tally);
        t.Add(tijdig, kritiek: true);
        t.Add(lopend, kritiek: true);
        t.Add(gemotiveerd);
        return t.Verdict();
    }

    private static Oordeel Calamiteiten(Feiten f, DateTime p)
    {
        bool? gemeld = null, tijdig = null, vaststelling = null;
        if (f.Calamiteiten is { } calamiteiten)
        {
            gemeld = tijdig = vaststelling = true;
            foreach (var c in calamiteiten)
            {
                var termijn = Werkdagen(c.VastgesteldOp, 3);
                gemeld = All(gemeld, c.Gemeld == true ? true : c.Gemeld | Le(p, termijn));
                tijdig = All(tijdig, c.Gemeld == false ? true : !c.Gemeld | Le(c.GemeldOp, termijn));
                vaststelling = All(vaststelling, Le(c.VastgesteldOp, Dagen(c.GeconstateerdOp, 42)));
            }
        }

        var t = default(Tally);
        t.Add(gemeld, kritiek: true);
        t.Add(tijdig, kritiek: true);
        t.Add(vaststelling);
        return t.Verdict();
    }

    private static Oordeel Geweld(Feiten f, DateTime p)
    {
        bool? gemeld = null, tijdig = null;
        if (f.Geweld is { } geweld)
        {
            gemeld = tijdig = true;
            foreach (var g in geweld)
            {
                var termijn = Werkdagen(g.VastgesteldOp, 3);
                gemeld = All(gemeld, g.Gemeld == true ? true : g.Gemeld | Le(p, termijn));
                tijdig = All(tijdig, g.Gemeld == false ? true : !g.Gemeld | Le(g.GemeldOp, termijn));
            }
        }

        var t = default(Tally);
        t.Add(gemeld, kritiek: true);
        t.Add(tijdig, kritiek: true);
        return t.Verdict();
    }

    private static Oordeel Beeindigingen(Feiten f, DateTime p)
    {
        bool? gemeld = null, tijdig = null;
        if (f.Beeindigingen is { } beeindigingen)
        {
            gemeld = tijdig = true;
            foreach (var b in beeindigingen)
            {
                var termijn = Werkdagen(b.BeslotenOp, 3);
                gemeld = All(gemeld, b.Gemeld == true ? true : b.Gemeld | Le(p, termijn));
                tijdig = All(tijdig, b.Gemeld == false ? true : !b.Gemeld | Le(b.GemeldOp, termijn));
            }
        }

        var t = default(Tally);
        t.Add(gemeld, kritiek: true);
        t.Add(tijdig, kritiek: true);
        return t.Verdict();
    }

    /// <summary>One more element of 'alle': nee stays nee, onbekend unless a later element is nee.</summary>
    private static bool? All(bool? soFar, bool? element) => soFar == false ? false : soFar & element;
}
