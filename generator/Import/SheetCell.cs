namespace Bantin.Import;

/// <summary>
/// One non-empty cell as a spreadsheet stores it: its text as shown, and its number when the program stored one
/// (a typed number, or a formula's last computed result). A number typed as text has <see cref="Number"/> null.
/// </summary>
/// <param name="Row">1-based row.</param>
/// <param name="Column">1-based column (A = 1).</param>
/// <param name="Percent">Whether the cell is formatted as a percentage, so a stored 0.9074 reads as 90,74%.</param>
/// <param name="Problem">Why the cell holds no usable content (an error value, a formula never computed), or null.</param>
public sealed record SheetCell(int Row, int Column, string Text, double? Number, bool Percent = false, CellProblem Problem = CellProblem.None)
{
    public string Reference => CellReference.Format(Row, Column);
}
