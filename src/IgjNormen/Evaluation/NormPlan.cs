using IgjNormen.Binding;
using IgjNormen.Model;

namespace IgjNormen.Evaluation;

/// <summary>
/// A norm as evaluation reads it: its versions in arrays, with per version the bound toetsen, which criteria are
/// kritiek, the toepassing that holds and the citations of its sources. Built once per norm on first use, so an
/// evaluation neither walks the model's lists nor formats citations again.
/// </summary>
internal sealed class NormPlan
{
    public NormPlan(Norm norm)
    {
        Norm = norm;
        Bronnen = Citations(norm.Bronnen);
        var versions = new VersionPlan[norm.Versies.Count];
        for (var i = 0; i < versions.Length; i++)
        {
            versions[i] = new VersionPlan(norm, norm.Versies[i], Bronnen);
        }

        Versions = versions;
    }

    public Norm Norm { get; }

    /// <summary>The citations of the norm's own sources (shown when no version is in force).</summary>
    public IReadOnlyList<string> Bronnen { get; }

    public VersionPlan[] Versions { get; }

    /// <summary>The version in force on a date, or null (as <see cref="Norm.VersionOn"/>).</summary>
    public VersionPlan? VersionOn(DateOnly date)
    {
        foreach (var version in Versions)
        {
            if (version.Version.GeldigVanaf <= date && (version.Version.End is not { } end || date < end))
            {
                return version;
            }
        }

        return null;
    }

    internal static IReadOnlyList<string> Citations(IReadOnlyList<Source> sources)
    {
        if (sources.Count == 0)
        {
            return [];
        }

        var citations = new string[sources.Count];
        for (var i = 0; i < citations.Length; i++)
        {
            citations[i] = sources[i].Citation;
        }

        return Array.AsReadOnly(citations);
    }
}

/// <summary>One version of a norm, ready to evaluate.</summary>
internal sealed class VersionPlan
{
    public VersionPlan(Norm norm, NormVersion version, IReadOnlyList<string> normBronnen)
    {
        Version = version;
        Toepassing = version.Toepassing ?? norm.Toepassing;
        ToepassingText = Toepassing?.Text.Trim();
        Bronnen = version.Bronnen.Count > 0 ? NormPlan.Citations(version.Bronnen) : normBronnen;
        var count = version.Criteria.Count;
        Criteria = new Criterion[count];
        Toetsen = new BoundExpr?[count];
        Kritiek = new bool[count];
        for (var i = 0; i < count; i++)
        {
            var criterion = version.Criteria[i];
            Criteria[i] = criterion;
            Toetsen[i] = criterion.Toets.Bound;
            Kritiek[i] = criterion.Kritiek || norm.Oordeelregel == VerdictRule.Streng;
        }
    }

    public NormVersion Version { get; }

    public Condition? Toepassing { get; }

    public string? ToepassingText { get; }

    public IReadOnlyList<string> Bronnen { get; }

    public Criterion[] Criteria { get; }

    /// <summary>The bound toets of each criterion (null only in a model that failed its checks).</summary>
    public BoundExpr?[] Toetsen { get; }

    public bool[] Kritiek { get; }
}
