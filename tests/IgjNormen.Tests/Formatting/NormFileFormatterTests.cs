using IgjNormen.Formatting;
using IgjNormen.Text;
using Xunit;

namespace IgjNormen.Tests.Formatting;

public class NormFileFormatterTests
{
    private const string Head = "id: n\ntitel: T\nsoort: wettelijk\nbron: { regeling: Wkkgz, bwb: BWBR0037173, artikel: \"13\" }\n";

    private static FormattedFile Format(string text) => NormFileFormatter.Format(new SourceFile("norms/n.norm.yaml", text));

    [Fact]
    public void Rewrites_only_the_expression_and_keeps_its_quoting()
    {
        var text = Head + "toepassing: \"Aanbieder.soort   =  \\\"instelling\\\"\"  # alleen instellingen\nversies:\n  - geldig_vanaf: 2016-01-01\n    status: vastgesteld\n    criteria:\n      - id: a\n        tekst: 'Tekst: met ''quotes'''\n        toets: 'a  EN b' # rommelig\n";
        var result = Format(text);
        Assert.Equal(
            Head + "toepassing: \"Aanbieder.soort = \\\"instelling\\\"\"  # alleen instellingen\nversies:\n  - geldig_vanaf: 2016-01-01\n    status: vastgesteld\n    criteria:\n      - id: a\n        tekst: 'Tekst: met ''quotes'''\n        toets: 'a en b' # rommelig\n",
            result.Text);
        Assert.Equal(2, result.Edits.Count);
    }

    [Fact]
    public void A_plain_value_that_would_need_quotes_becomes_single_quoted()
    {
        var result = Format(Head + "versies:\n  - geldig_vanaf: 2016-01-01\n    status: concept\n    criteria:\n      - id: a\n        tekst: T\n        toets: alle k in l:k.a\n");
        Assert.EndsWith("        toets: 'alle k in l: k.a'\n", result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_long_value_becomes_a_folded_block_and_a_trailing_comment_stays_on_the_header_line()
    {
        var toets = "klachten.regeling_met_clientenorganisatie of aanbieder.clientenraad_verplicht en klachten.regeling_met_clientenraad";
        var result = Format(Head + $"versies:\r\n  - geldig_vanaf: 2016-01-01\r\n    status: concept\r\n    criteria:\r\n      - id: a\r\n        tekst: T\r\n        toets: {toets} # lid 2 en 3\r\n        kritiek: ja\r\n");
        Assert.EndsWith(
            "        toets: >- # lid 2 en 3\r\n          klachten.regeling_met_clientenorganisatie\r\n          of aanbieder.clientenraad_verplicht en klachten.regeling_met_clientenraad\r\n        kritiek: ja\r\n",
            result.Text,
            StringComparison.Ordinal);
        Assert.False(Format(result.Text).Changed);
    }

    [Fact]
    public void A_block_keeps_its_header_and_indentation()
    {
        var result = Format(Head + "versies:\n  - geldig_vanaf: 2016-01-01\n    status: concept\n    criteria:\n      - id: a\n        tekst: T\n        toets: |   # letterlijk\n            ALLE k IN l :\n              k.a   en k.b\n\n        kritiek: ja\n");
        Assert.EndsWith("        toets: |   # letterlijk\n            alle k in l:\n            k.a en k.b\n\n        kritiek: ja\n", result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void In_a_flow_mapping_a_value_stays_on_its_line()
    {
        var result = Format(Head + "versies:\n  - { geldig_vanaf: 2016-01-01, status: concept, criteria: [ { id: a, tekst: T, toets: a  EN  b } ] }\n");
        Assert.Contains("toets: a en b }", result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_toets_with_a_syntax_error_is_reported_and_left_alone_while_the_others_are_formatted()
    {
        var text = Head + "versies:\n  - geldig_vanaf: 2016-01-01\n    status: concept\n    criteria:\n      - id: a\n        tekst: T\n        toets: a en\n      - id: b\n        tekst: T\n        toets: a  en  b\n";
        var result = Format(text);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("IGJ1201", error.Code);
        Assert.Equal(new LinePosition(11, 20), error.Location.Start);
        Assert.Contains("        toets: a en\n", result.Text, StringComparison.Ordinal);
        Assert.EndsWith("        toets: a en b\n", result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_is_not_valid_yaml_is_not_touched()
    {
        var text = Head + "versies: [\n";
        var result = Format(text);
        Assert.False(result.Changed);
        Assert.Contains(result.Diagnostics, d => d.Code == "IGJ1001");
    }

    [Fact]
    public void The_shipped_norms_are_formatted()
    {
        foreach (var path in Directory.EnumerateFiles(Support.RepositoryRoot.Combine("norms"), "*.norm.yaml", SearchOption.AllDirectories))
        {
            var result = NormFileFormatter.Format(new SourceFile(path, File.ReadAllText(path)));
            Assert.False(result.Changed, $"{path} is niet opgemaakt; draai 'igjnormen fmt norms'.");
            Assert.Empty(result.Diagnostics);
        }
    }
}
