namespace Bantin.Bench.Run;

/// <summary>
/// One corpus (shape and size): what it holds (its marker), each generator's builds after deleting the previous output
/// (Hugo null when not run), Bantin's second and third builds into its existing output, and the copy floor: the
/// seconds <c>cp -r</c> takes to copy Bantin's finished output, the least any generator writing those files needs.
/// </summary>
public sealed record SizeResult(string Shape, int Size, string CorpusMarker, GeneratorRuns Bantin, GeneratorRuns? Hugo,
    GeneratorRuns Again, double CopySeconds);
