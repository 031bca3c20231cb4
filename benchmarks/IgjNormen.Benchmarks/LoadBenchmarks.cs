using BenchmarkDotNet.Attributes;
using IgjNormen.Loading;

namespace IgjNormen.Benchmarks;

/// <summary>Cold path: read, parse, type-check and cross-check the shipped norms folder.</summary>
[MemoryDiagnoser]
public class LoadBenchmarks
{
    [Benchmark(Description = "load + check norms/")]
    public int LoadAndCheck()
    {
        var result = NormModelLoader.LoadFolder(RepositoryPaths.Norms);
        if (result.HasErrors)
        {
            throw new InvalidOperationException("norms/ has errors");
        }

        return result.Model.Norms.Count;
    }
}
