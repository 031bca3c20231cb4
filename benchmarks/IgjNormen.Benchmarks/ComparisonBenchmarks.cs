using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using IgjNormen.Comparison;
using IgjNormen.Evaluation;
using IgjNormen.Model;
using RulesEngine.Models;

namespace IgjNormen.Benchmarks;

/// <summary>
/// One provider against the kader klachten-en-incidenten, in the three forms of docs/prestaties.md. Each call takes
/// the next of 4096 generated providers, so the means are over a mix of lists, missing facts and oordelen.
/// Per category the baseline is the form the target compares with: RulesEngine for "met uitleg", hand-written C# for
/// "alleen oordelen".
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class PerProvider
{
    private static readonly EvaluationOptions Explained = new() { Explain = true };
    private Workloads _w = null!;
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        _w = Workloads.Shared;

        // RulesEngine compiles a workflow on first use; that is cold start, measured elsewhere.
        _w.RulesEngine.Evaluate(_w.Feiten[0]);
    }

    private int Next() => _next = (_next + 1) & (Workloads.Pool - 1);

    [Benchmark(Baseline = true, Description = "RulesEngine 6.0.1 (regelresultaten + oordelen)")]
    [BenchmarkCategory("1 met uitleg")]
    public Oordeel[] RulesEngineExplained()
    {
        var feiten = _w.Feiten[Next()];
        List<RuleResultTree> results = _w.RulesEngine.Execute(feiten);
        return RulesEngineForm.Verdicts(results, feiten.Peildatum);
    }

    [Benchmark(Description = "IgjNormen Evaluate, Explain = true")]
    [BenchmarkCategory("1 met uitleg")]
    public int IgjNormenExplained() => _w.Evaluator.Evaluate(_w.Bevindingen[Next()], Explained).Normen.Count;

    [Benchmark(Baseline = true, Description = "handgeschreven C#")]
    [BenchmarkCategory("2 alleen oordelen")]
    public Oordeel[] HandWrittenVerdicts() => HandWritten.Evaluate(_w.Feiten[Next()]);

    [Benchmark(Description = "IgjNormen EvaluateVerdicts")]
    [BenchmarkCategory("2 alleen oordelen")]
    public Oordeel[] IgjNormenVerdicts() => _w.Evaluator.EvaluateVerdicts(_w.Bevindingen[Next()]);

    [Benchmark(Description = "RulesEngine 6.0.1")]
    [BenchmarkCategory("2 alleen oordelen")]
    public Oordeel[] RulesEngineVerdicts() => _w.RulesEngine.Evaluate(_w.Feiten[Next()]);
}

/// <summary>
/// 100,000 providers (the 4096 generated ones, cycled) evaluated in bulk on all cores, verdicts only: the library's
/// batch API against Parallel.For around the hand-written C# and around RulesEngine.
/// </summary>
[MemoryDiagnoser]
public class Bulk
{
    public const int Providers = 100_000;
    private Workloads _w = null!;
    private Findings.Bevindingen[] _bevindingen = null!;
    private Feiten[] _feiten = null!;

    [GlobalSetup]
    public void Setup()
    {
        _w = Workloads.Shared;
        _bevindingen = [.. Enumerable.Range(0, Providers).Select(i => _w.Bevindingen[i % Workloads.Pool])];
        _feiten = [.. Enumerable.Range(0, Providers).Select(i => _w.Feiten[i % Workloads.Pool])];
        _w.RulesEngine.Evaluate(_w.Feiten[0]);
    }

    [Benchmark(Baseline = true, Description = "handgeschreven C#, Parallel.For")]
    public Oordeel[][] HandWrittenBulk()
    {
        var results = new Oordeel[Providers][];
        Parallel.For(0, Providers, i => results[i] = HandWritten.Evaluate(_feiten[i]));
        return results;
    }

    [Benchmark(Description = "IgjNormen EvaluateVerdictsAll")]
    public Oordeel[][] IgjNormenBulk() => _w.Evaluator.EvaluateVerdictsAll(_bevindingen);

    [Benchmark(Description = "RulesEngine 6.0.1, Parallel.For")]
    public Oordeel[][] RulesEngineBulk()
    {
        var results = new Oordeel[Providers][];
        Parallel.For(0, Providers, i => results[i] = _w.RulesEngine.Evaluate(_feiten[i]));
        return results;
    }
}
