using CsCheck;
using IgjNormen.Binding;
using IgjNormen.Diagnostics;
using IgjNormen.Model;
using IgjNormen.Parsing;
using Xunit;

namespace IgjNormen.Tests.Language;

/// <summary>
/// Property: whatever the text (random mixes of keywords, symbols, quotes, brackets, digits, dates, unicode and
/// plain random strings), <see cref="ToetsParser.Parse"/> does not throw and returns either a tree whose spans lie
/// within the text or one error whose span does; and the binder does not throw on it either.
/// </summary>
public class ParserRobustnessProperties
{
    private static readonly string[] Vocabulary =
    [
        "en", "of", "niet", "in", "is", "bekend", "onbekend", "tussen", "alle", "enige", "geen", "aantal", "oordeel",
        "peildatum", "ja", "nee", "voldoet", "grotendeels", "van", "toepassing", "te", "beoordelen", "kracht",
        "EN", "Niet", "ALLE", "IN", "uur", "dagen", "werkdag", "weken", "maand", "jaren",
        "(", ")", "[", "]", ",", ":", "=", "!=", "<", "<=", ">", ">=", "+", "-", "*", "/", "\"", "\\", "'", ".", "_",
        "0", "3", "1.5", "1,5", "007", "2024-02-29", "2024-02-30", "2025-06-01T10:00", "2025-06-01T25:00",
        "79228162514264337593543950336", "100001", "3dagen",
        "a", "k", "x.y", "klachten.klachten", "k.verlengd", "aanbieder.soort", "klachten.", ".x", "oordeel(a)",
        "\"tekst\"", "\"a\\\"b\"", "é", "😀", "日本", "٣", "İ", "\u0000", "\u200B", "\uD800", "\t", "\n", "\r\n", " ",
    ];

    internal static readonly Gen<string> Token = Gen.Frequency(
        (8, Gen.OneOf(Vocabulary)),
        (1, Gen.Char.Select(c => c.ToString())),
        (1, Gen.String[0, 5]));

    internal static readonly Gen<string> Text = Gen.Frequency(
        (6, Gen.Select(Token.Array[0, 30], Gen.OneOf("", " "), (tokens, separator) => string.Join(separator, tokens))),
        (2, Gen.String[0, 60]),
        (1, Gen.Select(Gen.OneOf("(", "[", "niet ", "-", "alle k in l: ", "aantal("), Gen.Int[20, 60], Token.Array[0, 5], (open, n, tail) => string.Concat(Enumerable.Repeat(open, n)) + string.Concat(tail))));

    private static readonly NormModel Model = Support.TestModel.WithBegrippen().Model;

    [Fact]
    public void Parse_never_throws_and_every_span_lies_within_the_text()
    {
        Text.Sample(
            text =>
            {
                var result = ToetsParser.Parse(text);
                if (result.Success)
                {
                    Assert.Null(result.Error);
                    foreach (var node in ToetsTree.Nodes(result.Expression!))
                    {
                        Assert.InRange(node.Span.Start, 0, text.Length);
                        Assert.InRange(node.Span.End, node.Span.Start, text.Length);
                    }
                }
                else
                {
                    Assert.Null(result.Expression);
                    Assert.NotNull(result.Error);
                    Assert.StartsWith("IGJ12", result.Error.Code, StringComparison.Ordinal);
                    Assert.InRange(result.ErrorSpan.Start, 0, text.Length);
                    Assert.InRange(result.ErrorSpan.End, result.ErrorSpan.Start, text.Length);
                    Assert.False(string.IsNullOrWhiteSpace(result.Error.Format(result.ErrorArgs)));
                }
            },
            iter: 2000,
            print: text => "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"");
    }

    [Fact]
    public void The_binder_never_throws_and_reports_every_failure()
    {
        var binder = new Binder(Model.FactsByName, Model.NormsById);
        Text.Sample(
            text =>
            {
                var diagnostics = new DiagnosticBag();
                var condition = new Condition(text, null);
                var bound = binder.Bind(condition, "toets", diagnostics);
                Assert.Equal(!bound, diagnostics.HasErrors);
                Assert.Equal(bound, condition.Bound is not null);
                Assert.All(diagnostics.Items, d => Assert.False(string.IsNullOrWhiteSpace(d.Message)));
            },
            iter: 600);
    }

    [Fact]
    public void Parsing_is_the_same_on_every_thread_and_every_time()
    {
        Text.Sample(
            text =>
            {
                var first = ToetsParser.Parse(text);
                var second = ToetsParser.Parse(text);
                Assert.Equal(first.Success, second.Success);
                Assert.Equal(first.ErrorSpan, second.ErrorSpan);
                Assert.Equal(first.Error?.Format(first.ErrorArgs), second.Error?.Format(second.ErrorArgs));
                if (first.Success)
                {
                    Assert.Equal(ToetsTree.Show(first.Expression!), ToetsTree.Show(second.Expression!));
                }
            },
            iter: 500);
    }
}
