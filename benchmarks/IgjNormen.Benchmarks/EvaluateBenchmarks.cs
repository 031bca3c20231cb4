using BenchmarkDotNet.Attributes;
using IgjNormen.Diagnostics;
using IgjNormen.Evaluation;
using IgjNormen.Findings;
using IgjNormen.Loading;

namespace IgjNormen.Benchmarks;

/// <summary>Hot path: evaluate one provider's bevindingen against a kader, with and without explanations.</summary>
[MemoryDiagnoser]
public class EvaluateBenchmarks
{
    private Evaluator _evaluator = null!;
    private Bevindingen _bevindingen = null!;
    private static readonly EvaluationOptions Explained = new() { Explain = true };
    private static readonly EvaluationOptions VerdictsOnly = new() { Explain = false };

    [GlobalSetup]
    public void Setup()
    {
        var loaded = NormModelLoader.LoadFolder(RepositoryPaths.Norms);
        _evaluator = new Evaluator(loaded.Model);
        var diagnostics = new DiagnosticBag();
        _bevindingen = BevindingenReader.ReadFile(RepositoryPaths.Sample("thuiszorg-het-anker.yaml"), loaded.Model, diagnostics)
            ?? throw new InvalidOperationException(string.Join("\n", diagnostics.Items));
    }

    [Benchmark(Baseline = true, Description = "evaluate kader, with explanations")]
    public int EvaluateExplained() => _evaluator.Evaluate(_bevindingen, Explained).Normen.Count;

    [Benchmark(Description = "evaluate kader, verdicts only")]
    public int EvaluateVerdictsOnly() => _evaluator.Evaluate(_bevindingen, VerdictsOnly).Normen.Count;
}
