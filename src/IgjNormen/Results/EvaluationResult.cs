using IgjNormen.Diagnostics;
using IgjNormen.Evaluation;
using IgjNormen.Model;

namespace IgjNormen.Results;

/// <summary>Counts of final oordelen, in the order of the scale.</summary>
public sealed record Telling
{
    public int Voldoet { get; init; }

    public int VoldoetGrotendeels { get; init; }

    public int VoldoetGrotendeelsNiet { get; init; }

    public int VoldoetNiet { get; init; }

    public int NietVanToepassing { get; init; }

    public int NietTeBeoordelen { get; init; }

    public int NietVanKracht { get; init; }

    public int Totaal => Voldoet + VoldoetGrotendeels + VoldoetGrotendeelsNiet + VoldoetNiet + NietVanToepassing + NietTeBeoordelen + NietVanKracht;

    public int Count(Oordeel oordeel) => oordeel switch
    {
        Oordeel.Voldoet => Voldoet,
        Oordeel.VoldoetGrotendeels => VoldoetGrotendeels,
        Oordeel.VoldoetGrotendeelsNiet => VoldoetGrotendeelsNiet,
        Oordeel.VoldoetNiet => VoldoetNiet,
        Oordeel.NietVanToepassing => NietVanToepassing,
        Oordeel.NietTeBeoordelen => NietTeBeoordelen,
        _ => NietVanKracht,
    };

    public static Telling Of(IEnumerable<NormResult> results)
    {
        var counts = new int[7];
        foreach (var result in results)
        {
            counts[(int)result.Oordeel]++;
        }

        return new Telling
        {
            Voldoet = counts[0],
            VoldoetGrotendeels = counts[1],
            VoldoetGrotendeelsNiet = counts[2],
            VoldoetNiet = counts[3],
            NietVanToepassing = counts[4],
            NietTeBeoordelen = counts[5],
            NietVanKracht = counts[6],
        };
    }
}

public sealed record ThemaResult
{
    public required string Id { get; init; }

    public required string Titel { get; init; }

    public IReadOnlyList<NormResult> Normen { get; init; } = [];

    public required Telling Telling { get; init; }

    /// <summary>Ids of the norms that fall short, wettelijke eisen and kritieke first.</summary>
    public IReadOnlyList<string> Tekortkomingen { get; init; } = [];
}

/// <summary>The evaluation of one set of bevindingen against a kader (or all norms).</summary>
/// <remarks>
/// The evaluator fills <see cref="Normen"/>, <see cref="Themas"/>, <see cref="Telling"/> and
/// <see cref="Tekortkomingen"/> from a compact record of what it found; their objects are made when first read (once:
/// safe to read from several threads at a time).
/// </remarks>
public sealed record EvaluationResult
{
    private IReadOnlyList<NormResult>? _normen;
    private IReadOnlyList<ThemaResult>? _themas;
    private Telling? _telling;
    private IReadOnlyList<string>? _tekortkomingen;

    public required string Aanbieder { get; init; }

    public string? Kvk { get; init; }

    public string? Bestand { get; init; }

    public DateOnly? Bezoekdatum { get; init; }

    public DateOnly Peildatum { get; init; }

    public string? KaderId { get; init; }

    public string? KaderTitel { get; init; }

    public string? KaderVersie { get; init; }

    /// <summary>Per thema of the kader; empty when no kader was applied.</summary>
    public IReadOnlyList<ThemaResult> Themas
    {
        get => _themas ?? Publish(ref _themas, Record is { } record ? record.Themas() : []);
        init => _themas = value;
    }

    /// <summary>Every norm evaluated, in kader order (or by id without a kader).</summary>
    public IReadOnlyList<NormResult> Normen
    {
        get => _normen ?? (IReadOnlyList<NormResult>?)Record ?? [];
        init => _normen = value;
    }

    public Telling Telling
    {
        get => _telling ?? Publish(ref _telling, Record is { } record ? record.Telling(0, record.Count) : new Telling());
        init => _telling = value;
    }

    public IReadOnlyList<string> Tekortkomingen
    {
        get => _tekortkomingen ?? Publish(ref _tekortkomingen, Record is { } record ? record.Shortfalls(0, record.Count) : []);
        init => _tekortkomingen = value;
    }

    /// <summary>Problems that stopped or limited the evaluation (unknown kader, no peildatum).</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; init; } = [];

    public bool HasErrors => Diagnostics.Any(d => d.IsError);

    /// <summary>What the evaluator found, from which the lists above are made on first read.</summary>
    internal EvaluationRecord? Record { get; init; }

    private static T Publish<T>(ref T? field, T value)
        where T : class => Interlocked.CompareExchange(ref field, value, null) ?? value;
}
