namespace Bantin.Tests.Fuzz;

/// <summary>
/// How many cases each fuzz property runs and from which seed. <c>dotnet test</c> runs a small, fixed budget so the
/// suite stays fast and repeatable; BANTIN_FUZZ_ITERATIONS and BANTIN_FUZZ_SEED run longer or elsewhere (docs/fuzzing.md).
/// </summary>
public sealed record FuzzBudget(int Iterations, ulong Seed, string? ReportFile)
{
    public const int DefaultIterations = 25;
    public const ulong DefaultSeed = 20261123;

    public static FuzzBudget FromEnvironment() => new(
        int.TryParse(Environment.GetEnvironmentVariable("BANTIN_FUZZ_ITERATIONS"), out var n) && n > 0 ? n : DefaultIterations,
        ulong.TryParse(Environment.GetEnvironmentVariable("BANTIN_FUZZ_SEED"), out var s) ? s : DefaultSeed,
        Environment.GetEnvironmentVariable("BANTIN_FUZZ_REPORT") is { Length: > 0 } report ? report : null);
}
