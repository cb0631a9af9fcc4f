namespace Bantin.Render.Charts;

/// <summary>What one tick of a time axis stands for, from finest to coarsest.</summary>
public enum TimeStep
{
    Month,
    Quarter,
    Year,
    TwoYears,
    FiveYears,
    TenYears,
}
