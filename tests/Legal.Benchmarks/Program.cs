using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;

// P95 and Max (an upper bound on p99) sit beside the mean, because the targets are tail latencies.
var config = DefaultConfig.Instance.AddColumn(StatisticColumn.P95, StatisticColumn.Max);
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
