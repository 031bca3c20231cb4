using IgjNormen.Comparison;
using IgjNormen.Evaluation;
using IgjNormen.Findings;
using IgjNormen.Loading;
using IgjNormen.Results;
using IgjNormen.Tests.Support;
using Xunit;

namespace IgjNormen.Tests.Performance;

/// <summary>
/// Many providers to evaluate against the shipped norms: generated ones (the benchmark's generator) and every shipped
/// sample, with their inspector's overrides and other kaders (oordeel() included).
/// </summary>
internal static class ProviderSets
{
    public static (Evaluator Evaluator, List<Bevindingen> Bevindingen) Arrange(int count, int seed)
    {
        var loaded = NormModelLoader.LoadFolder(RepositoryRoot.Combine("norms"));
        Assert.DoesNotContain(loaded.Diagnostics, d => d.IsError);
        var bevindingen = Workload.Generate(count, seed).Select((f, i) => Workload.ToBevindingen(f, loaded.Model, $"Aanbieder {i}")).ToList();
        foreach (var sample in Directory.GetFiles(RepositoryRoot.Combine("samples", "bevindingen"), "*.yaml").Order(StringComparer.Ordinal))
        {
            bevindingen.Add(BevindingenReader.ReadFile(sample, loaded.Model, new IgjNormen.Diagnostics.DiagnosticBag())!);
        }

        return (new Evaluator(loaded.Model), bevindingen);
    }

    /// <summary>A result as compact JSON: equal strings mean equal results.</summary>
    public static string Json(EvaluationResult result) => ResultJson.Serialize(result, indented: false);
}
