using IgjNormen.Model;
using RulesEngine.Models;

namespace IgjNormen.Comparison;

/// <summary>
/// The checks of the kader klachten-en-incidenten as a Microsoft RulesEngine 6.0.1 workflow of lambda expressions
/// (System.Linq.Dynamic.Core), with the glue a team would write around it.
/// </summary>
/// <remarks>
/// RulesEngine rules are true or false; 'onbekend' has no place in them. It is encoded as faithfully as the engine
/// allows: every criterion is two rules, "voldaan" (certainly true) and "niet voldaan" (certainly false), each written
/// out with explicit null checks (Kleene by hand: for <c>a of b</c> "voldaan" is <c>T(a) || T(b)</c> and "niet
/// voldaan" <c>F(a) &amp;&amp; F(b)</c>; for <c>alle</c> "voldaan" is <c>All(T)</c>, "niet voldaan" <c>Any(F)</c>).
/// Neither succeeding is onbekend. The toepassing of the two meldplicht norms is a pair as well. Versions, toepassing
/// and the verdict rule cannot be rules: the glue picks the rules of the version in force on the peildatum and
/// applies the verdict rule (<see cref="Tally"/>) to their results. Dates are <see cref="DateTime"/>; working days go
/// through <see cref="Termijn"/>, registered as a custom type. A date outside the calendar would be an exception,
/// which RulesEngine reports as a failed rule (so as 'niet voldaan', not onbekend); the generator makes none.
/// </remarks>
public sealed class RulesEngineForm
{
    public const string WorkflowName = "klachten-en-incidenten";

    private static readonly DateTime InForce = new(2016, 1, 1);
    private static readonly DateTime FunctionarisVersion2 = new(2023, 7, 1);

    /// <summary>Criterion name → (voldaan, niet voldaan) expressions; the parameter is <c>f</c>, a <see cref="Feiten"/>.</summary>
    public static readonly (string Name, string Voldaan, string NietVoldaan)[] Criteria =
    [
        ("kwaliteitssysteem/verzamelen", "f.GegevensVerzameld == true", "f.GegevensVerzameld == false"),
        ("kwaliteitssysteem/vergelijkbaar", "f.GegevensVergelijkbaar == true", "f.GegevensVergelijkbaar == false"),
        ("kwaliteitssysteem/toetsen", "f.LaatsteToetsingOp >= Termijn.Jaren(f.Peildatum, -1)", "f.LaatsteToetsingOp < Termijn.Jaren(f.Peildatum, -1)"),
        ("kwaliteitssysteem/verbeteren", "f.VerbeteringenDoorgevoerd == true", "f.VerbeteringenDoorgevoerd == false"),

        ("klachtenregeling/schriftelijk", "f.RegelingSchriftelijk == true", "f.RegelingSchriftelijk == false"),
        ("klachtenregeling/vastgesteld",
            "f.RegelingMetClientenorganisatie == true || (f.ClientenraadVerplicht == true && f.RegelingMetClientenraad == true)",
            "f.RegelingMetClientenorganisatie == false && (f.ClientenraadVerplicht == false || f.RegelingMetClientenraad == false)"),
        ("klachtenregeling/bekendgemaakt", "f.RegelingBekendgemaakt == true", "f.RegelingBekendgemaakt == false"),

        ("klachtenfunctionaris/aangewezen", "f.FunctionarisAangewezen == true", "f.FunctionarisAangewezen == false"),
        ("klachtenfunctionaris/kosteloos", "f.FunctionarisKosteloos == true", "f.FunctionarisKosteloos == false"),
        ("klachtenfunctionaris/taken", "f.FunctionarisTaken == true", "f.FunctionarisTaken == false"),
        ("klachtenfunctionaris/onafhankelijk",
            "f.FunctionarisInDienst == false || f.FunctionarisOnafhankelijkGeborgd == true",
            "f.FunctionarisInDienst == true && f.FunctionarisOnafhankelijkGeborgd == false"),
        ("klachtenfunctionaris/toelichting", "f.FunctionarisLichtRegelingToe == true", "f.FunctionarisLichtRegelingToe == false"),

        ("klachtonderzoek/zorgvuldig",
            "f.Klachten != null && f.Klachten.All(k => k.Afgehandeld == false || k.ZorgvuldigOnderzocht == true)",
            "f.Klachten != null && f.Klachten.Any(k => k.Afgehandeld == true && k.ZorgvuldigOnderzocht == false)"),
        ("klachtonderzoek/oplossing",
            "f.Klachten != null && f.Klachten.All(k => k.Afgehandeld == false || k.OplossingNagestreefd == true)",
            "f.Klachten != null && f.Klachten.Any(k => k.Afgehandeld == true && k.OplossingNagestreefd == false)"),
        ("klachtonderzoek/voortgang",
            "f.Klachten != null && f.Klachten.All(k => k.KlagerGeinformeerd == true)",
            "f.Klachten != null && f.Klachten.Any(k => k.KlagerGeinformeerd == false)"),

        ("klachtbehandeling-termijn/tijdig",
            "f.Klachten != null && f.Klachten.All(k => k.Afgehandeld == false || k.BesluitOp <= Termijn.Dagen(k.IngediendOp, 42)"
                + " || (k.Verlengd == true && k.VerlengingGemeldOp <= Termijn.Dagen(k.IngediendOp, 42) && k.BesluitOp <= Termijn.Dagen(k.IngediendOp, 70)))",
            "f.Klachten != null && f.Klachten.Any(k => k.Afgehandeld == true && k.BesluitOp > Termijn.Dagen(k.IngediendOp, 42)"
                + " && (k.Verlengd == false || k.VerlengingGemeldOp > Termijn.Dagen(k.IngediendOp, 42) || k.BesluitOp > Termijn.Dagen(k.IngediendOp, 70)))"),
        ("klachtbehandeling-termijn/lopend-binnen-termijn",
            "f.Klachten != null && f.Klachten.All(k => k.Afgehandeld == true || f.Peildatum <= Termijn.Dagen(k.IngediendOp, 42)"
                + " || (k.Verlengd == true && k.VerlengingGemeldOp <= Termijn.Dagen(k.IngediendOp, 42) && f.Peildatum <= Termijn.Dagen(k.IngediendOp, 70)))",
            "f.Klachten != null && f.Klachten.Any(k => k.Afgehandeld == false && f.Peildatum > Termijn.Dagen(k.IngediendOp, 42)"
                + " && (k.Verlengd == false || k.VerlengingGemeldOp > Termijn.Dagen(k.IngediendOp, 42) || f.Peildatum > Termijn.Dagen(k.IngediendOp, 70)))"),
        ("klachtbehandeling-termijn/gemotiveerd",
            "f.Klachten != null && f.Klachten.All(k => k.Afgehandeld == false || k.BesluitGemotiveerd == true)",
            "f.Klachten != null && f.Klachten.Any(k => k.Afgehandeld == true && k.BesluitGemotiveerd == false)"),

        ("melding-calamiteiten/gemeld",
            "f.Calamiteiten != null && f.Calamiteiten.All(c => c.Gemeld == true || f.Peildatum <= Termijn.Werkdagen(c.VastgesteldOp, 3))",
            "f.Calamiteiten != null && f.Calamiteiten.Any(c => c.Gemeld == false && f.Peildatum > Termijn.Werkdagen(c.VastgesteldOp, 3))"),
        ("melding-calamiteiten/tijdig",
            "f.Calamiteiten != null && f.Calamiteiten.All(c => c.Gemeld == false || c.GemeldOp <= Termijn.Werkdagen(c.VastgesteldOp, 3))",
            "f.Calamiteiten != null && f.Calamiteiten.Any(c => c.Gemeld == true && c.GemeldOp > Termijn.Werkdagen(c.VastgesteldOp, 3))"),
        ("melding-calamiteiten/vaststelling",
            "f.Calamiteiten != null && f.Calamiteiten.All(c => c.VastgesteldOp <= Termijn.Dagen(c.GeconstateerdOp, 42))",
            "f.Calamiteiten != null && f.Calamiteiten.Any(c => c.VastgesteldOp > Termijn.Dagen(c.GeconstateerdOp, 42))"),

        ("melding-geweld-zorgrelatie/gemeld",
            "f.Geweld != null && f.Geweld.All(g => g.Gemeld == true || f.Peildatum <= Termijn.Werkdagen(g.VastgesteldOp, 3))",
            "f.Geweld != null && f.Geweld.Any(g => g.Gemeld == false && f.Peildatum > Termijn.Werkdagen(g.VastgesteldOp, 3))"),
        ("melding-geweld-zorgrelatie/tijdig",
            "f.Geweld != null && f.Geweld.All(g => g.Gemeld == false || g.GemeldOp <= Termijn.Werkdagen(g.VastgesteldOp, 3))",
            "f.Geweld != null && f.Geweld.Any(g => g.Gemeld == true && g.GemeldOp > Termijn.Werkdagen(g.VastgesteldOp, 3))"),

        ("melding-beeindiging-disfunctioneren/gemeld",
            "f.Beeindigingen != null && f.Beeindigingen.All(b => b.Gemeld == true || f.Peildatum <= Termijn.Werkdagen(b.BeslotenOp, 3))",
            "f.Beeindigingen != null && f.Beeindigingen.Any(b => b.Gemeld == false && f.Peildatum > Termijn.Werkdagen(b.BeslotenOp, 3))"),
        ("melding-beeindiging-disfunctioneren/tijdig",
            "f.Beeindigingen != null && f.Beeindigingen.All(b => b.Gemeld == false || b.GemeldOp <= Termijn.Werkdagen(b.BeslotenOp, 3))",
            "f.Beeindigingen != null && f.Beeindigingen.Any(b => b.Gemeld == true && b.GemeldOp > Termijn.Werkdagen(b.BeslotenOp, 3))"),

        ("toepassing/instelling", "f.AanbiederSoort == \"instelling\"", "f.AanbiederSoort != null && f.AanbiederSoort != \"instelling\""),
    ];

    private readonly RulesEngine.RulesEngine _engine;

    public RulesEngineForm()
    {
        var rules = new List<Rule>();
        foreach (var (name, voldaan, nietVoldaan) in Criteria)
        {
            rules.Add(new Rule { RuleName = name + "/voldaan", Expression = voldaan, RuleExpressionType = RuleExpressionType.LambdaExpression });
            rules.Add(new Rule { RuleName = name + "/niet-voldaan", Expression = nietVoldaan, RuleExpressionType = RuleExpressionType.LambdaExpression });
        }

        Workflow = new Workflow { WorkflowName = WorkflowName, Rules = rules };
        _engine = new RulesEngine.RulesEngine([Workflow], new ReSettings { CustomTypes = [typeof(Termijn)] });
    }

    public Workflow Workflow { get; }

    /// <summary>Runs the workflow: one <see cref="RuleResultTree"/> per rule, in workflow order (its own explanation).</summary>
    public List<RuleResultTree> Execute(Feiten f) =>
        _engine.ExecuteAllRulesAsync(WorkflowName, new RuleParameter("f", f)).AsTask().GetAwaiter().GetResult();

    /// <summary>The verdicts, in <see cref="Workload.NormIds"/> order.</summary>
    public Oordeel[] Evaluate(Feiten f)
    {
        var results = Execute(f);
        foreach (var result in results)
        {
            if (result.ExceptionMessage is { Length: > 0 } message)
            {
                throw new InvalidOperationException($"{result.Rule.RuleName}: {message}");
            }
        }

        return Verdicts(results, f.Peildatum);
    }

    /// <summary>The glue: tri-state criteria from the rule pairs, versions, toepassing and the verdict rule.</summary>
    public static Oordeel[] Verdicts(List<RuleResultTree> results, DateTime peildatum)
    {
        var verdicts = new Oordeel[8];
        if (peildatum < InForce)
        {
            Array.Fill(verdicts, Oordeel.NietVanKracht);
            return verdicts;
        }

        // Criteria in the order of Criteria above: index i is rules 2i (voldaan) and 2i + 1 (niet voldaan).
        bool? C(int i) => results[2 * i].IsSuccess ? true : results[(2 * i) + 1].IsSuccess ? false : null;
        Oordeel Norm(int first, int count, params int[] kritiek)
        {
            var t = default(Tally);
            for (var i = first; i < first + count; i++)
            {
                t.Add(C(i), Array.IndexOf(kritiek, i) >= 0);
            }

            return t.Verdict();
        }

        verdicts[0] = Norm(0, 4, 0);
        verdicts[1] = Norm(4, 3, 4);
        verdicts[2] = Norm(7, peildatum >= FunctionarisVersion2 ? 5 : 4, 7);
        verdicts[3] = Norm(12, 3, 12);
        verdicts[4] = Norm(15, 3, 15, 16);
        verdicts[5] = Norm(18, 3, 18, 19);
        var instelling = C(25);
        verdicts[6] = instelling is null ? Oordeel.NietTeBeoordelen : instelling.Value ? Norm(21, 2, 21, 22) : Oordeel.NietVanToepassing;
        verdicts[7] = instelling is null ? Oordeel.NietTeBeoordelen : instelling.Value ? Norm(23, 2, 23, 24) : Oordeel.NietVanToepassing;
        return verdicts;
    }
}
