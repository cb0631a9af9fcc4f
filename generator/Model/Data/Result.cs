using Bantin.Diagnostics;
using Bantin.Model.Periods;

namespace Bantin.Model.Data;

/// <summary>A value given in data/results for one unit, indicator and period.</summary>
/// <param name="Span">Where the indicator's line stands in the results file.</param>
public sealed record Result(string UnitId, string IndicatorId, Period Period, Amount Amount, SourceSpan Span)
{
    /// <summary>The file says <c>status: provisional</c> (số liệu sơ bộ): the value may still be corrected.</summary>
    public bool Provisional { get; init; }

    /// <summary>Earlier values with the dates they were corrected on, oldest date first; empty when never corrected.</summary>
    public IReadOnlyList<ResultRevision> Revisions { get; init; } = [];

    /// <summary>The value as it stood before <paramref name="date"/>: undone are the corrections dated on or after it.</summary>
    public Amount AmountBefore(DateOnly date)
    {
        foreach (var revision in Revisions)
            if (revision.Date >= date) return revision.Earlier;
        return Amount;
    }
}
