namespace IgjNormen.Model;

/// <summary>
/// The loaded and checked norms: begrippen, norms and kaders. Immutable once built; safe to share between threads.
/// </summary>
public sealed class NormModel
{
    internal NormModel(
        IReadOnlyList<FactDefinition> facts,
        IReadOnlyList<Norm> norms,
        IReadOnlyList<Kader> kaders)
    {
        Facts = facts;
        Norms = norms;
        Kaders = kaders;
        FactsByName = facts.ToDictionary(f => f.Name, StringComparer.Ordinal);
        NormsById = norms.ToDictionary(n => n.Id, StringComparer.Ordinal);
        KadersById = kaders.ToDictionary(k => k.Id, StringComparer.Ordinal);
    }

    /// <summary>The top-level begrippen; a fact's <see cref="FactDefinition.Index"/> is its position here.</summary>
    public IReadOnlyList<FactDefinition> Facts { get; }

    /// <summary>The norms, sorted by id; a norm's <see cref="Norm.Index"/> is its position here.</summary>
    public IReadOnlyList<Norm> Norms { get; }

    public IReadOnlyList<Kader> Kaders { get; }

    /// <summary>The laws the norms cite, with their provider-duty articles (from *.regelingen.yaml).</summary>
    public IReadOnlyList<Regeling> Regelingen { get; internal set; } = [];

    public IReadOnlyDictionary<string, FactDefinition> FactsByName { get; }

    public IReadOnlyDictionary<string, Norm> NormsById { get; }

    public IReadOnlyDictionary<string, Kader> KadersById { get; }
}
