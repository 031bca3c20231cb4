using BenchmarkDotNet.Attributes;
using IgjNormen.Comparison;
using IgjNormen.Loading;

namespace IgjNormen.Benchmarks;

/// <summary>
/// Cold start: read, parse, type-check and cross-check a norms folder (the shipped norms/, and a generated folder of
/// 10,000 norms), against making the RulesEngine workflow ready (parse and compile its 52 rules on first use).
/// </summary>
[MemoryDiagnoser]
public class ColdStart
{
    public const int GeneratedNorms = 10_000;
    private string _generated = null!;

    [GlobalSetup]
    public void Setup()
    {
        _generated = Path.Combine(Path.GetTempPath(), $"igjnormen-{GeneratedNorms}-normen");
        if (Directory.Exists(_generated))
        {
            Directory.Delete(_generated, recursive: true);
        }

        NormFolderGenerator.Write(_generated, GeneratedNorms);

        var check = NormModelLoader.LoadFolder(_generated);
        if (check.HasErrors || check.Model.Norms.Count != GeneratedNorms)
        {
            throw new InvalidOperationException("The generated folder has errors: " + string.Join("\n", check.Diagnostics.Take(5)));
        }
    }

    [Benchmark(Description = "IgjNormen: laden + controleren norms/")]
    public int ShippedNorms() => Load(RepositoryPaths.Norms);

    [Benchmark(Description = "IgjNormen: laden + controleren 10.000 normen")]
    public int TenThousandNorms() => Load(_generated);

    [Benchmark(Description = "RulesEngine 6.0.1: workflow klaarmaken (eerste aanroep)")]
    public int RulesEngineFirstCall() => new RulesEngineForm().Execute(Workloads.Shared.Feiten[0]).Count;

    private static int Load(string folder)
    {
        var result = NormModelLoader.LoadFolder(folder);
        if (result.HasErrors)
        {
            throw new InvalidOperationException($"{folder} has errors");
        }

        return result.Model.Norms.Count;
    }
}
