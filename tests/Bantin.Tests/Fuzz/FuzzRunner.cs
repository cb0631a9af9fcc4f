using System.Collections.Concurrent;
using System.Text;
using CsCheck;
using Xunit.Abstractions;

namespace Bantin.Tests.Fuzz;

/// <summary>
/// Runs one property over generated sites. Case i of a property is drawn from its own PCG (stream from the property's
/// name, seed + i), so a run is the same on every machine and a case can be replayed alone. Failures are grouped by
/// signature; each distinct one is shrunk with CsCheck (smaller cases from the same generator that fail the same way)
/// and reported with its replay seed and a reproducer in TestSite's format.
/// </summary>
public sealed class FuzzRunner(ITestOutputHelper output)
{
    /// <summary>Cases CsCheck may try while shrinking one failure (most are rejected as too big without being built).</summary>
    private const int ShrinkTries = 300;

    public void Run(string property, Gen<FuzzCase> gen, FuzzBudget budget)
    {
        var stream = Stream(property);
        var failures = new ConcurrentDictionary<string, (ulong Seed, FuzzCase Case, FuzzFailure Failure, int Count)>();
        var started = DateTime.UtcNow;
        var built = 0;
        Parallel.For(0, budget.Iterations, new ParallelOptions { MaxDegreeOfParallelism = 2 }, i =>
        {
            var seed = budget.Seed + (ulong)i;
            var site = gen.Generate(new PCG(stream, seed), null, out _);
            var result = SiteProperty.Check(site, out var succeeded);
            if (succeeded) Interlocked.Increment(ref built);
            if (result is not { } failure) return;
            failures.AddOrUpdate(failure.Signature, (seed, site, failure, 1), (_, old) =>
                old.Case.ToString().Length <= site.ToString().Length ? old with { Count = old.Count + 1 } : (seed, site, failure, old.Count + 1));
        });

        var report = new StringBuilder();
        report.AppendLine($"{property}: {budget.Iterations} cases from seed {budget.Seed} in {(DateTime.UtcNow - started).TotalSeconds:0.0} s ({built} built, the rest refused with errors), " +
                          $"{failures.Count} distinct failure(s).");
        foreach (var (signature, f) in failures.OrderBy(f => f.Key))
        {
            report.AppendLine($"  FAILURE ({f.Count}×): {signature}");
            report.AppendLine($"    replay: BANTIN_FUZZ_SEED={f.Seed} BANTIN_FUZZ_ITERATIONS=1, property {property}");
            report.AppendLine("    " + Shrink(gen, stream, f.Seed, signature).Replace("\n", "\n    "));
            report.AppendLine("    " + FirstLines(f.Failure.Detail, 12));
        }
        output.WriteLine(report.ToString());
        if (budget.ReportFile is { } file) lock (typeof(FuzzRunner)) File.AppendAllText(file, report.ToString());
        Assert.True(failures.IsEmpty, report.ToString());
    }

    /// <summary>The smallest failing case of the same signature CsCheck finds, starting from the failing seed.</summary>
    private static string Shrink(Gen<FuzzCase> gen, uint stream, ulong seed, string signature)
    {
        try
        {
            gen.Sample(site =>
            {
                if (SiteProperty.Check(site) is { } f && f.Signature == signature)
                    throw new InvalidOperationException(signature);
            }, seed: new PCG(stream, seed).ToString(), iter: ShrinkTries, threads: 1, print: site => site.ToString());
            return "(did not fail again while shrinking)";
        }
        catch (CsCheckException e)
        {
            return "smallest: " + e.Message;
        }
    }

    private static string FirstLines(string text, int count) => string.Join("\n    ", text.Split('\n').Take(count));

    /// <summary>A stable stream number per property (string.GetHashCode changes from run to run).</summary>
    private static uint Stream(string property) =>
        property.Aggregate(2166136261u, (hash, c) => (hash ^ c) * 16777619u);
}
