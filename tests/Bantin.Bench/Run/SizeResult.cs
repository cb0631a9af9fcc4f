namespace Bantin.Bench.Run;

/// <summary>One corpus size: what the corpus holds (its marker) and each generator's runs (Hugo null when not run).</summary>
public sealed record SizeResult(int Size, string CorpusMarker, GeneratorRuns Bantin, GeneratorRuns? Hugo);
