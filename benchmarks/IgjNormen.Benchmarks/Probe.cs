using System.Diagnostics;
using IgjNormen.Comparison;
using IgjNormen.Evaluation;

namespace IgjNormen.Benchmarks;

/// <summary>
/// A rough check while developing (<c>-- --probe</c>): the forms take turns in twenty short rounds and each keeps its
/// best round, which a busy machine disturbs less than a mean; a round counts the thread's CPU time, not the time it
/// waited for a core. PROBE_ROUNDS sets the number of rounds, PROBE_POOL a smaller pool of providers (16: all in the
/// cache, to see what cache misses cost). Not the measurement of docs/prestaties.md.
/// </summary>
internal static class Probe
{
    public static void Run()
    {
        var w = Workloads.Shared;
        var explained = new EvaluationOptions { Explain = true };
        var unexplained = new EvaluationOptions { Explain = false };
        var mask = int.TryParse(Environment.GetEnvironmentVariable("PROBE_POOL"), out var pool) ? pool - 1 : Workloads.Pool - 1;
        w.RulesEngine.Evaluate(w.Feiten[0]);
        (string Name, int N, Action<int> Action)[] forms =
        [
            ("RulesEngine", 200, i => w.RulesEngine.Evaluate(w.Feiten[i & mask])),
            ("IgjNormen met uitleg", 2000, i => w.Evaluator.Evaluate(w.Bevindingen[i & mask], explained)),
            ("IgjNormen Evaluate zonder uitleg", 2000, i => w.Evaluator.Evaluate(w.Bevindingen[i & mask], unexplained)),
            ("IgjNormen alleen oordelen", 5000, i => w.Evaluator.EvaluateVerdicts(w.Bevindingen[i & mask])),
            ("handgeschreven", 5000, i => HandWritten.Evaluate(w.Feiten[i & mask])),
        ];
        var best = new double[forms.Length];
        var bytes = new long[forms.Length];
        Array.Fill(best, double.MaxValue);
        var rounds = int.TryParse(Environment.GetEnvironmentVariable("PROBE_ROUNDS"), out var r) ? r : 20;
        for (var round = 0; round < rounds; round++)
        {
            for (var f = 0; f < forms.Length; f++)
            {
                var (_, n, action) = forms[f];
                var before = GC.GetAllocatedBytesForCurrentThread();
                var start = ThreadCpu.Microseconds();
                for (var i = 0; i < n; i++)
                {
                    action(i + (round * n));
                }

                best[f] = Math.Min(best[f], (ThreadCpu.Microseconds() - start) / n);
                bytes[f] = (GC.GetAllocatedBytesForCurrentThread() - before) / n;
            }
        }

        for (var f = 0; f < forms.Length; f++)
        {
            Console.WriteLine($"{forms[f].Name,-34} {best[f],10:F3} us  {bytes[f],8} B");
        }
    }

    /// <summary>Only the explained evaluation, for a profiler.</summary>
    public static void Explained(TimeSpan duration)
    {
        var w = Workloads.Shared;
        var options = new EvaluationOptions { Explain = true };
        var watch = Stopwatch.StartNew();
        var i = 0;
        while (watch.Elapsed < duration)
        {
            w.Evaluator.Evaluate(w.Bevindingen[i++ & (Workloads.Pool - 1)], options);
        }

        Console.WriteLine($"{i} evaluations, {GC.CollectionCount(0)} gen0 collections, {GC.GetTotalPauseDuration().TotalMilliseconds:F0} ms paused");
    }
}

/// <summary>
/// The CPU time of the calling thread (Linux: CLOCK_THREAD_CPUTIME_ID), so that a round does not count the time the
/// thread waited for a core on a busy machine; elsewhere the wall clock.
/// </summary>
internal static class ThreadCpu
{
    private static readonly bool Available = OperatingSystem.IsLinux();

    public static double Microseconds()
    {
        if (Available && ClockGetTime(3, out var time) == 0)
        {
            return (time.Seconds * 1e6) + (time.Nanoseconds / 1e3);
        }

        return Stopwatch.GetTimestamp() * 1e6 / Stopwatch.Frequency;
    }

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);

    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
