namespace Bantin.Import;

/// <summary>
/// What a form made by <c>bantin new form</c> carries for the way back, in a hidden first row and a hidden first
/// column: A1 says it is a form and how it is laid out, B1 its period, C1 (one sheet a unit) the unit's id; the rest
/// of row 1 names each column's number (rows layout) or marks the value column; column A names each row's unit
/// (rows layout) or number (sheets layout), below the header row marked in column A.
/// </summary>
internal static class FormMarks
{
    public const string Rows = "#bantin:rows";
    public const string Sheets = "#bantin:sheets";
    public const string HeaderRow = "#header";
    public const string ValueColumn = "#value";
}
