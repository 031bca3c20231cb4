using System.Globalization;
using CsCheck;
using IgjNormen.Findings;

namespace IgjNormen.Tests.Language;

/// <summary>
/// CsCheck generators of well-typed toetsen over the <see cref="Support.TestModel"/> begrippen (and a norm 'andere'
/// for <c>oordeel()</c>), and of random, partly missing facts. Every compound part is parenthesised, so the text
/// always means the tree it was built as. Quantifier variables are v1, v2, … by depth, so they never shadow.
/// </summary>
internal static class ToetsGenerators
{
    public const string OtherNormId = "andere";

    private static readonly string[] BooleanFacts = ["klachten.regeling_aanwezig", "klachten.functionaris_beschikbaar"];

    private static readonly string[] AllFacts =
    [
        "aanbieder.soort", "aanbieder.aantal_zorgverleners", "aanbieder.naam", "klachten.regeling_aanwezig",
        "klachten.functionaris_beschikbaar", "klachten.klachten", "melding.noodsituatie_begin", "melding.besluit_op",
        "kwaliteit.laatste_toetsing_op",
    ];

    private static readonly string[] Comparers = ["=", "!=", "<", "<=", ">", ">="];

    private static readonly string[] DateUnits = ["dag", "dagen", "werkdag", "werkdagen", "week", "weken", "maand", "maanden", "jaar", "jaren"];

    private static readonly string[] MomentUnits = ["uur", "uren", "dagen", "werkdagen", "weken", "maanden", "jaren"];

    private static readonly string[] Verdicts =
    [
        "voldoet", "voldoet grotendeels", "voldoet grotendeels niet", "voldoet niet", "niet van toepassing",
        "niet te beoordelen", "niet van kracht",
    ];

    private static Gen<string> Pick(params string[] items) => Gen.OneOf(items);

    private static string Variable(int index) => "v" + index.ToString(CultureInfo.InvariantCulture);

    /// <summary>A ja/nee expression of at most <paramref name="depth"/> levels, with variables v1 … v<paramref name="scope"/> in scope.</summary>
    public static Gen<string> Boolean(int depth, int scope = 0) =>
        Gen.Int[0, depth <= 0 ? 3 : 12].SelectMany(choice => choice switch
        {
            0 => Pick(["ja", "nee", .. BooleanFacts]),
            1 => Gen.Select(Pick(AllFacts), Pick("is bekend", "is onbekend", "is niet bekend", "is niet onbekend"), (fact, test) => $"{fact} {test}"),
            2 when scope > 0 => Gen.Select(Gen.Int[1, scope], Pick("verlengd", "verlengd = ja", "besluit_op is bekend"), (v, field) => $"{Variable(v)}.{field}"),
            2 => Pick("aanbieder.soort = \"instelling\"", "aanbieder.soort != \"solistisch\"", "aanbieder.soort in [\"instelling\", \"solistisch\"]", "aanbieder.soort niet in [\"instelling\"]"),
            3 => Gen.Select(Pick("=", "!="), Pick("\"\"", "\"De Linde\"", "\"a\\\"b\\\\c\"", "\"café ✓\""), (op, text) => $"aanbieder.naam {op} {text}"),
            4 => Gen.Select(Number(depth - 1, scope), Pick(Comparers), Number(depth - 1, scope), (a, op, b) => $"{a} {op} {b}"),
            5 => Gen.Select(Date(depth - 1, scope), Pick(Comparers), Date(depth - 1, scope), (a, op, b) => $"{a} {op} {b}"),
            6 => Gen.Select(Moment(depth - 1, scope), Pick(Comparers), Moment(depth - 1, scope), (a, op, b) => $"{a} {op} {b}"),
            7 => Gen.Select(Number(depth - 1, scope), Number(depth - 1, scope), Number(depth - 1, scope), (x, a, b) => $"{x} tussen {a} en {b}"),
            8 => Gen.Select(Pick("in", "niet in"), Number(depth - 1, scope).Array[0, 3], Pick(Verdicts).Array[0, 3], (op, numbers, verdicts) =>
                numbers.Length > 0 ? $"aanbieder.aantal_zorgverleners {op} [{string.Join(", ", numbers)}]" : $"oordeel({OtherNormId}) {op} [{string.Join(", ", verdicts)}]"),
            9 => Boolean(depth - 1, scope).Select(b => $"niet ({b})"),
            10 => Gen.Select(Boolean(depth - 1, scope), Pick("en", "of"), Boolean(depth - 1, scope), (a, op, b) => $"({a}) {op} ({b})"),
            11 => Gen.Select(Pick("alle", "enige", "geen"), Boolean(depth - 1, scope + 1), (q, body) => $"({q} {Variable(scope + 1)} in klachten.klachten: {body})"),
            _ => Gen.Select(Date(depth - 1, scope), Date(depth - 1, scope), (a, b) => $"{a} tussen {b} en {b} + 1 maand"),
        });

    /// <summary>A getal expression.</summary>
    public static Gen<string> Number(int depth, int scope) =>
        Gen.Int[0, depth <= 0 ? 2 : 6].SelectMany(choice => choice switch
        {
            0 => Gen.Int[0, 5].Select(n => n.ToString(CultureInfo.InvariantCulture)),
            1 => Pick("1.5", "0.25", "100", "aanbieder.aantal_zorgverleners"),
            2 => Pick("aantal(klachten.klachten)", "aanbieder.aantal_zorgverleners", "-1"),
            3 => Gen.Select(Number(depth - 1, scope), Pick("+", "-", "*", "/"), Number(depth - 1, scope), (a, op, b) => $"({a}) {op} ({b})"),
            4 => Number(depth - 1, scope).Select(a => $"-({a})"),
            5 => Boolean(depth - 1, scope + 1).Select(body => $"aantal({Variable(scope + 1)} in klachten.klachten: {body})"),
            _ => Number(depth - 1, scope).Select(a => $"({a})"),
        });

    /// <summary>A datum expression.</summary>
    public static Gen<string> Date(int depth, int scope) =>
        Gen.Int[0, depth <= 0 ? 2 : 4].SelectMany(choice => choice switch
        {
            0 => Gen.Int[0, 1000].Select(d => new DateOnly(2023, 1, 1).AddDays(d).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            1 => Pick("kwaliteit.laatste_toetsing_op", "peildatum"),
            2 when scope > 0 => Gen.Select(Gen.Int[1, scope], Pick("ingediend_op", "besluit_op"), (v, field) => $"{Variable(v)}.{field}"),
            2 => Pick("kwaliteit.laatste_toetsing_op", "2024-02-29"),
            _ => Gen.Select(Date(depth - 1, scope), Pick("+", "-"), Gen.Int[0, 40], Pick(DateUnits), (d, op, n, unit) => $"({d}) {op} {n} {unit}"),
        });

    /// <summary>A tijdstip expression.</summary>
    public static Gen<string> Moment(int depth, int scope) =>
        Gen.Int[0, depth <= 0 ? 1 : 3].SelectMany(choice => choice switch
        {
            0 => Gen.Int[0, 2000].Select(h => new DateTime(2025, 3, 1, 8, 30, 0).AddHours(h).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture)),
            1 => Pick("melding.noodsituatie_begin", "melding.besluit_op"),
            _ => Gen.Select(Moment(depth - 1, scope), Pick("+", "-"), Gen.Int[0, 72], Pick(MomentUnits), (t, op, n, unit) => $"({t}) {op} {n} {unit}"),
        });

    private static Gen<T?> Maybe<T>(Gen<T> gen)
        where T : struct =>
        Gen.Int[0, 3].SelectMany(i => i == 0 ? Gen.Const((T?)null) : gen.Select(v => (T?)v));

    private static Gen<string?> MaybeText(Gen<string> gen) =>
        Gen.Int[0, 3].SelectMany(i => i == 0 ? Gen.Const((string?)null) : gen.Select(v => (string?)v));

    private static readonly Gen<DateOnly> SomeDate = Gen.Int[0, 900].Select(d => new DateOnly(2023, 6, 1).AddDays(d));

    private static readonly Gen<DateTime> SomeMoment = Gen.Int[0, 300].Select(h => new DateTime(2025, 5, 30, 6, 0, 0).AddHours(h));

    private static readonly Gen<Klacht> SomeKlacht = Gen.Select(Maybe(SomeDate), Maybe(SomeDate), Maybe(Gen.Bool), (i, b, v) => new Klacht(i, b, v));

    /// <summary>Random facts; any of them may be missing (onbekend), the list too, and any field of an element.</summary>
    public static readonly Gen<RandomFacts> Facts =
        Gen.Select(
            Gen.Select(Maybe(Gen.Bool), Maybe(Gen.Bool), MaybeText(Pick("instelling", "solistisch")), Maybe(Gen.Int[0, 4]), MaybeText(Pick("De Linde", "", "a\"b\\c")), (r, f, s, n, t) => (r, f, s, n, t)),
            Gen.Select(Maybe(SomeDate), Maybe(SomeMoment), Maybe(SomeMoment), Gen.Int[0, 4].SelectMany(i => i == 0 ? Gen.Const((Klacht[]?)null) : SomeKlacht.Array[0, 4].Select(a => (Klacht[]?)a)), (d, b, e, k) => (d, b, e, k)),
            (a, b) => new RandomFacts(a.r, a.f, a.s, a.n, a.t, b.d, b.b, b.e, b.k));

    internal sealed record Klacht(DateOnly? IngediendOp, DateOnly? BesluitOp, bool? Verlengd);

    internal sealed record RandomFacts(
        bool? Regeling,
        bool? Functionaris,
        string? Soort,
        int? Aantal,
        string? Naam,
        DateOnly? Toetsing,
        DateTime? Begin,
        DateTime? Besluit,
        Klacht[]? Klachten)
    {
        public void Apply(BevindingenBuilder builder)
        {
            builder
                .Feit("klachten.regeling_aanwezig", Regeling)
                .Feit("klachten.functionaris_beschikbaar", Functionaris)
                .Feit("aanbieder.soort", Soort)
                .Feit("aanbieder.aantal_zorgverleners", Aantal)
                .Feit("aanbieder.naam", Naam)
                .Feit("kwaliteit.laatste_toetsing_op", Toetsing)
                .Feit("melding.noodsituatie_begin", Begin)
                .Feit("melding.besluit_op", Besluit);
            if (Klachten is not null)
            {
                builder.Lijst(
                    "klachten.klachten",
                    Klachten.Select(k => (IReadOnlyDictionary<string, object?>)new Dictionary<string, object?>
                    {
                        ["ingediend_op"] = k.IngediendOp,
                        ["besluit_op"] = k.BesluitOp,
                        ["verlengd"] = k.Verlengd,
                    }));
            }
        }

        public override string ToString() =>
            $"regeling={Regeling}, functionaris={Functionaris}, soort={Soort}, aantal={Aantal}, naam={Naam}, toetsing={Toetsing}, begin={Begin}, besluit={Besluit}, " +
            $"klachten=[{(Klachten is null ? "onbekend" : string.Join("; ", Klachten.Select(k => k.ToString())))}]";
    }
}
