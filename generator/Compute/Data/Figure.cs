using Bantin.Diagnostics;
using Bantin.Formatting;

namespace Bantin.Compute.Data;

/// <summary>A value to show for a unit, indicator and period: given in the data, or computed from given values.</summary>
/// <param name="Value">The value, a ratio's numerator, or a breakdown's total.</param>
/// <param name="Of">A ratio's total; null for other kinds.</param>
/// <param name="By">The breakdown by key; empty when none is known for every part that was added up.</param>
/// <param name="Computed">False when given directly; true when summed over time or over child units.</param>
/// <param name="Sources">Where the given values that make up the figure are written.</param>
public sealed record Figure(decimal Value, decimal? Of, IReadOnlyList<KeyValuePair<string, decimal>> By, bool Computed, IReadOnlyList<SourceSpan> Sources)
{
    /// <summary>A ratio's rate (790 of 812 → 0.9729…); null without a positive total (or beyond printing).</summary>
    public decimal? Rate => Of is > 0 && NumberFormatter.TryRatio(Value, Of, out var rate) ? rate : null;

    /// <summary>Set when the figure is summed over child units and some of them have no figure for the period.</summary>
    public RollUpShare? Share { get; init; }

    /// <summary>A given value the file calls provisional (số liệu sơ bộ) is in it.</summary>
    public bool Provisional { get; init; }

    /// <summary>The latest day a given value in it was corrected; null when none ever was.</summary>
    public DateOnly? RevisedOn { get; init; }

    /// <summary>A given value as a figure, with its marks.</summary>
    public static Figure Given(Model.Data.Result r, bool computed) =>
        new(r.Amount.Value, r.Amount.Of, r.Amount.By, computed, [r.Span])
        {
            Provisional = r.Provisional,
            RevisedOn = r.Revisions.Count > 0 ? r.Revisions[^1].Date : null,
        };
}
