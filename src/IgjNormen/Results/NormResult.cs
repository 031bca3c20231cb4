using IgjNormen.Model;

namespace IgjNormen.Results;

/// <summary>The oordeel on one norm, with its reasons.</summary>
public sealed record NormResult
{
    private readonly object? _redenSource;
    private string? _reden;

    public required string NormId { get; init; }

    public required string Titel { get; init; }

    public NormSoort Soort { get; init; }

    /// <summary>Citations of the sources, e.g. "Wkkgz art. 17 lid 1".</summary>
    public IReadOnlyList<string> Bronnen { get; init; } = [];

    /// <summary>geldig_vanaf of the version applied, or null when none was in force.</summary>
    public DateOnly? Versie { get; init; }

    /// <summary>The oordeel the rules give.</summary>
    public Oordeel BerekendOordeel { get; init; }

    /// <summary>The final oordeel: the inspector's when there is an afwijking, else the computed one.</summary>
    public Oordeel Oordeel { get; init; }

    /// <summary>The inspector's reasoned override, if any.</summary>
    public string? Motivering { get; init; }

    /// <summary>Why the computed oordeel is what it is, in Dutch.</summary>
    public required string Reden
    {
        get => _reden ??= _redenSource?.ToString() ?? string.Empty;
        init => _reden = value;
    }

    /// <summary>Made into <see cref="Reden"/> on first read: the evaluator writes reasons out only when asked.</summary>
    internal object? RedenSource
    {
        init => _redenSource = value;
    }

    /// <summary>Facts whose absence makes the norm 'niet te beoordelen' (empty otherwise).</summary>
    public IReadOnlyList<string> Ontbrekend { get; init; } = [];

    /// <summary>True when a kritiek criterion was not met.</summary>
    public bool KritiekNietVoldaan { get; init; }

    public IReadOnlyList<CriterionResult> Criteria { get; init; } = [];
}

/// <summary>The outcome of one criterion, with the values that decided it.</summary>
public sealed record CriterionResult
{
    public required string Id { get; init; }

    public required string Tekst { get; init; }

    public bool Kritiek { get; init; }

    public CriterionOutcome Uitkomst { get; init; }

    /// <summary>The facts the toets read and their values ("onbekend" when missing).</summary>
    public IReadOnlyList<FactValue> Waarden { get; init; } = [];

    /// <summary>The list elements that decided a quantifier, with their fields.</summary>
    public IReadOnlyList<string> Doorslaggevend { get; init; } = [];

    /// <summary>The facts that were missing when the outcome is onbekend.</summary>
    public IReadOnlyList<string> Ontbrekend { get; init; } = [];

    /// <summary>Why evaluation could not finish (e.g. division by zero), if so.</summary>
    public string? Reden { get; init; }
}

public sealed record FactValue(string Feit, string Waarde);
