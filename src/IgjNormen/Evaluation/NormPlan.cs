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

/// <summary>
/// One version of a norm, ready to evaluate. Its toetsen are walked as bound trees at first; once the version has
/// been evaluated <see cref="CompileAfter"/> times they are compiled to delegates (<see cref="ToetsCompiler"/>), so a
/// single evaluation (the command line on one file, a voorbeeld) pays no compile time and a bulk run gets the fast form.
/// </summary>
internal sealed class VersionPlan
{
    /// <summary>
    /// Evaluations of a version before its toetsen are compiled: 8, or the environment variable
    /// IGJNORMEN_COMPILE_AFTER (0: compile at first use, as the second test run in CI does; -1: never).
    /// </summary>
    public static readonly int CompileAfter =
        int.TryParse(Environment.GetEnvironmentVariable("IGJNORMEN_COMPILE_AFTER"), out var after) ? after : 8;

    private int _uses;
    private int _compileState;
    private Func<EvaluationContext, int>?[]? _compiled;
    private Func<EvaluationContext, int>? _compiledToepassing;

    public VersionPlan(Norm norm, NormVersion version, IReadOnlyList<string> normBronnen)
    {
        Version = version;
        Toepassing = version.Toepassing ?? norm.Toepassing;
        ToepassingText = Toepassing?.Text.Trim();
        NotApplicableReason = $"Niet van toepassing: '{ToepassingText}' is nee.";
        AllMetReason = version.Criteria.Count switch { 1 => "Het criterium is voldaan.", 2 => "Beide criteria zijn voldaan.", var n => $"Alle {n} criteria zijn voldaan." };
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

    /// <summary>The reden when the toepassing is nee.</summary>
    public string NotApplicableReason { get; }

    /// <summary>The reden when every criterion is met.</summary>
    public string AllMetReason { get; }

    public IReadOnlyList<string> Bronnen { get; }

    public Criterion[] Criteria { get; }

    /// <summary>The bound toets of each criterion (null only in a model that failed its checks).</summary>
    public BoundExpr?[] Toetsen { get; }

    public bool[] Kritiek { get; }

    /// <summary>The compiled toetsen (null until compiled); the toepassing's is <see cref="CompiledToepassing"/>.</summary>
    public Func<EvaluationContext, int>?[]? Compiled => Volatile.Read(ref _compiled);

    public Func<EvaluationContext, int>? CompiledToepassing => _compiledToepassing;

    /// <summary>A compile that failed (a bug in the compiler: evaluation goes on with the bound trees); for tests.</summary>
    internal static Exception? LastCompileFailure { get; private set; }

    /// <summary>Counts an evaluation; compiles on the one that reaches <see cref="CompileAfter"/>. Races only delay it.</summary>
    public void CountUse()
    {
        if (_compileState == 0 && CompileAfter >= 0 && ++_uses > CompileAfter)
        {
            Compile();
        }
    }

    /// <summary>For tests: never compile this version (its toetsen stay bound trees).</summary>
    internal void NeverCompile() => Interlocked.CompareExchange(ref _compileState, 3, 0);

    public void Compile()
    {
        if (Interlocked.CompareExchange(ref _compileState, 1, 0) != 0)
        {
            return;
        }

        try
        {
            var compiled = new Func<EvaluationContext, int>?[Toetsen.Length];
            for (var i = 0; i < compiled.Length; i++)
            {
                compiled[i] = Toetsen[i] is { } toets ? ToetsCompiler.Compile(toets) : null;
            }

            _compiledToepassing = Toepassing?.Bound is { } toepassing ? ToetsCompiler.Compile(toepassing) : null;
            Volatile.Write(ref _compiled, compiled);
        }
        catch (Exception ex) when (ex is NotSupportedException or InvalidOperationException or ArgumentException)
        {
            LastCompileFailure = ex;
        }
    }
}
