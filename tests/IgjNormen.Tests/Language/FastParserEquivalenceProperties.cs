using System.Globalization;
using System.Text;
using CsCheck;
using IgjNormen.Formatting;
using IgjNormen.Loading;
using IgjNormen.Parsing;
using IgjNormen.Syntax;
using IgjNormen.Tests.Formatting;
using IgjNormen.Tests.Support;
using Xunit;

namespace IgjNormen.Tests.Language;

/// <summary>
/// The hand-written fast path of the parser against the Sprache grammar that defines the language: on every text,
/// <see cref="ToetsParser.Parse"/> (fast path first) gives exactly what the grammar alone gives — the same tree with
/// the same spans, or the same diagnostic at the same place. And the fast path really is taken for valid toetsen
/// (otherwise loading would silently be slow again): for every generated valid toets and every shipped one.
/// </summary>
public class FastParserEquivalenceProperties
{
    [Fact]
    public void Random_and_broken_texts_give_the_same_result_as_the_grammar() =>
        ParserRobustnessProperties.Text.Sample(AssertSameAsGrammar, iter: 4000, print: Quote);

    [Fact]
    public void Well_typed_toetsen_are_read_by_the_fast_path_exactly_as_by_the_grammar() =>
        ToetsGenerators.Boolean(4).Sample(
            text =>
            {
                AssertSameAsGrammar(text);
                Assert.NotNull(FastToetsParser.TryParse(text));
            },
            iter: 2000,
            print: Quote);

    [Fact]
    public void Random_trees_printed_with_noise_or_minimal_parentheses_agree()
    {
        Gen.Select(ToetsGen.Expr(newlines: true), Gen.Int, Gen.Bool).Sample(
            (tree, seed, noisy) =>
            {
                var text = noisy ? ToetsGen.Noisy(tree, seed) : ToetsFormatter.Format(tree);
                AssertSameAsGrammar(text);
                var grammar = ToetsParser.ParseWithGrammar(text);
                if (grammar.Success && ToetsTree.Nodes(grammar.Expression!).All(n => n is not InvalidExpr))
                {
                    Assert.NotNull(FastToetsParser.TryParse(text));
                }
            },
            iter: 3000,
            print: t => t.ToString());
    }

    [Fact]
    public void Valid_toetsen_with_one_character_changed_agree() =>
        Gen.Select(ToetsGenerators.Boolean(3), Gen.Int[0, 10_000], ParserRobustnessProperties.Token, Gen.Int[0, 2]).Sample(
            (text, at, token, kind) =>
            {
                var position = at % (text.Length + 1);
                var mutated = kind switch
                {
                    0 when position < text.Length => text.Remove(position, 1),
                    1 => text.Insert(position, token),
                    _ => text[..position] + token + text[Math.Min(text.Length, position + 1)..],
                };
                AssertSameAsGrammar(mutated);
            },
            iter: 3000,
            print: t => Quote(t.Item1) + " @" + t.Item2 + " " + Quote(t.Item3) + " " + t.Item4);

    [Theory]
    [InlineData("a en b of niet c")]
    [InlineData("niet van toepassing = oordeel(x.y-z_1)")]
    [InlineData("oordeel(a) in [voldoet grotendeels niet, voldoet niet, niet te beoordelen, niet van kracht]")]
    [InlineData("  ( a )  ")]
    [InlineData("x niet in [1, 2.50, 3] en y is niet onbekend")]
    [InlineData("d tussen 2024-02-29 en peildatum - 3 werkdagen")]
    [InlineData("t <= 2025-06-01T10:00 + 48 UUR")]
    [InlineData("aantal(k in l: k.v) >= 2 * -(3 + aantal(l))")]
    [InlineData("alle k in l : enige m in k.x: m.Y = \"a\\\"b\\\\c\"")]
    [InlineData("a.in.en = ja")]
    [InlineData("NIET a EN B OF c")]
    [InlineData("ın = ja")]
    public void Hand_picked_toetsen_take_the_fast_path_and_agree(string text)
    {
        Assert.NotNull(FastToetsParser.TryParse(text));
        AssertSameAsGrammar(text);
    }

    [Theory]
    [InlineData("2024-02-30 < peildatum")]
    [InlineData("3dagen")]
    [InlineData("a = b = c")]
    [InlineData("2024-01-01x")]
    [InlineData("2025-06-01T25:00")]
    [InlineData("1.5 dagen")]
    [InlineData("aantal(k in l)")]
    [InlineData("a niet b")]
    [InlineData("[a, ]")]
    public void Invalid_toetsen_are_left_to_the_grammar(string text)
    {
        Assert.Null(FastToetsParser.TryParse(text));
        AssertSameAsGrammar(text);
    }

    [Fact]
    public void Nesting_at_the_limit_is_left_to_the_grammar()
    {
        var deep = new string('(', ToetsParser.MaxNesting + 1) + "a" + new string(')', ToetsParser.MaxNesting + 1);
        var allowed = new string('(', ToetsParser.MaxNesting) + "a" + new string(')', ToetsParser.MaxNesting);
        Assert.Null(FastToetsParser.TryParse(deep));
        Assert.NotNull(FastToetsParser.TryParse(allowed));
        AssertSameAsGrammar(deep);
        AssertSameAsGrammar(allowed);
    }

    [Fact]
    public void Every_shipped_toets_is_read_by_the_fast_path()
    {
        var model = NormModelLoader.LoadFolder(RepositoryRoot.Combine("norms")).Model;
        var texts = model.Norms
            .SelectMany(n => n.Versies.SelectMany(v => v.Criteria.Select(c => c.Toets.Text).Append(v.Toepassing?.Text)).Append(n.Toepassing?.Text))
            .OfType<string>()
            .ToList();
        Assert.True(texts.Count > 150, $"maar {texts.Count} toetsen gevonden");
        foreach (var text in texts)
        {
            Assert.NotNull(FastToetsParser.TryParse(text));
            AssertSameAsGrammar(text);
        }
    }

    private static void AssertSameAsGrammar(string text)
    {
        Assert.Equal(Dump(ToetsParser.ParseWithGrammar(text)), Dump(ToetsParser.Parse(text)));
    }

    /// <summary>The whole result: every node with its span (and the spans of variables and norm ids), or the error.</summary>
    private static string Dump(ToetsParseResult result)
    {
        if (!result.Success)
        {
            return $"fout {result.Error!.Code} {result.ErrorSpan} {string.Join(" | ", result.ErrorArgs)}";
        }

        var text = new StringBuilder();
        Write(result.Expression!);
        return text.ToString();

        void Write(Expr e)
        {
            text.Append('(').Append(e.GetType().Name).Append(e.Span.ToString()).Append(' ');
            switch (e)
            {
                case BooleanLiteral b: text.Append(b.Value); break;
                case NumberLiteral n: text.Append(n.Value.ToString(CultureInfo.InvariantCulture)); break;
                case TextLiteral t: text.Append(Quote(t.Value)); break;
                case DateLiteral d: text.Append(d.Value.ToString("O", CultureInfo.InvariantCulture)); break;
                case DateTimeLiteral d: text.Append(d.Value.ToString("O", CultureInfo.InvariantCulture)); break;
                case DurationLiteral d: text.Append(d.Amount).Append(' ').Append(d.Unit); break;
                case VerdictLiteral v: text.Append(v.Value); break;
                case NameExpr n: text.Append(string.Join('.', n.Parts)); break;
                case NotExpr n: Write(n.Operand); break;
                case NegateExpr n: Write(n.Operand); break;
                case BinaryExpr b: text.Append(b.Operator).Append(' '); Write(b.Left); Write(b.Right); break;
                case InExpr i: text.Append(i.Negated).Append(' '); Write(i.Value); Write(i.List); break;
                case IsKnownExpr k: text.Append(k.Known).Append(' '); Write(k.Value); break;
                case BetweenExpr t: Write(t.Value); Write(t.Low); Write(t.High); break;
                case ListExpr l: l.Items.ToList().ForEach(Write); break;
                case QuantifierExpr q: text.Append(q.Kind).Append(' ').Append(q.Variable).Append(q.VariableSpan.ToString()); Write(q.List); Write(q.Body); break;
                case CountExpr c:
                    text.Append(c.Variable).Append(c.VariableSpan.ToString());
                    Write(c.List);
                    if (c.Condition is not null)
                    {
                        Write(c.Condition);
                    }

                    break;
                case VerdictOfExpr v: text.Append(v.NormId).Append(v.NormIdSpan.ToString()); break;
                case InvalidExpr i: text.Append(i.Descriptor.Code).Append(' ').Append(i.Detail); break;
                case PeildatumExpr: break;
                default: throw new ArgumentException(e.GetType().Name);
            }

            text.Append(')');
        }
    }

    private static string Quote(string text) =>
        "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal) + "\"";
}
