namespace Bantin.Bench.Run;

/// <summary>A step of the benchmark that failed (a build that did not succeed, a publish error): exit code 1.</summary>
public sealed class BenchFailure(string message) : Exception(message);
