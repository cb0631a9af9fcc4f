namespace Bantin.Diagnostics;

/// <summary>Why a period could not be read, so the caller can say what to write instead.</summary>
public enum PeriodError
{
    None,
    /// <summary>Nothing was written.</summary>
    Empty,
    /// <summary>Not one of the forms 2019-04, 2019-Q1, 2020-H1, 2017-01..2017-05, 2021, 2013..2018.</summary>
    Syntax,
    /// <summary>A year outside 1000..9999.</summary>
    YearOutOfRange,
    /// <summary>A month outside 01..12, e.g. 2019-13.</summary>
    MonthOutOfRange,
    /// <summary>A quarter outside Q1..Q4.</summary>
    QuarterOutOfRange,
    /// <summary>A half other than H1 or H2.</summary>
    HalfOutOfRange,
    /// <summary>A range whose start comes after its end, e.g. 2017-05..2017-01.</summary>
    RangeReversed,
    /// <summary>A range whose ends are not both months or both years, e.g. 2017-01..2018 or 2019-Q1..2019-Q2.</summary>
    RangeMixed,
    /// <summary>A range written with a dash instead of "..", e.g. 2013-2018 or 2013–2018.</summary>
    RangeSeparator,
}
