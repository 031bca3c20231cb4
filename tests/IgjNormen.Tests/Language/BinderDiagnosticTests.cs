using IgjNormen.Tests.Support;
using Xunit;
using static IgjNormen.Tests.Language.ToetsHarness;

namespace IgjNormen.Tests.Language;

/// <summary>
/// Every 13xx diagnostic of the binder (names and types), with its exact message and the exact part of the toets it
/// points at, checked through <see cref="IgjNormen.Loading.NormModelLoader"/> against the <see cref="TestModel"/>
/// begrippen.
/// </summary>
public class BinderDiagnosticTests
{
    private static readonly (string, string) ExtraBegrippen = ("norms/begrippen/extra.begrippen.yaml", """
        begrippen:
          extra.kleur:
            type: keuze
            waarden: [rood, groen]
            omschrijving: Een kleur.
          extra.soort:
            type: keuze
            waarden: [instelling, solistisch]
            omschrijving: Nog een soort, met dezelfde waarden.
        """);

    private static void AssertSingle(string toets, string code, string message, int start, string covered, params (string, string)[] extra) =>
        AssertDiagnostic(SingleError(toets, extra), toets, code, message, start, covered);

    // ---------------------------------------------------------------- IGJ1301 onbekend feit

    [Fact]
    public void Unknown_fact_with_a_suggestion() =>
        AssertSingle("klachten.regeling_aanwezg en ja", "IGJ1301", "Onbekend feit 'klachten.regeling_aanwezg'. Bedoelde u 'klachten.regeling_aanwezig'?", 0, "klachten.regeling_aanwezg");

    [Fact]
    public void Unknown_fact_without_a_suggestion() =>
        AssertSingle("ja en onzin.feit", "IGJ1301", "Onbekend feit 'onzin.feit'.", 6, "onzin.feit");

    [Fact]
    public void A_name_with_a_capital_is_an_unknown_fact_with_the_lower_case_suggestion() =>
        AssertSingle("Klachten.regeling_aanwezig", "IGJ1301", "Onbekend feit 'Klachten.regeling_aanwezig'. Bedoelde u 'klachten.regeling_aanwezig'?", 0, "Klachten.regeling_aanwezig");

    [Fact]
    public void Each_unknown_fact_is_reported()
    {
        const string toets = "a.b en klachten.regeling_aanwezig en c.d";
        var errors = Errors(toets);
        Assert.Equal(2, errors.Count);
        AssertDiagnostic(errors[0], toets, "IGJ1301", "Onbekend feit 'a.b'.", 0, "a.b");
        AssertDiagnostic(errors[1], toets, "IGJ1301", "Onbekend feit 'c.d'.", 37, "c.d");
    }

    // ---------------------------------------------------------------- IGJ1302 verkeerd type

    [Theory]
    [InlineData("aanbieder.aantal_zorgverleners en ja", "'en' verwacht ja/nee, maar dit is een getal.", 0, "aanbieder.aantal_zorgverleners")]
    [InlineData("ja of aanbieder.naam", "'of' verwacht ja/nee, maar dit is een tekst.", 6, "aanbieder.naam")]
    [InlineData("niet aanbieder.soort", "'niet' verwacht ja/nee, maar dit is een keuze (instelling, solistisch).", 5, "aanbieder.soort")]
    [InlineData("-klachten.regeling_aanwezig = 1", "'-' verwacht getal, maar dit is ja/nee.", 1, "klachten.regeling_aanwezig")]
    [InlineData("aanbieder.aantal_zorgverleners * kwaliteit.laatste_toetsing_op > 1", "'*' verwacht getal, maar dit is een datum.", 33, "kwaliteit.laatste_toetsing_op")]
    [InlineData("aanbieder.naam + 1 = 2", "'+' verwacht getal, maar dit is een tekst.", 0, "aanbieder.naam")]
    [InlineData("1 / ja = 2", "'/' verwacht getal, maar dit is ja/nee.", 4, "ja")]
    [InlineData("alle k in klachten.klachten: k.ingediend_op", "Het lichaam van 'alle' verwacht ja/nee, maar dit is een datum.", 29, "k.ingediend_op")]
    [InlineData("enige k in klachten.klachten: k", "Het lichaam van 'enige' verwacht ja/nee, maar dit is een element van klachten.klachten.", 30, "k")]
    [InlineData("geen k in klachten.klachten: 1", "Het lichaam van 'geen' verwacht ja/nee, maar dit is een getal.", 29, "1")]
    [InlineData("aantal(k in klachten.klachten: k.ingediend_op) > 1", "De voorwaarde van 'aantal' verwacht ja/nee, maar dit is een datum.", 31, "k.ingediend_op")]
    [InlineData("aantal(aanbieder.naam) > 1", "Hier verwacht een lijst-begrip, maar dit is een tekst.", 7, "aanbieder.naam")]
    [InlineData("aantal(3) > 1", "Hier verwacht een lijst-begrip, maar dit is een getal.", 7, "3")]
    [InlineData("aantal(klachten.regeling_aanwezig in [ja]) > 1", "Hier verwacht een lijst-begrip, maar dit is ja/nee.", 7, "klachten.regeling_aanwezig in [ja]")]
    [InlineData("alle k in aanbieder.naam: ja", "Hier verwacht een lijst-begrip, maar dit is een tekst.", 10, "aanbieder.naam")]
    [InlineData("aanbieder.naam in klachten.klachten", "'in' verwacht een lijst van waarden tussen [ en ], maar dit is het lijst-begrip klachten.klachten; gebruik 'enige v in klachten.klachten: …'.", 18, "klachten.klachten")]
    [InlineData("aanbieder.naam in aanbieder.soort", "'in' verwacht een lijst van waarden tussen [ en ], maar dit is iets anders.", 18, "aanbieder.soort")]
    [InlineData("aanbieder.naam < \"b\"", "Groter/kleiner verwacht getallen, datums of tijdstippen, maar dit is een tekst.", 0, "aanbieder.naam < \"b\"")]
    [InlineData("klachten.regeling_aanwezig >= ja", "Groter/kleiner verwacht getallen, datums of tijdstippen, maar dit is ja/nee.", 0, "klachten.regeling_aanwezig >= ja")]
    [InlineData("aanbieder.soort tussen \"instelling\" en \"solistisch\"", "Groter/kleiner verwacht getallen, datums of tijdstippen, maar dit is een keuze (instelling, solistisch).", 0, "aanbieder.soort tussen \"instelling\" en \"solistisch\"")]
    [InlineData("[1, 2] = aanbieder.aantal_zorgverleners", "Een lijst tussen [ en ] verwacht 'x in [ … ]', maar dit is hier een losse waarde.", 0, "[1, 2]")]
    public void Type_mismatch(string toets, string message, int start, string covered) =>
        AssertSingle(toets, "IGJ1302", message, start, covered);

    [Fact]
    public void An_ordering_of_verdicts_is_a_type_mismatch() =>
        AssertSingle("oordeel(andere) < voldoet", "IGJ1302", "Groter/kleiner verwacht getallen, datums of tijdstippen, maar dit is een oordeel.", 0, "oordeel(andere) < voldoet", OtherNorm("andere", "ja"));

    [Fact]
    public void Both_wrong_operands_of_one_operator_are_reported()
    {
        const string toets = "kwaliteit.laatste_toetsing_op - peildatum > 3";
        var errors = Errors(toets);
        Assert.Equal(2, errors.Count);
        AssertDiagnostic(errors[0], toets, "IGJ1302", "'-' verwacht getal, maar dit is een datum.", 0, "kwaliteit.laatste_toetsing_op");
        AssertDiagnostic(errors[1], toets, "IGJ1302", "'-' verwacht getal, maar dit is een datum.", 32, "peildatum");
    }

    [Theory]
    [InlineData("kwaliteit.laatste_toetsing_op + 1.5 dagen > peildatum", "IGJ1203", 32, "1.5 dagen")]
    [InlineData("(aanbieder.naam en ja) = 3", "IGJ1302", 1, "aanbieder.naam")]
    [InlineData("-kwaliteit.laatste_toetsing_op = kwaliteit.laatste_toetsing_op", "IGJ1302", 1, "kwaliteit.laatste_toetsing_op")]
    [InlineData("niet (onzin.feit + 1) = 3", "IGJ1301", 6, "onzin.feit")]
    [InlineData("(onzin.feit + 1) tussen peildatum en peildatum", "IGJ1301", 1, "onzin.feit")]
    public void One_mistake_is_reported_once_not_again_by_the_operators_around_it(string toets, string code, int start, string covered)
    {
        var error = SingleError(toets);
        Assert.Equal(code, error.Code);
        var (at, length) = SpanInToets(error);
        Assert.Equal(start, at);
        Assert.Equal(covered, toets.Substring(at, length));
    }

    // ---------------------------------------------------------------- IGJ1303 ongelijke typen

    [Theory]
    [InlineData("aanbieder.naam = 3", "Een tekst kan niet met een getal vergeleken worden.")]
    [InlineData("3 != aanbieder.naam", "Een getal kan niet met een tekst vergeleken worden.")]
    [InlineData("kwaliteit.laatste_toetsing_op = melding.besluit_op", "Een datum kan niet met een tijdstip vergeleken worden.")]
    [InlineData("kwaliteit.laatste_toetsing_op < melding.besluit_op", "Een datum kan niet met een tijdstip vergeleken worden.")]
    [InlineData("melding.besluit_op >= 2025-01-01", "Een tijdstip kan niet met een datum vergeleken worden.")]
    [InlineData("klachten.regeling_aanwezig = 1", "Een ja/nee kan niet met een getal vergeleken worden.")]
    [InlineData("aanbieder.soort = 1", "Een keuze kan niet met een getal vergeleken worden.")]
    [InlineData("aanbieder.aantal_zorgverleners tussen 1 en \"a\"", "Een getal kan niet met een tekst vergeleken worden.")]
    [InlineData("kwaliteit.laatste_toetsing_op tussen 2024-01-01 en 2025-01-01T00:00", "Een datum kan niet met een tijdstip vergeleken worden.")]
    [InlineData("alle k in klachten.klachten: k = k", "Een lijst-element kan niet met een lijst-element vergeleken worden.")]
    public void Values_of_unlike_types_are_not_compared(string toets, string message)
    {
        var start = toets.StartsWith("alle", StringComparison.Ordinal) ? 29 : 0;
        AssertSingle(toets, "IGJ1303", message, start, toets[start..]);
    }

    [Fact]
    public void An_item_of_another_type_in_a_list_is_pointed_at() =>
        AssertSingle("aanbieder.aantal_zorgverleners in [1, \"twee\", 3]", "IGJ1303", "Een getal kan niet met een tekst vergeleken worden.", 38, "\"twee\"");

    [Fact]
    public void A_verdict_is_not_a_boolean() =>
        AssertSingle("oordeel(andere) = ja", "IGJ1303", "Een oordeel kan niet met een ja/nee vergeleken worden.", 0, "oordeel(andere) = ja", OtherNorm("andere", "ja"));

    [Fact]
    public void Keuzes_with_other_values_are_not_compared() =>
        AssertSingle("aanbieder.soort = extra.kleur", "IGJ1303", "Een keuze kan niet met een keuze vergeleken worden.", 0, "aanbieder.soort = extra.kleur", ExtraBegrippen);

    [Fact]
    public void Keuzes_with_the_same_values_are_compared_and_a_keuze_with_a_text_fact()
    {
        var loaded = Load(["aanbieder.soort = extra.soort", "aanbieder.soort = aanbieder.naam", "aanbieder.naam != extra.soort"], ExtraBegrippen);
        AssertNoErrors(loaded);
    }

    // ---------------------------------------------------------------- IGJ1305 variabele buiten haar kwantor

    [Theory]
    [InlineData("(alle k in klachten.klachten: k.verlengd) en k.verlengd", "'k' bestaat alleen binnen het lichaam van 'alle k in …: …'.", 45, "k.verlengd")]
    [InlineData("(enige k in klachten.klachten: k.verlengd) en k.verlengd", "'k' bestaat alleen binnen het lichaam van 'enige k in …: …'.", 46, "k.verlengd")]
    [InlineData("k.verlengd of geen k in klachten.klachten: k.verlengd", "'k' bestaat alleen binnen het lichaam van 'geen k in …: …'.", 0, "k.verlengd")]
    [InlineData("aantal(k in klachten.klachten: k.verlengd) > 1 en k.verlengd", "'k' bestaat alleen binnen de voorwaarde van 'aantal(k in …: …)'.", 50, "k.verlengd")]
    public void A_variable_outside_its_quantifier(string toets, string message, int start, string covered) =>
        AssertSingle(toets, "IGJ1305", message, start, covered);

    [Fact]
    public void Inside_the_body_a_variable_has_only_the_fields_of_its_list() =>
        AssertSingle("alle k in klachten.klachten: k.verlengd en aantal(k.x) > 1", "IGJ1307", "'k (element van klachten.klachten)' heeft geen veld 'x'.", 50, "k.x");

    [Fact]
    public void The_list_of_a_quantifier_is_outside_its_body() =>
        AssertSingle("alle k in k.lijst: ja", "IGJ1305", "'k' bestaat alleen binnen het lichaam van 'alle k in …: …'.", 10, "k.lijst");

    [Fact]
    public void Sibling_quantifiers_may_use_the_same_variable() =>
        AssertNoErrors(Load("(alle k in klachten.klachten: k.verlengd) en (enige k in klachten.klachten: niet k.verlengd)"));

    // ---------------------------------------------------------------- IGJ1306 onbekende keuzewaarde

    [Theory]
    [InlineData("aanbieder.soort = \"ziekenhuis\"", 18)]
    [InlineData("\"ziekenhuis\" = aanbieder.soort", 0)]
    [InlineData("aanbieder.soort != \"ziekenhuis\"", 19)]
    [InlineData("aanbieder.soort in [\"instelling\", \"ziekenhuis\"]", 34)]
    [InlineData("aanbieder.soort niet in [\"ziekenhuis\"]", 25)]
    public void A_keuze_compared_with_a_text_that_is_not_one_of_its_values(string toets, int start) =>
        AssertSingle(toets, "IGJ1306", "\"ziekenhuis\" is geen waarde van 'aanbieder.soort'; toegestaan: instelling, solistisch.", start, "\"ziekenhuis\"");

    [Fact]
    public void Keuze_values_are_case_sensitive() =>
        AssertSingle("aanbieder.soort = \"Instelling\"", "IGJ1306", "\"Instelling\" is geen waarde van 'aanbieder.soort'; toegestaan: instelling, solistisch.", 18, "\"Instelling\"");

    // ---------------------------------------------------------------- IGJ1307 onbekend veld

    [Theory]
    [InlineData("alle k in klachten.klachten: k.besluit_o <= peildatum", "'k (element van klachten.klachten)' heeft geen veld 'besluit_o'. Bedoelde u 'besluit_op'?", 29, "k.besluit_o")]
    [InlineData("enige k in klachten.klachten: k.status = \"open\"", "'k (element van klachten.klachten)' heeft geen veld 'status'.", 30, "k.status")]
    [InlineData("alle k in klachten.klachten: k.verlengd.x", "'k.verlengd' heeft geen veld 'x'.", 29, "k.verlengd.x")]
    public void Unknown_field_of_a_quantifier_variable(string toets, string message, int start, string covered) =>
        AssertSingle(toets, "IGJ1307", message, start, covered);

    // ---------------------------------------------------------------- IGJ1308 onbekende norm

    [Fact]
    public void Unknown_norm_with_a_suggestion() =>
        AssertSingle("oordeel(andere.nrom) = voldoet", "IGJ1308", "Onbekende norm 'andere.nrom'. Bedoelde u 'andere.norm'?", 8, "andere.nrom", OtherNorm("andere.norm", "ja"));

    [Fact]
    public void Unknown_norm_without_a_suggestion() =>
        AssertSingle("oordeel(wkkgz.klachtenregeling) = voldoet", "IGJ1308", "Onbekende norm 'wkkgz.klachtenregeling'.", 8, "wkkgz.klachtenregeling");

    // ---------------------------------------------------------------- IGJ1309 geen ja/nee

    [Theory]
    [InlineData("aanbieder.aantal_zorgverleners", "een getal")]
    [InlineData("aanbieder.aantal_zorgverleners + 1", "een getal")]
    [InlineData("aanbieder.naam", "een tekst")]
    [InlineData("aanbieder.soort", "een keuze (instelling, solistisch)")]
    [InlineData("peildatum", "een datum")]
    [InlineData("melding.besluit_op + 48 uur", "een tijdstip")]
    [InlineData("voldoet", "een oordeel")]
    [InlineData("aantal(klachten.klachten)", "een getal")]
    [InlineData("(\"tekst\")", "een tekst")]
    public void A_toets_must_give_ja_or_nee(string toets, string type) =>
        AssertSingle(toets, "IGJ1309", $"Een toets moet ja of nee opleveren, maar dit is {type}.", 0, toets);

    [Fact]
    public void A_toepassing_must_give_ja_or_nee()
    {
        var loaded = TestModel.WithBegrippen((NormPath, TestModel.Norm("t", "aanbieder.aantal_zorgverleners", "ja")));
        var error = Assert.Single(loaded.Diagnostics, d => d.IsError);
        Assert.Equal("IGJ1309", error.Code);
        Assert.Equal("Een toepassing moet ja of nee opleveren, maar dit is een getal.", error.Message);
        var line = error.Location.File!.Text.Split('\n').Select((text, index) => (text, index)).Single(l => l.text.StartsWith("toepassing:", StringComparison.Ordinal));
        Assert.Equal(line.index + 1, error.Location.Start.Line);
        Assert.Equal("toepassing: '".Length + 1, error.Location.Start.Column);
        Assert.Equal("toepassing: '".Length + 1 + "aanbieder.aantal_zorgverleners".Length, error.Location.End.Column);
    }

    // ---------------------------------------------------------------- IGJ1310 lijst als waarde

    [Theory]
    [InlineData("klachten.klachten", 0, "klachten.klachten")]
    [InlineData("aanbieder.aantal_zorgverleners = klachten.klachten", 33, "klachten.klachten")]
    [InlineData("klachten.klachten in [1]", 0, "klachten.klachten")]
    [InlineData("klachten.klachten.ingediend_op = 2024-01-01", 0, "klachten.klachten.ingediend_op")]
    [InlineData("niet klachten.klachten", 5, "klachten.klachten")]
    public void A_list_used_as_a_value(string toets, int start, string covered) =>
        AssertSingle(toets, "IGJ1310", "'klachten.klachten' is een lijst; gebruik 'aantal(klachten.klachten)', 'alle', 'enige' of 'geen'.", start, covered);

    [Fact]
    public void A_list_may_be_asked_whether_it_is_known() =>
        AssertNoErrors(Load("klachten.klachten is bekend", "klachten.klachten is niet bekend"));

    // ---------------------------------------------------------------- IGJ1311 duur

    [Theory]
    [InlineData("kwaliteit.laatste_toetsing_op + 48 uur > peildatum", "Een datum heeft geen uren: gebruik een tijdstip-begrip, of tel in dagen.", 32, "48 uur")]
    [InlineData("peildatum - 1 uur < kwaliteit.laatste_toetsing_op", "Een datum heeft geen uren: gebruik een tijdstip-begrip, of tel in dagen.", 12, "1 uur")]
    [InlineData("3 dagen", "Een duur kan alleen bij een datum of tijdstip worden opgeteld of ervan worden afgetrokken ('d + 6 weken').", 0, "3 dagen")]
    [InlineData("3 dagen + kwaliteit.laatste_toetsing_op > peildatum", "Een duur kan alleen bij een datum of tijdstip worden opgeteld of ervan worden afgetrokken ('d + 6 weken').", 0, "3 dagen")]
    [InlineData("kwaliteit.laatste_toetsing_op * 3 dagen > peildatum", "Een duur kan alleen bij een datum of tijdstip worden opgeteld of ervan worden afgetrokken ('d + 6 weken').", 32, "3 dagen")]
    [InlineData("kwaliteit.laatste_toetsing_op + -3 dagen > peildatum", "Een duur kan alleen bij een datum of tijdstip worden opgeteld of ervan worden afgetrokken ('d + 6 weken').", 33, "3 dagen")]
    [InlineData("aanbieder.aantal_zorgverleners + 3 dagen > 1", "Een duur kan alleen bij een datum of tijdstip worden opgeteld, niet bij een getal.", 0, "aanbieder.aantal_zorgverleners + 3 dagen")]
    [InlineData("aanbieder.naam - 1 jaar = \"x\"", "Een duur kan alleen bij een datum of tijdstip worden opgeteld, niet bij een tekst.", 0, "aanbieder.naam - 1 jaar")]
    public void Duration_misuse(string toets, string message, int start, string covered) =>
        AssertSingle(toets, "IGJ1311", message, start, covered);

    [Fact]
    public void Durations_chain_and_may_be_parenthesised() =>
        AssertNoErrors(Load("kwaliteit.laatste_toetsing_op > peildatum - 3 weken - 2 weken + 1 dag", "kwaliteit.laatste_toetsing_op + (3 dagen) > peildatum"));

    [Theory]
    [InlineData("uur")]
    [InlineData("dagen")]
    [InlineData("werkdagen")]
    [InlineData("weken")]
    [InlineData("maanden")]
    [InlineData("jaren")]
    public void Every_unit_may_be_added_to_a_tijdstip(string unit) =>
        AssertNoErrors(Load($"melding.besluit_op <= melding.noodsituatie_begin + 2 {unit}", $"melding.besluit_op - 2 {unit} <= melding.noodsituatie_begin"));

    // ---------------------------------------------------------------- IGJ1312 variabele verbergt een naam

    [Theory]
    [InlineData("alle aanbieder in klachten.klachten: aanbieder.verlengd", "De variabele 'aanbieder' heeft dezelfde naam als een begrip; kies een andere naam.", 5, "aanbieder")]
    [InlineData("alle klachten in klachten.klachten: klachten.verlengd", "De variabele 'klachten' heeft dezelfde naam als een begrip; kies een andere naam.", 5, "klachten")]
    [InlineData("alle k in klachten.klachten: alle k in klachten.klachten: k.verlengd", "De variabele 'k' heeft dezelfde naam als een variabele daarbuiten; kies een andere naam.", 34, "k")]
    [InlineData("alle k in klachten.klachten: aantal(k in klachten.klachten: k.verlengd) > 0", "De variabele 'k' heeft dezelfde naam als een variabele daarbuiten; kies een andere naam.", 36, "k")]
    [InlineData("aantal(melding in klachten.klachten: melding.verlengd) > 0", "De variabele 'melding' heeft dezelfde naam als een begrip; kies een andere naam.", 7, "melding")]
    public void A_variable_that_shadows_a_name(string toets, string message, int start, string covered) =>
        AssertSingle(toets, "IGJ1312", message, start, covered);

    // ---------------------------------------------------------------- 12xx found while binding

    [Fact]
    public void Invalid_literals_are_reported_with_the_other_problems_of_the_toets()
    {
        const string toets = "d = 2024-02-30";
        var errors = Errors(toets);
        Assert.Equal(2, errors.Count);
        AssertDiagnostic(errors[0], toets, "IGJ1301", "Onbekend feit 'd'.", 0, "d");
        AssertDiagnostic(errors[1], toets, "IGJ1203", "'2024-02-30' is geen bestaande datum.", 4, "2024-02-30");
    }

    [Fact]
    public void A_chained_comparison_is_IGJ1204() =>
        AssertSingle(
            "aanbieder.aantal_zorgverleners > 1 < 5",
            "IGJ1204",
            "Vergelijkingen kunnen niet gekoppeld worden; schrijf 'x tussen a en b' of 'a < x en x < b'.",
            0,
            "aanbieder.aantal_zorgverleners > 1 < 5");

    [Fact]
    public void A_name_cannot_start_with_a_keyword() =>
        AssertSingle(
            "onbekend.feit",
            "IGJ1201",
            "Onverwacht 'onbekend.feit'; verwacht '(', '-', '[', 'aantal', 'alle', 'enige', 'geen', 'ja', 'nee', 'niet', 'oordeel', 'peildatum', 'voldoet', een datum, een feit, een getal of een tekst.",
            0,
            "onbekend.feit");

    [Fact]
    public void A_syntax_error_stops_binding()
    {
        const string toets = "onzin.feit en (ja";
        AssertSingle(toets, "IGJ1201", "Onverwacht einde van de toets; verwacht ')'.", 17, string.Empty);
    }

    [Fact]
    public void More_than_sixteen_nested_quantifier_variables_are_too_deep()
    {
        var toets = string.Concat(Enumerable.Range(1, 17).Select(i => $"alle k{i} in klachten.klachten: ")) + "ja";
        var error = SingleError(toets);
        Assert.Equal("IGJ1206", error.Code);
        Assert.Equal("De toets is te ingewikkeld (meer dan 16 geneste variabelen); splits hem in meer criteria.", error.Message);
        var (start, length) = SpanInToets(error);
        Assert.Equal("k17", toets.Substring(start, length));
        Assert.Equal(toets.IndexOf("k17", StringComparison.Ordinal), start);
    }

    [Fact]
    public void Sibling_quantifiers_do_not_count_towards_that_limit()
    {
        var toets = string.Join(" en ", Enumerable.Range(1, 20).Select(i => $"(alle k{i} in klachten.klachten: k{i}.verlengd)"));
        AssertNoErrors(Load(toets));
        var facts = new Action<IgjNormen.Findings.BevindingenBuilder>(b => b.Lijst("klachten.klachten", [Klacht(verlengd: true), Klacht(verlengd: true)]));
        Assert.Equal(IgjNormen.Model.CriterionOutcome.Voldaan, Outcome(toets, facts));
    }

    // ---------------------------------------------------------------- well-typed toetsen

    [Theory]
    [InlineData("klachten.regeling_aanwezig en klachten.functionaris_beschikbaar")]
    [InlineData("alle k in klachten.klachten: k.besluit_op <= k.ingediend_op + 6 weken")]
    [InlineData("aantal(klachten.klachten) >= 3 en geen k in klachten.klachten: k.verlengd")]
    [InlineData("melding.besluit_op <= melding.noodsituatie_begin + 48 uur")]
    [InlineData("aanbieder.soort in [\"instelling\", \"solistisch\"]")]
    [InlineData("oordeel(andere) in [voldoet, voldoet grotendeels]")]
    [InlineData("aanbieder.aantal_zorgverleners tussen 1 en 10")]
    [InlineData("kwaliteit.laatste_toetsing_op >= peildatum - 1 jaar")]
    [InlineData("aanbieder.naam is bekend en aanbieder.naam != \"\"")]
    [InlineData("alle k in klachten.klachten: k.verlengd is bekend")]
    [InlineData("aantal(k in klachten.klachten: k.verlengd) / aantal(klachten.klachten) <= 0.5")]
    [InlineData("-aanbieder.aantal_zorgverleners < 0")]
    [InlineData("oordeel(andere) != niet van toepassing")]
    [InlineData("(alle k in klachten.klachten: k.ingediend_op tussen 2024-01-01 en peildatum) en ja")]
    public void Well_typed_toetsen_bind_without_diagnostics(string toets) =>
        Assert.Empty(Load([toets], OtherNorm("andere", "ja")).Diagnostics.Where(d => d.IsError).Select(d => d.ToString()));
}
