namespace Bantin.Import;

/// <summary>Which number of an indicator's value a column (or a form row) holds.</summary>
public enum SlotPart
{
    /// <summary>The value itself; a ratio's count achieved; a breakdown's total. A plain table's one cell may hold a whole "790/812".</summary>
    Main,
    /// <summary>A ratio's total (the 812 in 790/812).</summary>
    Of,
    /// <summary>One part of a breakdown.</summary>
    Part,
}
