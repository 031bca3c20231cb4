using IgjNormen.Text;

namespace IgjNormen.Model;

public enum NormSoort
{
    Wettelijk,
    Veldnorm,
}

public enum VersionStatus
{
    Concept,
    Vastgesteld,
}

/// <summary>How criteria results become an oordeel.</summary>
public enum VerdictRule
{
    /// <summary>The rule of docs/oordelen.md: kritiek fails → voldoet niet; otherwise by the share of criteria met.</summary>
    Standaard,

    /// <summary>Every criterion is kritiek.</summary>
    Streng,
}

/// <summary>One checkable requirement with a legal or field source, in one or more dated versions.</summary>
public sealed class Norm
{
    public required string Id { get; init; }

    public required string Titel { get; init; }

    public NormSoort Soort { get; init; }

    public IReadOnlyList<Source> Bronnen { get; init; } = [];

    public Condition? Toepassing { get; init; }

    public VerdictRule Oordeelregel { get; init; }

    public string? Toelichting { get; init; }

    public IReadOnlyList<NormVersion> Versies { get; init; } = [];

    public IReadOnlyList<Example> Voorbeelden { get; init; } = [];

    public SourceFile? File { get; init; }

    public SourceLocation IdLocation { get; init; }

    /// <summary>The position of the norm in <see cref="NormModel.Norms"/>: oordeel() reads by it.</summary>
    public int Index { get; internal set; }

    /// <summary>What evaluation needs of this norm, in arrays; built on first use (see <see cref="Evaluation.NormPlan"/>).</summary>
    internal Evaluation.NormPlan Plan => _plan ?? Interlocked.CompareExchange(ref _plan, new Evaluation.NormPlan(this), null) ?? _plan;

    private Evaluation.NormPlan? _plan;

    /// <summary>The sources of a version: its own <c>bron</c> when it has one, else the norm's.</summary>
    /// <summary>Every toets and toepassing of the norm: its own toepassing, then per version the toepassing and the criteria.</summary>
    public IEnumerable<Condition> Conditions
    {
        get
        {
            if (Toepassing is not null)
            {
                yield return Toepassing;
            }

            foreach (var version in Versies)
            {
                if (version.Toepassing is not null)
                {
                    yield return version.Toepassing;
                }

                foreach (var criterion in version.Criteria)
                {
                    yield return criterion.Toets;
                }
            }
        }
    }

    public IReadOnlyList<Source> SourcesOf(NormVersion version) => version.Bronnen.Count > 0 ? version.Bronnen : Bronnen;

    /// <summary>Every source cited by the norm or any of its versions, without duplicates.</summary>
    public IEnumerable<Source> AllSources =>
        Bronnen.Concat(Versies.SelectMany(v => v.Bronnen)).DistinctBy(s => (s.Bwb, s.Artikel, s.Lid, s.Onderdeel, s.Document, s.Principe));

    /// <summary>The version in force on a date, or null when none is.</summary>
    public NormVersion? VersionOn(DateOnly date)
    {
        foreach (var version in Versies)
        {
            if (version.GeldigVanaf <= date && (version.End is null || date < version.End))
            {
                return version;
            }
        }

        return null;
    }
}

/// <summary>The norm as it holds from <see cref="GeldigVanaf"/> up to (not including) <see cref="End"/>.</summary>
public sealed class NormVersion
{
    public required DateOnly GeldigVanaf { get; init; }

    /// <summary>geldig_tot as written: the first day on which this version no longer holds.</summary>
    public DateOnly? GeldigTot { get; init; }

    /// <summary>The first day this version no longer holds: geldig_tot, or else the next version's geldig_vanaf.</summary>
    public DateOnly? End { get; internal set; }

    public VersionStatus Status { get; init; }

    public string? Wijziging { get; init; }

    /// <summary>The version's own sources (when the cited text differs between versions); empty: the norm's.</summary>
    public IReadOnlyList<Source> Bronnen { get; init; } = [];

    /// <summary>The version's own toepassing; when null the norm's toepassing holds.</summary>
    public Condition? Toepassing { get; init; }

    public IReadOnlyList<Criterion> Criteria { get; init; } = [];

    public SourceLocation Location { get; init; }
}

/// <summary>One testable part of a norm.</summary>
public sealed class Criterion
{
    public required string Id { get; init; }

    public required string Tekst { get; init; }

    public required Condition Toets { get; init; }

    public bool Kritiek { get; init; }

    public string? Toelichting { get; init; }

    public SourceLocation Location { get; init; }
}
