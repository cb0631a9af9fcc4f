namespace Bantin.Import;

/// <summary>Why a cell's stored content is not a value to read.</summary>
public enum CellProblem
{
    None,
    /// <summary>An Excel error value such as #DIV/0! or #REF!.</summary>
    ErrorValue,
    /// <summary>A formula whose result was never computed (the file was written by a program, not saved by Excel).</summary>
    UncomputedFormula,
}
