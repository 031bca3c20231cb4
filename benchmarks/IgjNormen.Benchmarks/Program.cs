using BenchmarkDotNet.Running;

// Run from the repository root: dotnet run -c Release --project benchmarks/IgjNormen.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);

public partial class Program;
