using System.Runtime.CompilerServices;
using IgjNormen.Findings;
using IgjNormen.Model;
using IgjNormen.Results;

namespace IgjNormen.Evaluation;

/// <summary>
/// Many providers at once: a batch (an array in, an array out, in the same order) or a stream
/// (<see cref="IAsyncEnumerable{T}"/> in and out, in the same order, with a bounded number in flight), evaluated on
/// all cores against the model this evaluator was made with. Nothing is loaded or bound again; each call and each
/// thread works on its own state, so these methods may be called from many threads at once.
/// </summary>
public sealed partial class Evaluator
{
    /// <summary>How many bevindingen a stream reads ahead per core before it evaluates them.</summary>
    private const int StreamChunkPerCore = 64;

    /// <summary>Evaluates every set of bevindingen; result i belongs to <paramref name="batch"/>[i].</summary>
    /// <param name="batch">The bevindingen.</param>
    /// <param name="options">As for <see cref="Evaluate"/>; the same for every set.</param>
    /// <param name="maxDegreeOfParallelism">At most this many threads; -1 (default): as many as there are cores.</param>
    public EvaluationResult[] EvaluateAll(IReadOnlyList<Bevindingen> batch, EvaluationOptions? options = null, int maxDegreeOfParallelism = -1)
    {
        var results = new EvaluationResult[batch.Count];
        Parallel.For(0, batch.Count, Parallelism(maxDegreeOfParallelism), i => results[i] = Evaluate(batch[i], options));
        return results;
    }

    /// <summary>
    /// The oordelen of every set of bevindingen (see <see cref="EvaluateVerdicts(Bevindingen, EvaluationOptions?)"/>);
    /// row i belongs to <paramref name="batch"/>[i], in the order of <see cref="NormsOf"/> for its kader.
    /// </summary>
    /// <exception cref="AggregateException">A set has an unknown kader or no peildatum.</exception>
    public Oordeel[][] EvaluateVerdictsAll(IReadOnlyList<Bevindingen> batch, EvaluationOptions? options = null, int maxDegreeOfParallelism = -1)
    {
        var results = new Oordeel[batch.Count][];
        Parallel.For(0, batch.Count, Parallelism(maxDegreeOfParallelism), i => results[i] = EvaluateVerdicts(batch[i], options));
        return results;
    }

    /// <summary>
    /// Evaluates a stream of bevindingen on all cores and yields the results in the order of the source. At most
    /// <c>64 × cores</c> sets are read ahead, so an endless or very large source runs in bounded memory.
    /// </summary>
    public async IAsyncEnumerable<EvaluationResult> EvaluateAsync(
        IAsyncEnumerable<Bevindingen> source,
        EvaluationOptions? options = null,
        int maxDegreeOfParallelism = -1,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var parallelism = Parallelism(maxDegreeOfParallelism, cancellationToken);
        var cores = maxDegreeOfParallelism > 0 ? maxDegreeOfParallelism : Environment.ProcessorCount;
        var chunk = new List<Bevindingen>(StreamChunkPerCore * cores);
        await foreach (var bevindingen in source.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            chunk.Add(bevindingen);
            if (chunk.Count < chunk.Capacity)
            {
                continue;
            }

            foreach (var result in await EvaluateChunk(chunk, options, parallelism).ConfigureAwait(false))
            {
                yield return result;
            }

            chunk.Clear();
        }

        if (chunk.Count > 0)
        {
            foreach (var result in await EvaluateChunk(chunk, options, parallelism).ConfigureAwait(false))
            {
                yield return result;
            }
        }
    }

    private Task<EvaluationResult[]> EvaluateChunk(List<Bevindingen> chunk, EvaluationOptions? options, ParallelOptions parallelism) =>
        Task.Run(() =>
        {
            var results = new EvaluationResult[chunk.Count];
            Parallel.For(0, chunk.Count, parallelism, i => results[i] = Evaluate(chunk[i], options));
            return results;
        });

    private static ParallelOptions Parallelism(int maxDegreeOfParallelism, CancellationToken cancellationToken = default) => new()
    {
        MaxDegreeOfParallelism = maxDegreeOfParallelism > 0 ? maxDegreeOfParallelism : -1,
        CancellationToken = cancellationToken,
    };
}
