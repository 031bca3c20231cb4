using System.Collections;
using IgjNormen.Findings;
using IgjNormen.Model;
using IgjNormen.Results;

namespace IgjNormen.Evaluation;

/// <summary>
/// What one evaluation found, in a few flat arrays: per norm of the kader how it was judged, per criterion its outcome
/// and where its missing facts or deciding elements are, and those facts and elements themselves. Evaluation copies
/// this out of the per-thread buffers of <see cref="EvaluationRun"/> (so it never changes afterwards), and the
/// <see cref="NormResult"/>s, <see cref="CriterionResult"/>s, themas, counts and shortfalls of an
/// <see cref="EvaluationResult"/> are made from it only when someone reads them.
/// </summary>
/// <remarks>
/// Thread-safe to read: the arrays are never written after construction, and each result object is made at most once
/// in effect (threads that race both build an equal object; <see cref="Interlocked.CompareExchange{T}(ref T, T, T)"/>
/// publishes the first, and every reader sees that one).
/// </remarks>
internal sealed partial class EvaluationRecord : IReadOnlyList<NormResult>
{
    private NormResult?[]? _results;

    public EvaluationRecord(
        Norm[] norms,
        NormRecord[] records,
        CriterionRecord[] criteria,
        string?[]? criterionReasons,
        Afwijking?[]? afwijkingen,
        MissingFact[] missing,
        (FactDefinition List, int Position)[] witnesses,
        Value[] facts,
        DateOnly peildatum,
        bool explained,
        KaderPlan? kader)
    {
        Norms = norms;
        Records = records;
        Criteria = criteria;
        CriterionReasons = criterionReasons;
        Afwijkingen = afwijkingen;
        Missing = missing;
        Witnesses = witnesses;
        Facts = facts;
        Peildatum = peildatum;
        Explained = explained;
        Kader = kader;
    }

    /// <summary>The norms, in the order of the result; <see cref="Records"/> runs parallel.</summary>
    public Norm[] Norms { get; }

    public NormRecord[] Records { get; }

    /// <summary>Every criterion judged in the evaluation (also of norms reached through oordeel()).</summary>
    public CriterionRecord[] Criteria { get; }

    /// <summary>Parallel to <see cref="Criteria"/>: why an onbekend criterion could not be computed; null when none could not.</summary>
    public string?[]? CriterionReasons { get; }

    /// <summary>Parallel to <see cref="Norms"/>: the inspector's overrides; null when there are none.</summary>
    public Afwijking?[]? Afwijkingen { get; }

    public MissingFact[] Missing { get; }

    public (FactDefinition List, int Position)[] Witnesses { get; }

    /// <summary>The values of the bevindingen (never changed after reading), for the explanations' text; empty without explanations.</summary>
    public Value[] Facts { get; }

    public DateOnly Peildatum { get; }

    /// <summary>Whether explanations were recorded: criteria, their values, deciding elements and missing facts.</summary>
    public bool Explained { get; }

    public KaderPlan? Kader { get; }

    public int Count => Norms.Length;

    /// <summary>The version the norm at <paramref name="index"/> was judged by (null when none was in force).</summary>
    public VersionPlan? VersionOf(int index) => Norms[index].Plan.VersionOn(Peildatum);

    public NormResult this[int index]
    {
        get
        {
            var results = Volatile.Read(ref _results);
            if (results is null)
            {
                var made = new NormResult?[Norms.Length];
                results = Interlocked.CompareExchange(ref _results, made, null) ?? made;
            }

            var result = Volatile.Read(ref results[index]);
            if (result is not null)
            {
                return result;
            }

            result = Build(index);
            return Interlocked.CompareExchange(ref results[index], result, null) ?? result;
        }
    }

    public IEnumerator<NormResult> GetEnumerator()
    {
        for (var i = 0; i < Norms.Length; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Counts of the final oordelen of the norms in [<paramref name="start"/>, start + count).</summary>
    public Telling Telling(int start, int count)
    {
        Span<int> counts = stackalloc int[7];
        for (var i = start; i < start + count; i++)
        {
            counts[(int)Records[i].Final]++;
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

    /// <summary>
    /// Ids of the norms in [<paramref name="start"/>, start + count) that fall short: wettelijke eisen first, then
    /// those with a failed kritiek criterion (unless the inspector overrode the verdict), then by severity of the
    /// final oordeel, then by id.
    /// </summary>
    public IReadOnlyList<string> Shortfalls(int start, int count)
    {
        var found = 0;
        for (var i = start; i < start + count; i++)
        {
            found += Records[i].Final.FallsShort() ? 1 : 0;
        }

        if (found == 0)
        {
            return [];
        }

        var indices = new int[found];
        found = 0;
        for (var i = start; i < start + count; i++)
        {
            if (Records[i].Final.FallsShort())
            {
                indices[found++] = i;
            }
        }

        Array.Sort(indices, new ShortfallOrder(this));
        var ids = new string[indices.Length];
        for (var i = 0; i < ids.Length; i++)
        {
            ids[i] = Norms[indices[i]].Id;
        }

        return ids;
    }

    /// <summary>Per thema of the kader, with its norms (the same objects as in the whole list), counts and shortfalls.</summary>
    public IReadOnlyList<ThemaResult> Themas()
    {
        if (Kader?.Themas is not { } themas)
        {
            return [];
        }

        var list = new ThemaResult[themas.Length];
        var offset = 0;
        for (var t = 0; t < list.Length; t++)
        {
            var thema = themas[t];
            list[t] = new ThemaResult
            {
                Id = thema.Thema.Id,
                Titel = thema.Thema.Titel,
                Normen = new NormSlice(this, offset, thema.Count),
                Telling = Telling(offset, thema.Count),
                Tekortkomingen = Shortfalls(offset, thema.Count),
            };
            offset += thema.Count;
        }

        return list;
    }

    private sealed class ShortfallOrder(EvaluationRecord record) : IComparer<int>
    {
        public int Compare(int a, int b)
        {
            ref readonly var x = ref record.Records[a];
            ref readonly var y = ref record.Records[b];
            var normA = record.Norms[a];
            var normB = record.Norms[b];
            var order = normA.Soort.CompareTo(normB.Soort);
            if (order == 0)
            {
                order = (y.KritiekFailed && record.Afwijkingen?[b] is null).CompareTo(x.KritiekFailed && record.Afwijkingen?[a] is null);
            }

            if (order == 0)
            {
                order = y.Final.CompareTo(x.Final);
            }

            return order != 0 ? order : string.CompareOrdinal(normA.Id, normB.Id);
        }
    }
}

/// <summary>How a norm was judged.</summary>
internal enum NormRecordKind : byte
{
    /// <summary>Its criteria were evaluated.</summary>
    Judged,

    /// <summary>No version on the peildatum.</summary>
    NotInForce,

    /// <summary>The toepassing is nee.</summary>
    NotApplicable,

    /// <summary>The toepassing is onbekend; its missing facts and reason are at <see cref="NormRecord.CriteriaStart"/>.</summary>
    ApplicabilityUnknown,
}

/// <summary>
/// One norm of an evaluation, as recorded: 8 bytes, since an evaluation copies one per norm. The version applied is
/// not kept (the norm's version on the peildatum, found again when a result is made), nor the inspector's override
/// (in <see cref="EvaluationRecord.Afwijkingen"/>).
/// </summary>
internal struct NormRecord
{
    /// <summary>
    /// The first of the version's criteria in <see cref="EvaluationRecord.Criteria"/>; for an onbekend toepassing
    /// the one entry there that holds its missing facts and reason.
    /// </summary>
    public int CriteriaStart;

    public NormRecordKind Kind;

    public bool KritiekFailed;

    private byte _computed;

    private byte _final;

    public Oordeel Computed
    {
        readonly get => (Oordeel)_computed;
        set => _computed = (byte)value;
    }

    public Oordeel Final
    {
        readonly get => (Oordeel)_final;
        set => _final = (byte)value;
    }
}

/// <summary>
/// One criterion of an evaluation: its outcome and, with explanations, a range in <see cref="EvaluationRecord.Missing"/>
/// (when onbekend) or in <see cref="EvaluationRecord.Witnesses"/> (otherwise).
/// </summary>
internal struct CriterionRecord
{
    private const int CountMask = 0x3FFFFFFF;

    public int Start;

    /// <summary>The count in the low 30 bits, the outcome in the top 2: 8 bytes a criterion.</summary>
    private int _packed;

    public int Count
    {
        readonly get => _packed & CountMask;
        set => _packed = (_packed & ~CountMask) | value;
    }

    public CriterionOutcome Outcome
    {
        readonly get => (CriterionOutcome)((uint)_packed >> 30);
        set => _packed = (_packed & CountMask) | ((int)value << 30);
    }
}
