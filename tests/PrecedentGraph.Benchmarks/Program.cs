using BenchmarkDotNet.Running;

// Micro-benchmarks of the hot stages, with allocations:
//   dotnet run -c Release --project tests/PrecedentGraph.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(PrecedentGraph.Benchmarks.StageBenchmarks).Assembly).Run(args);
