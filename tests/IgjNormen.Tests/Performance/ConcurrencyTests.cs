using IgjNormen.Comparison;
using IgjNormen.Evaluation;
using IgjNormen.Findings;
using IgjNormen.Loading;
using IgjNormen.Model;
using IgjNormen.Results;
using IgjNormen.Tests.Support;
using Xunit;

namespace IgjNormen.Tests.Performance;

/// <summary>
/// One evaluator serves many threads: concurrent use (the batch and stream APIs, and plain calls from many threads at
/// once, mixing whole results and verdicts only) gives exactly the results of sequential use, byte for byte.
/// </summary>
public class ConcurrencyTests
{
    private static (Evaluator Evaluator, List<Bevindingen> Bevindingen) Arrange(int count) => ProviderSets.Arrange(count, seed: 7);

    private static string Json(EvaluationResult result) => ProviderSets.Json(result);

    [Fact]
    public async Task Batch_stream_and_many_threads_give_the_sequential_results()
    {
        var (evaluator, bevindingen) = Arrange(600);
        var sequential = bevindingen.Select(b => Json(evaluator.Evaluate(b))).ToList();
        var sequentialVerdicts = bevindingen.Select(b => evaluator.EvaluateVerdicts(b)).ToList();

        var batch = evaluator.EvaluateAll(bevindingen, maxDegreeOfParallelism: 4).Select(Json).ToList();
        Assert.Equal(sequential, batch);

        var verdicts = evaluator.EvaluateVerdictsAll(bevindingen, maxDegreeOfParallelism: 4);
        Assert.Equal(sequentialVerdicts, verdicts);

        var streamed = new List<string>();
        await foreach (var result in evaluator.EvaluateAsync(AsAsync(bevindingen), maxDegreeOfParallelism: 3))
        {
            streamed.Add(Json(result));
        }

        Assert.Equal(sequential, streamed);

        // Plain calls from eight threads at once, each thread mixing the two kinds of evaluation in its own order.
        var fromThreads = new string[bevindingen.Count];
        var verdictsFromThreads = new Oordeel[bevindingen.Count][];
        var threads = Enumerable.Range(0, 8).Select(t => new Thread(() =>
        {
            for (var k = 0; k < bevindingen.Count; k++)
            {
                var i = (k * 7 + t * 131) % bevindingen.Count;
                if ((i + t) % 2 == 0)
                {
                    fromThreads[i] = Json(evaluator.Evaluate(bevindingen[i]));
                }
                else
                {
                    verdictsFromThreads[i] = evaluator.EvaluateVerdicts(bevindingen[i]);
                }
            }
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());
        for (var i = 0; i < bevindingen.Count; i++)
        {
            if (fromThreads[i] is not null)
            {
                Assert.Equal(sequential[i], fromThreads[i]);
            }

            if (verdictsFromThreads[i] is not null)
            {
                Assert.Equal(sequentialVerdicts[i], verdictsFromThreads[i]);
            }
        }
    }

    [Fact]
    public void Verdicts_only_agree_with_the_whole_result_on_every_sample()
    {
        var (evaluator, bevindingen) = Arrange(0);
        foreach (var b in bevindingen)
        {
            Assert.Equal(evaluator.Evaluate(b).Normen.Select(n => n.Oordeel), evaluator.EvaluateVerdicts(b));
        }
    }

    [Fact]
    public void Verdicts_only_allocates_nothing_but_its_result()
    {
        var (evaluator, bevindingen) = Arrange(50);
        var destination = new Oordeel[evaluator.Model.Norms.Count];
        foreach (var b in bevindingen)
        {
            evaluator.EvaluateVerdicts(b, destination); // warm up: plans, this thread's run
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        foreach (var b in bevindingen)
        {
            evaluator.EvaluateVerdicts(b, destination);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    private static async IAsyncEnumerable<Bevindingen> AsAsync(IEnumerable<Bevindingen> items)
    {
        foreach (var item in items)
        {
            await Task.Yield();
            yield return item;
        }
    }
}
