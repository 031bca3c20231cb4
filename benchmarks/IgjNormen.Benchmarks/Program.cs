using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;

// The comparison of docs/prestaties.md. From the repository root:
//   dotnet run -c Release --project benchmarks/IgjNormen.Benchmarks -- --filter '*'
// While developing, a quick and rough run: add --job short.
// Without --job every benchmark gets 1 launch, 3 warm-up and 10 measured iterations: enough for stable means on a
// quiet machine, and the whole run stays under a quarter of an hour.
// The benchmark project is built again for the run; on a busy two-core machine that can take minutes.
if (args.Contains("--probe-load"))
{
    var cold = new IgjNormen.Benchmarks.ColdStart();
    cold.Setup();
    for (var round = 0; round < 5; round++)
    {
        var before = GC.GetTotalAllocatedBytes(precise: true);
        var watch = System.Diagnostics.Stopwatch.StartNew();
        cold.TenThousandNorms();
        Console.WriteLine($"10.000 normen: {watch.Elapsed.TotalMilliseconds:F0} ms, {(GC.GetTotalAllocatedBytes(precise: true) - before) / 1024 / 1024} MB");
    }

    return;
}

if (args.Contains("--probe-explain"))
{
    IgjNormen.Benchmarks.Probe.Explained(TimeSpan.FromSeconds(8));
    return;
}

if (args.Contains("--probe"))
{
    IgjNormen.Benchmarks.Probe.Run();
    return;
}

var config = ManualConfig.Create(DefaultConfig.Instance).WithBuildTimeout(TimeSpan.FromMinutes(15));
if (!args.Contains("--job"))
{
    config.AddJob(Job.Default.WithLaunchCount(1).WithWarmupCount(3).WithIterationCount(10));
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);

public partial class Program;
