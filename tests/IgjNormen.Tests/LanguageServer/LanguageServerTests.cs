using Lsp = IgjNormen.LanguageServer.Protocol;
using IgjNormen.LanguageServer.Protocol;
using IgjNormen.Tests.Diagnostics;
using Xunit;

namespace IgjNormen.Tests.LanguageServer;

/// <summary>The handlers of the language server, over an in-memory JSON-RPC connection.</summary>
public class LanguageServerTests
{
    private const string NormPath = "norms/a.norm.yaml";
    private const string KaderPath = "norms/k.kader.yaml";
    private const string BegrippenPath = "norms/begrippen/test.begrippen.yaml";

    private static string Norm(string toets) =>
        LspHarness.Header + "norm.schema.json\n" + Inputs.NormWithToets(toets);

    [Fact]
    public async Task Initialize_announces_the_features()
    {
        await using var lsp = await LspHarness.StartAsync();
        var capabilities = lsp.Capabilities!.Capabilities;
        Assert.Equal(1, capabilities.TextDocumentSync);
        Assert.True(capabilities.HoverProvider);
        Assert.True(capabilities.DefinitionProvider);
        Assert.True(capabilities.ReferencesProvider);
        Assert.True(capabilities.DocumentSymbolProvider);
        Assert.True(capabilities.CodeActionProvider);
        Assert.Contains(".", capabilities.CompletionProvider!.TriggerCharacters);
        Assert.True(capabilities.DocumentFormattingProvider);
        Assert.Equal("igjnormen", lsp.Capabilities.ServerInfo.Name);
    }

    [Fact]
    public async Task Formatting_lays_out_the_toets_through_fmt_and_leaves_the_rest_alone()
    {
        await using var lsp = await LspHarness.StartAsync();
        var text = Norm("klachten.regeling_aanwezig   EN  (ja)");
        await lsp.OpenAsync(NormPath, text);
        var edits = await lsp.Server.FormattingAsync(new DocumentFormattingParams(new TextDocumentIdentifier(lsp.Uri(NormPath)), new FormattingOptions(2, true)));
        var edit = Assert.Single(edits);
        Assert.Equal(11, edit.Range.Start.Line);
        Assert.Equal(11, edit.Range.End.Line);
        var line = text.Split('\n')[11];
        var formatted = string.Concat(line.AsSpan(0, edit.Range.Start.Character), edit.NewText, line.AsSpan(edit.Range.End.Character));
        Assert.Equal("        toets: klachten.regeling_aanwezig en ja", formatted);

        // A formatted file needs no edits; a file that is no YAML is left alone.
        Assert.Empty(await lsp.Server.FormattingAsync(new DocumentFormattingParams(new TextDocumentIdentifier(lsp.Uri(KaderPath)), null)));
        await lsp.ChangeAsync(NormPath, "id: [", 2);
        Assert.Empty(await lsp.Server.FormattingAsync(new DocumentFormattingParams(new TextDocumentIdentifier(lsp.Uri(NormPath)), null)));
    }

    [Fact]
    public async Task A_broken_toets_gives_a_diagnostic_at_its_range_and_fixing_it_clears_it()
    {
        await using var lsp = await LspHarness.StartAsync();
        var broken = Norm("klachten.regeling_aanwezg");
        await lsp.OpenAsync(NormPath, broken);
        var published = await lsp.NextDiagnosticsAsync(NormPath, version: 1);
        var diagnostic = Assert.Single(published.Diagnostics);
        Assert.Equal("IGJ1301", diagnostic.Code);
        Assert.Equal(1, diagnostic.Severity);
        Assert.Equal("igjnormen", diagnostic.Source);
        Assert.Equal("Onbekend feit 'klachten.regeling_aanwezg'. Bedoelde u 'klachten.regeling_aanwezig'?", diagnostic.Message);
        Assert.Equal(new Lsp.Range(new Position(11, 15), new Position(11, 15 + "klachten.regeling_aanwezg".Length)), diagnostic.Range);
        Assert.Equal(1, published.Version);

        await lsp.ChangeAsync(NormPath, lsp.Text(NormPath), 2);
        var fixedNorm = await lsp.NextDiagnosticsAsync(NormPath, version: 2);
        Assert.Empty(fixedNorm.Diagnostics);
        Assert.Equal(2, fixedNorm.Version);
    }

    [Fact]
    public async Task Ranges_inside_a_quoted_toets_count_UTF16_code_units()
    {
        await using var lsp = await LspHarness.StartAsync();

        // 'é' is one UTF-16 unit, '𝄞' two: the column after them counts units, as LSP does.
        await lsp.OpenAsync(NormPath, Norm("'aanbieder.naam = \"é𝄞\" en klachten.regeling_aanwezg'"));
        var diagnostic = Assert.Single((await lsp.NextDiagnosticsAsync(NormPath, version: 1)).Diagnostics);
        var start = "        toets: 'aanbieder.naam = \"é𝄞\" en ".Length;
        Assert.Equal(new Position(11, start), diagnostic.Range.Start);
    }

    [Fact]
    public async Task An_incremental_change_is_applied_to_the_text()
    {
        await using var lsp = await LspHarness.StartAsync();
        var text = lsp.Text(NormPath);
        await lsp.OpenAsync(NormPath, text);
        await lsp.NextDiagnosticsAsync(NormPath, version: 1);
        var at = LspHarness.PositionOf(text, "regeling_aanwezig\n", "regeling_aanwezig".Length);
        await lsp.ChangeRangeAsync(NormPath, new Lsp.Range(at, at), "x", 2);
        var diagnostic = Assert.Single((await lsp.NextDiagnosticsAsync(NormPath, version: 2)).Diagnostics);
        Assert.Equal("Onbekend feit 'klachten.regeling_aanwezigx'. Bedoelde u 'klachten.regeling_aanwezig'?", diagnostic.Message);
    }

    [Fact]
    public async Task A_renamed_begrip_breaks_the_norm_in_another_file_and_renaming_back_repairs_it()
    {
        await using var lsp = await LspHarness.StartAsync();
        var begrippen = lsp.Text(BegrippenPath);
        await lsp.OpenAsync(BegrippenPath, begrippen.Replace("klachten.regeling_aanwezig:", "klachten.regeling_er:", StringComparison.Ordinal));
        var broken = await lsp.NextDiagnosticsAsync(NormPath);
        Assert.Contains(broken.Diagnostics, d => d.Code == "IGJ1301" && d.Range.Start == new Position(11, 15));
        Assert.Null(broken.Version);

        await lsp.ChangeAsync(BegrippenPath, begrippen, 2);
        Assert.Empty((await lsp.NextDiagnosticsAsync(NormPath)).Diagnostics);
    }

    [Fact]
    public async Task A_file_without_the_schema_line_gets_IGJ1110_and_a_code_action_that_adds_it()
    {
        await using var lsp = await LspHarness.StartAsync();
        await lsp.OpenAsync(NormPath, Inputs.NormText);
        var diagnostic = Assert.Single((await lsp.NextDiagnosticsAsync(NormPath, version: 1)).Diagnostics);
        Assert.Equal("IGJ1110", diagnostic.Code);
        Assert.Equal(2, diagnostic.Severity);

        var actions = await lsp.Server.CodeActionAsync(new CodeActionParams(new TextDocumentIdentifier(lsp.Uri(NormPath)), diagnostic.Range, new CodeActionContext([diagnostic])));
        var action = Assert.Single(actions);
        var edit = Assert.Single(action.Edit.Changes[lsp.Uri(NormPath)]);
        Assert.Equal("# yaml-language-server: $schema=../schemas/norm.schema.json\n", edit.NewText);
    }

    [Theory]
    [InlineData("klachten.regeling_aanwezg", "IGJ1301", "klachten.regeling_aanwezig")]
    [InlineData("'alle k in klachten.klachten: k.verlngd'", "IGJ1307", "k.verlengd")]
    [InlineData("oordeel(b) = voldoet", "IGJ1308", "a")]
    public async Task Bedoelde_u_becomes_a_quick_fix(string toets, string code, string replacement)
    {
        await using var lsp = await LspHarness.StartAsync();
        await lsp.OpenAsync(NormPath, Norm(toets));
        var diagnostic = (await lsp.NextDiagnosticsAsync(NormPath, version: 1)).Diagnostics.Single(d => d.Code == code);
        var actions = await lsp.Server.CodeActionAsync(new CodeActionParams(new TextDocumentIdentifier(lsp.Uri(NormPath)), diagnostic.Range, new CodeActionContext([diagnostic])));
        var edit = Assert.Single(Assert.Single(actions).Edit.Changes[lsp.Uri(NormPath)]);
        Assert.Equal(replacement, edit.NewText);
        Assert.Equal(diagnostic.Range, edit.Range);
    }

    [Fact]
    public async Task Unknown_key_and_unknown_norm_in_kader_become_quick_fixes()
    {
        await using var lsp = await LspHarness.StartAsync();
        await lsp.OpenAsync(NormPath, lsp.Text(NormPath).Replace("titel: Testnorm", "titl: Testnorm", StringComparison.Ordinal));
        var unknownKey = (await lsp.NextDiagnosticsAsync(NormPath, version: 1)).Diagnostics.Single(d => d.Code == "IGJ1101");
        var keyFix = await lsp.Server.CodeActionAsync(new CodeActionParams(new TextDocumentIdentifier(lsp.Uri(NormPath)), unknownKey.Range, new CodeActionContext([unknownKey])));
        Assert.Equal("titel", Assert.Single(Assert.Single(keyFix).Edit.Changes.Values.Single()).NewText);
        await lsp.ChangeAsync(NormPath, lsp.Text(NormPath), 2);
        await lsp.NextDiagnosticsAsync(NormPath, version: 2);
        await lsp.ChangeAsync(NormPath, lsp.Text(NormPath), 2);

        await lsp.OpenAsync(KaderPath, lsp.Text(KaderPath).Replace("normen: [a]", "normen: [a, \"ab\"]", StringComparison.Ordinal));
        var unknownNorm = (await lsp.NextDiagnosticsAsync(KaderPath, version: 1)).Diagnostics.Single(d => d.Code == "IGJ1402");
        var normFix = await lsp.Server.CodeActionAsync(new CodeActionParams(new TextDocumentIdentifier(lsp.Uri(KaderPath)), unknownNorm.Range, new CodeActionContext([unknownNorm])));
        Assert.Equal("\"a\"", Assert.Single(Assert.Single(normFix).Edit.Changes.Values.Single()).NewText);
    }

    [Fact]
    public async Task Hover_on_a_begrip_shows_its_omschrijving_and_type()
    {
        await using var lsp = await LspHarness.StartAsync();
        var text = lsp.Text(NormPath);
        var hover = await lsp.Server.HoverAsync(new TextDocumentPositionParams(new TextDocumentIdentifier(lsp.Uri(NormPath)), LspHarness.PositionOf(text, "klachten.regeling_aanwezig\n", 5)));
        Assert.NotNull(hover);
        Assert.StartsWith("**klachten.regeling_aanwezig**: ja/nee\n\nEr is een klachtenregeling.", hover.Contents.Value, StringComparison.Ordinal);
        Assert.Equal("markdown", hover.Contents.Kind);
        Assert.Equal(LspHarness.PositionOf(text, "klachten.regeling_aanwezig\n"), hover.Range!.Start);
    }

    [Fact]
    public async Task Hover_on_a_keyword_a_variable_and_a_field()
    {
        await using var lsp = await LspHarness.StartAsync();
        var text = Norm("'alle k in klachten.klachten: k.verlengd tussen ja en ja of aantal(klachten.klachten) > 1'");
        await lsp.OpenAsync(NormPath, text);
        var uri = new TextDocumentIdentifier(lsp.Uri(NormPath));

        var keyword = await lsp.Server.HoverAsync(new TextDocumentPositionParams(uri, LspHarness.PositionOf(text, "tussen", 2)));
        Assert.Equal("**tussen** (sleutelwoord)\n\nx tussen a en b: a <= x <= b (beide grenzen tellen mee).", keyword!.Contents.Value);

        var variable = await lsp.Server.HoverAsync(new TextDocumentPositionParams(uri, LspHarness.PositionOf(text, "k.verlengd", 0)));
        Assert.StartsWith("**k**: een element van `klachten.klachten`", variable!.Contents.Value, StringComparison.Ordinal);

        var field = await lsp.Server.HoverAsync(new TextDocumentPositionParams(uri, LspHarness.PositionOf(text, "k.verlengd", 4)));
        Assert.StartsWith("**verlengd**: ja/nee\n\nVerlengd.", field!.Contents.Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hover_on_a_norm_id_shows_titel_bron_with_link_and_kaders()
    {
        await using var lsp = await LspHarness.StartAsync();
        var kader = lsp.Text(KaderPath);
        var hover = await lsp.Server.HoverAsync(new TextDocumentPositionParams(new TextDocumentIdentifier(lsp.Uri(KaderPath)), LspHarness.PositionOf(kader, "[a]", 1)));
        Assert.Equal(
            "**Testnorm**\n\n`a` · wettelijk\n\nBron: [Wkkgz art. 13](https://wetten.overheid.nl/BWBR0037173#Artikel13)\n\nVersies: vanaf 2016-01-01 (vastgesteld)\n\nKaders: Testkader (`k`), thema Thema",
            hover!.Contents.Value);
    }

    [Fact]
    public async Task Completion_in_a_quantifier_offers_the_fields_of_its_variable()
    {
        await using var lsp = await LspHarness.StartAsync();
        var text = Norm("'alle k in klachten.klachten: k.'");
        await lsp.OpenAsync(NormPath, text);
        var list = await lsp.Server.CompletionAsync(new CompletionParams(new TextDocumentIdentifier(lsp.Uri(NormPath)), LspHarness.PositionOf(text, "k.'", 2), null));
        Assert.Equal(["k.besluit_op", "k.ingediend_op", "k.verlengd"], list.Items.Select(i => i.Label).Order(StringComparer.Ordinal));
        Assert.All(list.Items, i => Assert.Equal(5, i.Kind));
        var item = list.Items.Single(i => i.Label == "k.verlengd");
        Assert.Equal("ja/nee", item.Detail);
        Assert.Equal(LspHarness.PositionOf(text, "k.'"), item.TextEdit!.Range.Start);
    }

    [Fact]
    public async Task Completion_of_fact_names_by_prefix_with_keywords_and_variables()
    {
        await using var lsp = await LspHarness.StartAsync();
        var text = Norm("klachten.reg");
        await lsp.OpenAsync(NormPath, text);
        var byPrefix = await lsp.Server.CompletionAsync(new CompletionParams(new TextDocumentIdentifier(lsp.Uri(NormPath)), LspHarness.PositionOf(text, "klachten.reg", "klachten.reg".Length), null));
        Assert.Equal(["klachten.regeling_aanwezig"], byPrefix.Items.Select(i => i.Label));
        Assert.True(byPrefix.IsIncomplete);

        var words = Norm("'alle k in klachten.klachten: ni'");
        await lsp.ChangeAsync(NormPath, words, 2);
        var keywords = await lsp.Server.CompletionAsync(new CompletionParams(new TextDocumentIdentifier(lsp.Uri(NormPath)), LspHarness.PositionOf(words, "ni'", 2), null));
        Assert.Equal(["niet"], keywords.Items.Select(i => i.Label));

        var empty = Norm("'alle k in klachten.klachten: '");
        await lsp.ChangeAsync(NormPath, empty, 3);
        var all = await lsp.Server.CompletionAsync(new CompletionParams(new TextDocumentIdentifier(lsp.Uri(NormPath)), LspHarness.PositionOf(empty, ": '", 2, occurrence: 1), null));
        Assert.Contains(all.Items, i => i.Label == "k" && i.Kind == 6);
        Assert.Contains(all.Items, i => i.Label == "aanbieder.soort");
        Assert.Contains(all.Items, i => i.Label == "peildatum" && i.Kind == 14);
    }

    [Theory]
    [InlineData("'aanbieder.soort = '", "= '", 2)]
    [InlineData("'aanbieder.soort = \"'", "\"'", 1)]
    [InlineData("'aanbieder.soort in [\"instelling\", '", ", '", 2)]
    [InlineData("'aanbieder.soort niet in ['", "['", 1)]
    public async Task Completion_of_keuze_values_after_equals_and_in(string toets, string anchor, int delta)
    {
        await using var lsp = await LspHarness.StartAsync();
        var text = Norm(toets);
        await lsp.OpenAsync(NormPath, text);
        var list = await lsp.Server.CompletionAsync(new CompletionParams(new TextDocumentIdentifier(lsp.Uri(NormPath)), LspHarness.PositionOf(text, anchor, delta), null));
        Assert.Equal(["\"instelling\"", "\"solistisch\""], list.Items.Select(i => i.Label));
        Assert.All(list.Items, i => Assert.Equal(12, i.Kind));
    }

    [Fact]
    public async Task Completion_of_norm_ids_in_oordeel_and_in_a_kader()
    {
        var files = new Dictionary<string, string>(LspHarness.DefaultFiles)
        {
            ["norms/b-twee.norm.yaml"] = LspHarness.Header + "norm.schema.json\n" + Inputs.NormText.Replace("id: a\n", "id: b-twee\n", StringComparison.Ordinal),
        };
        await using var lsp = await LspHarness.StartAsync(files);
        var text = Norm("'oordeel(b-) = voldoet'");
        await lsp.OpenAsync(NormPath, text);
        var ids = await lsp.Server.CompletionAsync(new CompletionParams(new TextDocumentIdentifier(lsp.Uri(NormPath)), LspHarness.PositionOf(text, "b-)", 2), null));
        Assert.Equal(["b-twee"], ids.Items.Select(i => i.Label));
        Assert.Equal(LspHarness.PositionOf(text, "b-)"), ids.Items[0].TextEdit!.Range.Start);

        var verdicts = await lsp.Server.CompletionAsync(new CompletionParams(new TextDocumentIdentifier(lsp.Uri(NormPath)), LspHarness.PositionOf(text, "= voldoet", 2), null));
        Assert.Equal(Model.OordeelText.AllLabels, verdicts.Items.Select(i => i.Label));

        var kader = lsp.Text(KaderPath).Replace("normen: [a]", "normen:\n      - a\n      - ", StringComparison.Ordinal);
        await lsp.OpenAsync(KaderPath, kader);
        var block = await lsp.Server.CompletionAsync(new CompletionParams(new TextDocumentIdentifier(lsp.Uri(KaderPath)), LspHarness.PositionOf(kader, "      - ", 8, occurrence: 1), null));
        Assert.Equal(["b-twee", "a"], block.Items.OrderBy(i => i.SortText, StringComparer.Ordinal).Select(i => i.Label));

        var flow = lsp.Text(KaderPath).Replace("normen: [a]", "normen: [a, ", StringComparison.Ordinal);
        await lsp.ChangeAsync(KaderPath, flow, 2);
        var inFlow = await lsp.Server.CompletionAsync(new CompletionParams(new TextDocumentIdentifier(lsp.Uri(KaderPath)), LspHarness.PositionOf(flow, "[a, ", 4), null));
        Assert.Contains(inFlow.Items, i => i.Label == "b-twee");
    }

    [Fact]
    public async Task Definition_and_references_of_a_begrip()
    {
        await using var lsp = await LspHarness.StartAsync();
        var norm = lsp.Text(NormPath);
        var begrippen = lsp.Text(BegrippenPath);
        var definition = Assert.Single(await lsp.Server.DefinitionAsync(new TextDocumentPositionParams(new TextDocumentIdentifier(lsp.Uri(NormPath)), LspHarness.PositionOf(norm, "regeling_aanwezig\n"))));
        Assert.Equal(lsp.Uri(BegrippenPath), definition.Uri);
        Assert.Equal(LspHarness.PositionOf(begrippen, "klachten.regeling_aanwezig:"), definition.Range.Start);

        var references = await lsp.Server.ReferencesAsync(new ReferenceParams(new TextDocumentIdentifier(lsp.Uri(BegrippenPath)), LspHarness.PositionOf(begrippen, "klachten.regeling_aanwezig:", 3), new ReferenceContext(false)));
        var reference = Assert.Single(references);
        Assert.Equal(lsp.Uri(NormPath), reference.Uri);
        Assert.Equal(LspHarness.PositionOf(norm, "klachten.regeling_aanwezig\n"), reference.Range.Start);
    }

    [Fact]
    public async Task Definition_and_references_of_a_field_and_a_norm_id()
    {
        await using var lsp = await LspHarness.StartAsync();
        var text = Norm("'alle k in klachten.klachten: k.verlengd en oordeel(a) = voldoet'");
        await lsp.OpenAsync(NormPath, text);
        var uri = new TextDocumentIdentifier(lsp.Uri(NormPath));
        var field = Assert.Single(await lsp.Server.DefinitionAsync(new TextDocumentPositionParams(uri, LspHarness.PositionOf(text, "k.verlengd", 3))));
        Assert.Equal(LspHarness.PositionOf(lsp.Text(BegrippenPath), "verlengd: {"), field.Range.Start);

        var fieldUses = await lsp.Server.ReferencesAsync(new ReferenceParams(uri, LspHarness.PositionOf(text, "k.verlengd", 3), new ReferenceContext(false)));
        Assert.Equal(LspHarness.PositionOf(text, "verlengd en"), Assert.Single(fieldUses).Range.Start);

        var normUses = await lsp.Server.ReferencesAsync(new ReferenceParams(uri, LspHarness.PositionOf(text, "oordeel(a)", 8), new ReferenceContext(true)));
        Assert.Equal(
            [(lsp.Uri(NormPath), LspHarness.PositionOf(text, "id: a", 4)), (lsp.Uri(NormPath), LspHarness.PositionOf(text, "oordeel(a)", 8)), (lsp.Uri(KaderPath), LspHarness.PositionOf(lsp.Text(KaderPath), "[a]", 1))],
            normUses.Select(l => (l.Uri, l.Range.Start)).OrderBy(l => l.Uri, StringComparer.Ordinal).ThenBy(l => l.Start.Line));
    }

    [Fact]
    public async Task Document_symbols_of_a_norm_are_versions_and_criteria()
    {
        await using var lsp = await LspHarness.StartAsync();
        var symbols = await lsp.Server.DocumentSymbolAsync(new DocumentSymbolParams(new TextDocumentIdentifier(lsp.Uri(NormPath))));
        var norm = Assert.Single(symbols);
        Assert.Equal(("a", "Testnorm"), (norm.Name, norm.Detail));
        Assert.Equal(["versie vanaf 2016-01-01", "voorbeelden"], norm.Children!.Select(c => c.Name));
        Assert.Equal(["c1"], norm.Children![0].Children!.Select(c => c.Name));
        Assert.Equal(["op orde", "niet op orde"], norm.Children![1].Children!.Select(c => c.Name));

        var kader = Assert.Single(await lsp.Server.DocumentSymbolAsync(new DocumentSymbolParams(new TextDocumentIdentifier(lsp.Uri(KaderPath)))));
        Assert.Equal("Thema", Assert.Single(kader.Children!).Name);

        var begrippen = await lsp.Server.DocumentSymbolAsync(new DocumentSymbolParams(new TextDocumentIdentifier(lsp.Uri(BegrippenPath))));
        Assert.Equal(["besluit_op", "ingediend_op", "verlengd"], begrippen.Single(s => s.Name == "klachten.klachten").Children!.Select(c => c.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Bevindingen_are_checked_against_the_norms()
    {
        await using var lsp = await LspHarness.StartAsync();
        var text = Inputs.BevindingenText.Replace("regeling_aanwezig: ja", "regeling_aanwezg: ja", StringComparison.Ordinal);
        await lsp.OpenAsync("bevindingen/bezoek.yaml", text);
        var diagnostic = Assert.Single((await lsp.NextDiagnosticsAsync("bevindingen/bezoek.yaml")).Diagnostics);
        Assert.Equal("IGJ1501", diagnostic.Code);
        Assert.Equal(new Position(6, 4), diagnostic.Range.Start);
    }

    public static TheoryData<string> Garbage() =>
    [
        string.Empty,
        "\t",
        "id: [\n",
        "{{{{{{{{",
        "id: a\ntitel: &x y\nversies: *x\n",
        "- - - - -\n",
        "id: a\nversies:\n  - criteria:\n      - toets: 'alle alle in in: ((('\n",
        "id: a\ntitel: b\nsoort: wettelijk\nbron: {bwb: x, artikel: \"1\"}\nversies:\n  - geldig_vanaf: 2016-01-01\n    status: concept\n    criteria:\n      - {id: c, tekst: t, toets: \"\\\"\"}\n",
        new string('(', 5000),
        "\0\u0001\uFFFF\uD800",
    ];

    [Theory]
    [MemberData(nameof(Garbage))]
    public async Task Garbage_gives_diagnostics_and_every_request_still_answers(string text)
    {
        await using var lsp = await LspHarness.StartAsync();
        await lsp.OpenAsync(NormPath, text);
        await lsp.NextDiagnosticsAsync(NormPath, version: 1);
        var uri = new TextDocumentIdentifier(lsp.Uri(NormPath));
        foreach (var position in new[] { new Position(0, 0), new Position(0, 3), new Position(3, 12), new Position(99, 99) })
        {
            await lsp.Server.HoverAsync(new TextDocumentPositionParams(uri, position));
            await lsp.Server.CompletionAsync(new CompletionParams(uri, position, null));
            await lsp.Server.DefinitionAsync(new TextDocumentPositionParams(uri, position));
            await lsp.Server.ReferencesAsync(new ReferenceParams(uri, position, new ReferenceContext(true)));
        }

        await lsp.Server.DocumentSymbolAsync(new DocumentSymbolParams(uri));

        // Still alive and checking: a valid text clears the file again.
        await lsp.ChangeAsync(NormPath, lsp.Text(NormPath), 2);
        Assert.Empty((await lsp.NextDiagnosticsAsync(NormPath, version: 2)).Diagnostics);
    }
}
