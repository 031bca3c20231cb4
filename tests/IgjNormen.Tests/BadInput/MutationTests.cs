using CsCheck;
using IgjNormen.Diagnostics;
using IgjNormen.Findings;
using IgjNormen.Loading;
using IgjNormen.Testing;
using IgjNormen.Tests.Support;
using IgjNormen.Text;
using Xunit;

namespace IgjNormen.Tests.BadInput;

/// <summary>
/// Property: whatever a few random edits do to a shipped norm file or a sample bevindingen file, loading and checking
/// never throws, and every diagnostic has a catalogued code and a place inside its file.
/// </summary>
public class MutationTests
{
    /// <summary>Characters that matter to YAML and to the toets language, plus some that are hard on readers.</summary>
    private const string Alphabet = "[]{}:,-?&*!|>'\"#%@`\t\n\r\\. 0aé\u2028\u0085\uFEFF\0";

    private static readonly HashSet<string> Codes = DiagnosticCodes.All.Select(d => d.Code).ToHashSet(StringComparer.Ordinal);

    private static readonly (string Path, string Text)[] NormFiles =
        Directory.EnumerateFiles(RepositoryRoot.Combine("norms"), "*.yaml", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(p => (Path.GetRelativePath(RepositoryRoot.Path, p).Replace('\\', '/'), File.ReadAllText(p)))
            .ToArray();

    private static readonly Gen<(int Position, int Kind, char Char)[]> Edits =
        Gen.Select(Gen.Int[0, int.MaxValue], Gen.Int[0, 2], Gen.Char[Alphabet]).Array[1, 6];

    [Fact]
    public void Mutated_norm_files_never_throw()
    {
        Gen.Select(Gen.Int[0, NormFiles.Length - 1], Edits).Sample((index, edits) =>
        {
            var files = NormFiles.Select((f, i) => new SourceFile(f.Path, i == index ? Mutate(f.Text, edits) : f.Text)).ToList();
            var result = NormModelLoader.Load(files);
            AssertWellFormed(result.Diagnostics);
            if (!result.HasErrors)
            {
                AssertWellFormed(ExampleRunner.RunAll(result.Model).Where(o => !o.Passed).Select(o => o.Failure!));
            }
        }, iter: 200);
    }

    [Fact]
    public void Mutated_bevindingen_never_throw()
    {
        var model = NormModelLoader.LoadFolder(RepositoryRoot.Combine("norms")).Model;
        var samples = Directory.GetFiles(RepositoryRoot.Combine("samples", "bevindingen"), "*.yaml").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToArray();
        Gen.Select(Gen.Int[0, samples.Length - 1], Edits).Sample((index, edits) =>
        {
            var diagnostics = new DiagnosticBag();
            var bevindingen = BevindingenReader.ReadText(Mutate(samples[index], edits), model, diagnostics);
            AssertWellFormed(diagnostics.Items);
            if (bevindingen is not null)
            {
                AssertWellFormed(new IgjNormen.Evaluation.Evaluator(model).Evaluate(bevindingen).Diagnostics);
            }
        }, iter: 200);
    }

    private static string Mutate(string text, (int Position, int Kind, char Char)[] edits)
    {
        var chars = text.ToList();
        foreach (var (position, kind, c) in edits)
        {
            var at = position % Math.Max(1, chars.Count);
            switch (kind)
            {
                case 0 when chars.Count > 0:
                    chars[at] = c;
                    break;
                case 1:
                    chars.Insert(at, c);
                    break;
                default:
                    if (chars.Count > 0)
                    {
                        chars.RemoveAt(at);
                    }

                    break;
            }
        }

        return new string([.. chars]);
    }

    private static void AssertWellFormed(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var d in diagnostics)
        {
            Assert.Contains(d.Code, Codes);
            Assert.False(string.IsNullOrWhiteSpace(d.Message), d.ToString());
            if (d.Location.File is { } file)
            {
                Assert.InRange(d.Location.Span.Start, 0, file.Text.Length);
                Assert.InRange(d.Location.Span.End, d.Location.Span.Start, file.Text.Length);
            }

            _ = d.ToString();
        }
    }
}
