using System.Text;
using CsCheck;
using IgjNormen.Formatting;
using IgjNormen.Parsing;
using IgjNormen.Syntax;
using IgjNormen.Text;
using IgjNormen.Yaml;
using Xunit;

namespace IgjNormen.Tests.Formatting;

/// <summary>
/// Property tests for fmt: the canonical text means the same (it parses to an equivalent tree), formatting is
/// idempotent, and in a norm file nothing outside the rewritten toets and toepassing values changes.
/// </summary>
public class FormatPropertyTests
{
    private static readonly Gen<(Expr Tree, int Seed)> TreeAndSeed = Gen.Select(ToetsGen.Expr(newlines: true), Gen.Int);

    [Fact]
    public void Formatted_text_parses_to_the_same_tree_and_formatting_is_idempotent()
    {
        TreeAndSeed.Sample(
            sample =>
            {
                var (tree, seed) = sample;
                var noisy = ToetsGen.Noisy(tree, seed);
                var parsed = Parse(noisy);
                Assert.True(ExprEquivalence.AreEquivalent(tree, parsed), $"testgenerator: '{noisy}' parset anders");

                var formatted = ToetsFormatter.Format(parsed);
                Assert.True(ExprEquivalence.AreEquivalent(tree, Parse(formatted)), $"'{formatted}' betekent iets anders dan '{noisy}'");
                Assert.Equal(formatted, ToetsFormatter.Format(Parse(formatted)));
            },
            iter: 1000,
            print: s => ToetsGen.Noisy(s.Tree, s.Seed));
    }

    [Fact]
    public void Laid_out_text_in_any_width_parses_to_the_same_tree()
    {
        Gen.Select(ToetsGen.Expr(newlines: true), Gen.Int[10, 120], Gen.Bool).Sample(
            sample =>
            {
                var (tree, width, block) = sample;
                var lines = ToetsFormatter.Layout(tree, width, block);
                var text = string.Join("\n", lines);
                Assert.True(ExprEquivalence.AreEquivalent(tree, Parse(text)), $"'{text}' betekent iets anders");
                Assert.Equal(lines, ToetsFormatter.Layout(Parse(text), width, block));
            },
            iter: 1000,
            print: s => ToetsFormatter.Format(s.Item1) + $" (breedte {s.Item2}, blok {s.Item3})");
    }

    [Fact]
    public void Formatting_a_norm_file_changes_only_the_expression_values_keeps_their_meaning_and_is_idempotent()
    {
        NormFile.Sample(
            file =>
            {
                var source = new SourceFile("norms/test.norm.yaml", file.Text);
                var result = NormFileFormatter.Format(source);
                Assert.Empty(result.Diagnostics.Select(d => d.ToString()));

                // Every expression still means the same.
                var after = ExpressionScalars(result.Text);
                Assert.Equal(file.Trees.Count, after.Count);
                for (var i = 0; i < after.Count; i++)
                {
                    Assert.True(ExprEquivalence.AreEquivalent(file.Trees[i], Parse(after[i].Value)), $"waarde {i} betekent iets anders: '{after[i].Value}'");
                }

                // Everything between the expression values is byte for byte the same.
                Assert.Equal(Between(file.Text, ExpressionScalars(file.Text)), Between(result.Text, after));

                // The edits the formatter reports make the new text, and touch nothing else.
                Assert.Equal(result.Text, Apply(file.Text, result.Edits));

                // Idempotent: a second run finds nothing to do.
                var again = NormFileFormatter.Format(new SourceFile(source.Path, result.Text));
                Assert.False(again.Changed, "tweede keer fmt verandert nog:\n" + result.Text);
            },
            iter: 200,
            print: f => f.Text);
    }

    private sealed record GeneratedFile(string Text, IReadOnlyList<Expr> Trees);

    /// <summary>A norm file with comments, mixed quoting, LF or CRLF, and toetsen in every scalar style.</summary>
    private static readonly Gen<GeneratedFile> NormFile =
        Gen.Select(ToetsGen.Expr().Array[1, 5], Gen.Int, Gen.Bool, Gen.Bool).Select((trees, seed, crlf, withToepassing) =>
        {
            var random = new Random(seed);
            var lines = new List<string>();
            var used = new List<Expr>();
            lines.Add("# Een norm om fmt op te testen  ");
            lines.Add("id: 'test'   # id");
            lines.Add("titel: \"Testnorm: met dubbele punt\"");
            lines.Add("soort: wettelijk");
            lines.Add("bron: { regeling: Wkkgz, bwb: BWBR0037173, artikel: \"13\" }");
            var index = 0;
            if (withToepassing && trees.Length > 1)
            {
                lines.AddRange(Scalar("toepassing", 0, trees[index], random));
                used.Add(trees[index++]);
            }

            lines.Add("versies:");
            lines.Add("  # de eerste versie");
            lines.Add("  - geldig_vanaf: 2016-01-01");
            lines.Add("    status: vastgesteld   # niet meer wijzigen");
            lines.Add("    criteria:");
            var c = 0;
            while (index < trees.Length)
            {
                lines.Add($"      - id: c{++c}");
                if (random.Next(3) == 0)
                {
                    lines.Add("        # een opmerking midden in een criterium");
                }

                lines.Add($"        tekst: 'Criterium {c}: ''tekst'' met # teken'");
                lines.AddRange(Scalar("toets", 8, trees[index], random));
                used.Add(trees[index++]);
                if (random.Next(2) == 0)
                {
                    lines.Add("        kritiek: ja # kritiek");
                }
            }

            lines.Add("voorbeelden: []");
            var newline = crlf ? "\r\n" : "\n";
            return new GeneratedFile(string.Join(newline, lines) + newline, used);
        });

    /// <summary>"key: value" lines for a toets, in a random style that is valid YAML for its text.</summary>
    private static IEnumerable<string> Scalar(string key, int indent, Expr tree, Random random)
    {
        var pad = new string(' ', indent);
        var noisy = ToetsGen.Noisy(tree, random.Next(), newlines: true).Trim();
        var oneLine = string.Join(' ', noisy.Split('\n'));
        switch (random.Next(5))
        {
            case 0 when IsPlainSafe(oneLine):
                return [$"{pad}{key}: {oneLine}"];
            case 1:
                return [$"{pad}{key}: '{oneLine.Replace("'", "''", StringComparison.Ordinal)}'"];
            case 2:
                return [$"{pad}{key}: \"{oneLine.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)}\""];
            default:
                var header = random.Next(4) switch { 0 => ">-", 1 => ">", 2 => "|", _ => "|-" };
                var content = noisy.Split('\n').Select(l => l.Length == 0 ? string.Empty : pad + "  " + l);
                return [$"{pad}{key}: {header}", .. content];
        }
    }

    private static bool IsPlainSafe(string text) =>
        text.Length > 0
        && !"-?:,[]{}#&*!|>'\"%@`".Contains(text[0], StringComparison.Ordinal)
        && !text.Contains(": ", StringComparison.Ordinal)
        && !text.Contains(" #", StringComparison.Ordinal)
        && !text.EndsWith(':')
        && !char.IsWhiteSpace(text[^1]);

    private static List<YScalar> ExpressionScalars(string text)
    {
        var bag = new IgjNormen.Diagnostics.DiagnosticBag();
        var root = YamlReader.Read(new SourceFile("norms/test.norm.yaml", text), bag) as YMapping;
        Assert.True(root is not null, string.Join("\n", bag.Items) + "\n" + text);
        var result = new List<YScalar>();
        if (root!["toepassing"] is YScalar toepassing)
        {
            result.Add(toepassing);
        }

        foreach (var version in ((YSequence)root["versies"]!).Items.Cast<YMapping>())
        {
            result.AddRange(((YSequence)version["criteria"]!).Items.Cast<YMapping>().Select(c => (YScalar)c["toets"]!));
        }

        return result;
    }

    /// <summary>The text between the expression values (a block value ends with its last non-blank line).</summary>
    private static List<string> Between(string text, List<YScalar> scalars)
    {
        var parts = new List<string>();
        var position = 0;
        foreach (var scalar in scalars)
        {
            parts.Add(text[position..scalar.Span.Start]);
            var end = scalar.Span.End;
            if (scalar.Style is YScalarStyle.Literal or YScalarStyle.Folded)
            {
                while (end > scalar.Span.Start && char.IsWhiteSpace(text[end - 1]))
                {
                    end--;
                }
            }

            position = end;
        }

        parts.Add(text[position..]);
        return parts;
    }

    private static string Apply(string text, IReadOnlyList<TextEdit> edits)
    {
        var builder = new StringBuilder();
        var position = 0;
        foreach (var edit in edits)
        {
            Assert.True(edit.Span.Start >= position, "bewerkingen overlappen of staan niet op volgorde");
            builder.Append(text, position, edit.Span.Start - position).Append(edit.NewText);
            position = edit.Span.End;
        }

        return builder.Append(text, position, text.Length - position).ToString();
    }

    private static Expr Parse(string text)
    {
        var result = ToetsParser.Parse(text);
        Assert.True(result.Success, $"'{text}' parset niet: {result.Error?.Code} {string.Join(", ", result.ErrorArgs)}");
        return result.Expression!;
    }
}
