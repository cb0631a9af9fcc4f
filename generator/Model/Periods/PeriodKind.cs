namespace Bantin.Model.Periods;

/// <summary>
/// How a period was written. Two periods covering the same months but written differently
/// (<c>2019-Q1</c> and <c>2019-01..2019-03</c>) label differently, so the kind is part of a period's identity.
/// </summary>
public enum PeriodKind
{
    Month,
    Quarter,
    Half,
    MonthRange,
    Year,
    YearRange,
}
