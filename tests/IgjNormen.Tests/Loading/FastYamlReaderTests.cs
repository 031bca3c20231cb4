using IgjNormen.Comparison;
using IgjNormen.Diagnostics;
using IgjNormen.Tests.Support;
using IgjNormen.Text;
using IgjNormen.Yaml;
using Xunit;

namespace IgjNormen.Tests.Loading;

/// <summary>
/// The fast YAML reader gives exactly the tree YamlDotNet gives (types, values, styles, spans) for every file it
/// accepts, and accepts only files YamlDotNet reads without a diagnostic; everything else is left to YamlDotNet.
/// </summary>
public class FastYamlReaderTests
{
    /// <summary>Every YAML file of the repository and a small generated folder; the shipped and generated ones must be taken.</summary>
    private static readonly Lazy<List<(string Path, string Text, bool MustBeTaken)>> Corpus = new(() =>
    {
        var files = Directory.EnumerateFiles(RepositoryRoot.Path, "*.yaml", SearchOption.AllDirectories)
            .Select(p => (Full: p, Relative: Path.GetRelativePath(RepositoryRoot.Path, p).Replace('\\', '/')))
            .Where(p => !p.Relative.Contains("bin/", StringComparison.Ordinal) && !p.Relative.Contains("obj/", StringComparison.Ordinal) && !p.Relative.Contains("node_modules/", StringComparison.Ordinal))
            .OrderBy(p => p.Relative, StringComparer.Ordinal)
            .Select(p => (p.Relative, File.ReadAllText(p.Full), p.Relative.StartsWith("norms/", StringComparison.Ordinal)))
            .ToList();
        using var generated = new TempDirectory();
        NormFolderGenerator.Write(generated.Path, 12);
        files.AddRange(Directory.EnumerateFiles(generated.Path, "*.yaml", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(p => (p, File.ReadAllText(p), true)));
        return files;
    });

    /// <summary>Constructs at the edges of what the fast reader takes, and just past them.</summary>
    public static TheoryData<string> EdgeCases() =>
    [
        "a: 1\nb:\nc: |\n  x\n  y\n\n# c\nd: >-\n  p\n  q\n\n   r\n  s\ne:\n- 1\n- [x, \"y\"]\nf: {a: b}\ng:\n  h: plain\n    cont\n\n    cont2\n  # comment\ni: \"q\"   # tr\n",
        "b:   # x\nl:\n  - a\n  - b\n# c\nn:\n  - k: v\n    k2: v2\n  - k: w\nq: \"a\\\"b\\\\c\\n\"\nr: 'it''s'\ns: plain  # c\nt: [ instelling , \"x y\" , [], {} ]\nu: {a: [1, 2], b: \"c\"}\nv: https://x.nl/a#b\nw: -5\nx: 8:24\ny: |+\n  a\n\nz: >\n  a\n    b\n  c\nlast:",
        "# yaml-language-server: $schema=x.json\nid: a.b\n\n\nnested:\n  deeper:\n    deepest: x\n  back: y\nend: z\n",
        "a: |\n  x\n  \n",
        "a: |\n  x\n   \n",
        "a: |\n  x\n \nb: 1\n",
        "a: |-\n  x\n\n\n",
        "a: |+\n  x\n\n\n",
        "a: >\n\n  x\n  y\n",
        "a: >\n  x\n\n  y\n   z\n  w\n",
        "a: |\n    x\n  y\n",
        "k:\n  a: |\n    x\n  b: >-\n    y\n    z\n  c: 1\n",
        "a: |\n  trailing spaces   \n  # not a comment\n",
        "a: x\n  y\n\n\n  z\nb: 1",
        "a: x\n  # c\nb: 1\n",
        "a: x # c\n  y\n",
        "a: x\n  - y\n",
        "a: x\n  y: z\n",
        "a: \"\\u00e9\\x41\\t\\/\"\n",
        "a: \"\\q\"\n",
        "a: \"x\n  y\"\n",
        "a: 'x\n  y'\n",
        "a: [[a, b], [c], {d: e}]\nb:\n  - {a: b, c: [1]}\n  - [ ]\n",
        "a:\n  - - x\n",
        "a:\n  -\n    b: c\n",
        "- a\n- b\n",
        "a : b\n",
        "a: b: c\n",
        "\"a\": b\n",
        "a: &x b\nc: *x\n",
        "a: !tag b\n",
        "a: b\na: c\n",
        "---\na: b\n",
        "a: b\n---\nc: d\n",
        "a: b\n...\n",
        "a: 50%\nb: x@y\nc: a`b\n",
        "a: %x\n",
        "a: @x\n",
        "a: b\r\nc: d\r\n",
        "a: b\n\tc: d\n",
        "a:\tb\n",
        "",
        "# only a comment\n",
        "a: [a, b,]\n",
        "a: [a\n, b]\n",
        "a: {x: }\n",
        "a: {x:y}\n",
        "a: [x: y]\n",
        "a: [a #c\n]\n",
        "a: ~\nb: null\nc: ''\nd: \"\"\n",
        "café: ja\nnaïef: 'é'\n",
        "a:\n- b\n- c\nd: e\n",
        "a:\n  - b\n  c: d\n",
        "a:\n    b: c\n  d: e\n",
        "a: b\n  c\n",
        "a: |\n",
        "a: |",
        "a: >2\n  x\n",
        "a: | # c\n  x\n",
        "a: -\n",
        "a: - b\n",
        "a: ? b\n",
        "a: ,b\n",
        "a: \"x\"y\n",
        "a: \"x\"#y\n",
        "a: 'x' # y\n",
        "a:\n  b:\n    c:\n      d: [1, {e: \"f\"}]\n",
        "  a: b\n",
        "a: b\n c: d\n",
        "a: \"\\e\\a\\b\\v\\f\\0\\ \\r\\x00\\u0041\"\n",
        "a: \"\\N\\_\\L\\P\"\n",
        "a: x\u00a0\nb: \u00a0y\nc:\u00a0z\n",
        "a: x\ufffe\n",
        "a: [a#b, -5, x - y]\nb: {a: b,c: d}\nc: [a,b]\n",
        "a: [a]# c\nb: [a] # c\n",
        "a:\n  # c\nb: 1\n",
        "- a: 1\n    b: 2\n",
        "a:\n- b: 1\n  c: 2\n- d\ne: f\n",
        "a: |\n  x\n  ",
        "a: >-\n  x\n\n\n  y\n",
        "a: 'x''y''' # c\n",
    ];

    [Theory]
    [MemberData(nameof(EdgeCases))]
    public void Edge_cases_are_read_as_YamlDotNet_reads_them_or_left_to_it(string text) => AssertSameOrLeftAlone("edge.yaml", text);

    [Fact]
    public void Every_yaml_file_in_the_repository_is_read_fast_and_the_same()
    {
        foreach (var (path, text, mustBeTaken) in Corpus.Value)
        {
            var accepted = AssertSameOrLeftAlone(path, text);
            Assert.True(accepted || !mustBeTaken || text.Contains('\r'), $"The fast reader does not take {path}.");
        }
    }

    [Fact]
    public void Mutated_files_are_read_the_same_or_left_to_YamlDotNet()
    {
        string[] inserts =
        [
            ":", ": ", " #", "#", "-", "- ", "\"", "'", "|", ">", " ", "\n", "[", "]", "{", "}", ",", "&a ", "*", "!", "é", "\\", "  ",
            "\n  ", "\n\n", "x", "?", "%", "@", "\\n", "''", "\t", "\r\n", "-5", "~", "null", "|-\n", ">-\n  a\n", "\n    ", "\\u00e9", "a: b", "\u00a0", "\ufffe", "\\x41",
        ];
        var random = new Random(20251130);
        var accepted = 0;
        var total = 0;
        for (var round = 0; round < 12; round++)
        {
            foreach (var (_, original, _) in Corpus.Value)
            {
                var text = original;
                for (var edit = random.Next(3); edit >= 0; edit--)
                {
                    text = Mutate(text, random, inserts);
                }

                total++;
                if (AssertSameOrLeftAlone("mutated.yaml", text))
                {
                    accepted++;
                }
            }
        }

        // Most mutations still give valid YAML of the kind the fast reader takes: the comparison is not empty.
        Assert.True(accepted > total / 5, $"{accepted} of {total} accepted");
    }

    [Fact]
    public void Limits_are_left_to_YamlDotNet()
    {
        var deep = string.Concat(Enumerable.Range(0, 70).Select(i => new string(' ', i * 2) + "k" + i + ":\n")) + new string(' ', 140) + "x: 1\n";
        Assert.False(FastYamlReader.TryRead(new SourceFile("deep.yaml", deep), YamlLimits.Default, out _));
        var wide = "a: [" + string.Join(", ", Enumerable.Range(0, 20)) + "]\n";
        Assert.False(FastYamlReader.TryRead(new SourceFile("wide.yaml", wide), YamlLimits.Default with { MaxNodes = 10 }, out _));
        Assert.False(FastYamlReader.TryRead(new SourceFile("long.yaml", "a: " + new string('x', 50) + "\n"), YamlLimits.Default with { MaxScalarLength = 10 }, out _));
        var many = string.Concat(Enumerable.Range(0, 40).Select(i => $"k{i}: {i}\n")) + "k7: again\n";
        Assert.False(FastYamlReader.TryRead(new SourceFile("dup.yaml", many), YamlLimits.Default, out _));
    }

    private static string Mutate(string text, Random random, string[] inserts)
    {
        var lines = text.Split('\n').ToList();
        switch (random.Next(6))
        {
            case 0:
                return text.Insert(random.Next(text.Length + 1), inserts[random.Next(inserts.Length)]);
            case 1:
                if (text.Length == 0)
                {
                    return text;
                }

                var at = random.Next(text.Length);
                return text.Remove(at, Math.Min(text.Length - at, 1 + random.Next(3)));
            case 2:
                lines.RemoveAt(random.Next(lines.Count));
                break;
            case 3:
                lines.Insert(random.Next(lines.Count), lines[random.Next(lines.Count)]);
                break;
            case 4:
                var line = random.Next(lines.Count);
                lines[line] = random.Next(2) == 0 ? " " + lines[line] : lines[line].StartsWith(' ') ? lines[line][1..] : lines[line];
                break;
            default:
                var end = random.Next(lines.Count);
                lines[end] = lines[end].TrimEnd() + inserts[random.Next(inserts.Length)] + (random.Next(2) == 0 ? " x" : string.Empty);
                break;
        }

        return string.Join('\n', lines);
    }

    /// <summary>True when the fast reader took the file (and then gave YamlDotNet's tree, with no diagnostics).</summary>
    private static bool AssertSameOrLeftAlone(string path, string text)
    {
        var file = new SourceFile(path, text);
        if (!FastYamlReader.TryRead(file, YamlLimits.Default, out var fast))
        {
            return false;
        }

        var diagnostics = new DiagnosticBag();
        var expected = YamlReader.ReadWithYamlDotNet(file, diagnostics, YamlLimits.Default);
        Assert.True(diagnostics.Items.Count == 0, $"The fast reader took a file YamlDotNet reports ({string.Join("; ", diagnostics.Items)}):\n{text}");
        Assert.NotNull(expected);
        var difference = Difference(expected, fast!, "/");
        Assert.True(difference is null, $"{difference}\n{text}");
        return true;
    }

    private static string? Difference(YNode expected, YNode actual, string path)
    {
        if (expected.GetType() != actual.GetType() || expected.Span != actual.Span)
        {
            return $"{path}: {expected.GetType().Name} {expected.Span} expected, {actual.GetType().Name} {actual.Span} read";
        }

        switch (expected)
        {
            case YScalar scalar:
                var other = (YScalar)actual;
                return scalar.Value == other.Value && scalar.Style == other.Style
                    ? null
                    : $"{path}: {scalar.Style} '{scalar.Value}' expected, {other.Style} '{other.Value}' read";
            case YMapping mapping:
                var entries = ((YMapping)actual).Entries;
                if (mapping.Entries.Count != entries.Count)
                {
                    return $"{path}: {mapping.Entries.Count} keys expected, {entries.Count} read";
                }

                for (var i = 0; i < entries.Count; i++)
                {
                    var child = path + mapping.Entries[i].Key.Value + "/";
                    if ((Difference(mapping.Entries[i].Key, entries[i].Key, child + "(key)") ?? Difference(mapping.Entries[i].Value, entries[i].Value, child)) is { } found)
                    {
                        return found;
                    }
                }

                return null;
            default:
                var items = ((YSequence)actual).Items;
                var expectedItems = ((YSequence)expected).Items;
                if (expectedItems.Count != items.Count)
                {
                    return $"{path}: {expectedItems.Count} items expected, {items.Count} read";
                }

                for (var i = 0; i < items.Count; i++)
                {
                    if (Difference(expectedItems[i], items[i], $"{path}{i}/") is { } found)
                    {
                        return found;
                    }
                }

                return null;
        }
    }
}
