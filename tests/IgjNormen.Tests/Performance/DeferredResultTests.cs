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
/// An <see cref="EvaluationResult"/> keeps a compact record of what the evaluator found and makes its norm, criterion
/// and thema objects when they are first read. The record is copied out of the buffers a thread reuses, so a result
/// read long after its evaluation (after the same thread evaluated other providers) is the same, byte for byte; and
/// threads that read one result at once all get the same objects.
/// </summary>
public class DeferredResultTests
{
    private static (Evaluator Evaluator, List<Bevindingen> Bevindingen) Arrange(int count) => ProviderSets.Arrange(count, seed: 11);

    private static string Json(EvaluationResult result) => ProviderSets.Json(result);

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Results_read_after_later_evaluations_on_the_same_thread_are_unchanged(bool explain)
    {
        var (evaluator, bevindingen) = Arrange(300);
        var options = new EvaluationOptions { Explain = explain };

        // Read at once: each result is serialised before the thread evaluates anything else.
        var atOnce = bevindingen.Select(b => Json(evaluator.Evaluate(b, options))).ToList();

        // Read late: every result is kept unread while the thread evaluates all the others (and verdicts in between).
        var kept = new List<EvaluationResult>();
        foreach (var b in bevindingen)
        {
            kept.Add(evaluator.Evaluate(b, options));
            evaluator.EvaluateVerdicts(bevindingen[(kept.Count * 7) % bevindingen.Count]);
        }

        Assert.Equal(atOnce, kept.Select(Json).ToList());
    }

    [Fact]
    public void Objects_made_on_first_read_are_the_same_for_every_reader_and_thread()
    {
        var (evaluator, bevindingen) = Arrange(40);
        foreach (var b in bevindingen)
        {
            var result = evaluator.Evaluate(b);
            var expected = Json(evaluator.Evaluate(b));
            var seen = new NormResult[8][];
            var criteria = new CriterionResult[8][];
            var json = new string[8];
            var threads = Enumerable.Range(0, 8).Select(t => new Thread(() =>
            {
                seen[t] = [.. result.Normen];
                criteria[t] = [.. result.Normen.SelectMany(n => n.Criteria)];
                json[t] = Json(result);
            })).ToList();
            threads.ForEach(t => t.Start());
            threads.ForEach(t => t.Join());

            Assert.All(json, j => Assert.Equal(expected, j));
            for (var t = 1; t < 8; t++)
            {
                Assert.Equal(seen[0].Length, seen[t].Length);
                for (var i = 0; i < seen[0].Length; i++)
                {
                    Assert.Same(seen[0][i], seen[t][i]);
                }

                for (var i = 0; i < criteria[0].Length; i++)
                {
                    Assert.Same(criteria[0][i], criteria[t][i]);
                }
            }

            // The themas hold the same norm objects as the whole list.
            var inThemas = result.Themas.SelectMany(t => t.Normen).ToList();
            if (inThemas.Count > 0)
            {
                Assert.Equal(seen[0].Length, inThemas.Count);
                for (var i = 0; i < inThemas.Count; i++)
                {
                    Assert.Same(seen[0][i], inThemas[i]);
                }
            }
        }
    }

    [Fact]
    public void A_result_copied_with_with_reads_the_same()
    {
        var (evaluator, bevindingen) = Arrange(5);
        var result = evaluator.Evaluate(bevindingen[0]);
        var copy = result with { Bestand = "elders.yaml" };
        Assert.Equal(Json(result).Replace("\"bestand\":null", "\"bestand\":\"elders.yaml\""), Json(copy));
        Assert.Same(result.Normen[0], copy.Normen[0]);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-0.00")]
    [InlineData("1.5")]
    [InlineData("-12345678901234567890.123456789")]
    [InlineData("79228162514264337593543950335")]
    [InlineData("-79228162514264337593543950335")]
    [InlineData("0.0000000000000000000000000001")]
    public void Numbers_keep_their_value_and_scale_in_a_compact_value(string text)
    {
        var number = decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
        var value = Value.Number(number);
        Assert.Equal(ValueKind.Number, value.Kind);
        Assert.False(value.IsUnknown);
        Assert.Equal(number, value.AsNumber);
        Assert.Equal(number.ToString(System.Globalization.CultureInfo.InvariantCulture), value.ToString());
        Assert.Equal(decimal.GetBits(number), decimal.GetBits(value.AsNumber));
        Assert.Equal(Value.Number(number), value);
        Assert.Equal(Value.Number(number * 1.0m).GetHashCode(), value.GetHashCode());
    }
}
