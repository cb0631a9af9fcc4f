using Bantin.Model.Data;

namespace Bantin.Compute.Data;

/// <summary>How far a figure has come towards one target.</summary>
/// <param name="Ratio">Figure / target (0.6486 for 72 of 111); null when the target is 0 or there is no figure.</param>
/// <param name="PartialPeriod">
/// The figure covers only part of the target's period (April against the year's plan), so readers should not
/// expect 100% yet.
/// </param>
public sealed record Achievement(Target Target, decimal? Ratio, bool PartialPeriod);
