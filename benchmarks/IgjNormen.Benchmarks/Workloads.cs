using IgjNormen.Comparison;
using IgjNormen.Evaluation;
using IgjNormen.Findings;
using IgjNormen.Loading;
using IgjNormen.Model;

namespace IgjNormen.Benchmarks;

/// <summary>The inputs of the comparison, made once per benchmark process: the shipped norms and generated providers.</summary>
internal sealed class Workloads
{
    /// <summary>Distinct generated providers; the bulk benchmark cycles through them.</summary>
    public const int Pool = 4096;

    public const int Seed = 20250408;

    private static readonly Lazy<Workloads> Instance = new(() => new Workloads());

    private Workloads()
    {
        var loaded = NormModelLoader.LoadFolder(RepositoryPaths.Norms);
        if (loaded.HasErrors)
        {
            throw new InvalidOperationException("norms/ has errors");
        }

        Model = loaded.Model;
        Evaluator = new Evaluator(Model);
        Feiten = [.. Workload.Generate(Pool, Seed)];
        Bevindingen = [.. Feiten.Select((f, i) => Workload.ToBevindingen(f, Model, $"Aanbieder {i}"))];
        RulesEngine = new RulesEngineForm();
    }

    public static Workloads Shared => Instance.Value;

    public NormModel Model { get; }

    public Evaluator Evaluator { get; }

    public Feiten[] Feiten { get; }

    public Bevindingen[] Bevindingen { get; }

    public RulesEngineForm RulesEngine { get; }
}
