using System.Collections;
using IgjNormen.Results;

namespace IgjNormen.Evaluation;

/// <summary>The norms of one thema: a range of an <see cref="EvaluationRecord"/>, so the same objects as the whole list.</summary>
internal sealed class NormSlice(EvaluationRecord record, int start, int count) : IReadOnlyList<NormResult>
{
    public int Count => count;

    public NormResult this[int index] => (uint)index < (uint)count ? record[start + index] : throw new ArgumentOutOfRangeException(nameof(index));

    public IEnumerator<NormResult> GetEnumerator()
    {
        for (var i = 0; i < count; i++)
        {
            yield return record[start + i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

/// <summary>
/// The criteria of one norm, each <see cref="CriterionResult"/> made from the record when first read and then kept
/// (published with <see cref="Interlocked.CompareExchange{T}(ref T, T, T)"/>, so every reader sees the same object).
/// </summary>
internal sealed class CriterionList : IReadOnlyList<CriterionResult>
{
    private readonly EvaluationRecord _record;
    private readonly int _start;
    private readonly VersionPlan _version;
    private readonly CriterionResult?[] _results;

    public CriterionList(EvaluationRecord record, int start, VersionPlan version)
    {
        _record = record;
        _start = start;
        _version = version;
        _results = new CriterionResult?[version.Criteria.Length];
    }

    public int Count => _results.Length;

    public CriterionResult this[int index]
    {
        get
        {
            var result = Volatile.Read(ref _results[index]);
            if (result is not null)
            {
                return result;
            }

            result = _record.BuildCriterion(_start + index, _version, index);
            return Interlocked.CompareExchange(ref _results[index], result, null) ?? result;
        }
    }

    public IEnumerator<CriterionResult> GetEnumerator()
    {
        for (var i = 0; i < _results.Length; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
