namespace Bantin.Import;

/// <summary>Names a sheet's cells for messages (<c>FILE!Sheet!C7</c>) and the sheet for <c>source:</c>.</summary>
/// <param name="File">The file as the user named it on the command line.</param>
/// <param name="SourceFile">The file as results files record it: relative to the site when inside it, else its name.</param>
internal sealed record SheetPlace(string File, string SourceFile, string SheetName)
{
    public string Cell(int row, int column) => Sheet + "!" + CellReference.Format(row, column);

    /// <summary>The sheet without a cell; a CSV file has no sheet name.</summary>
    public string Sheet => SheetName.Length == 0 ? File : File + "!" + SheetName;

    public string Source => SheetName.Length == 0 ? SourceFile : SourceFile + "!" + SheetName;
}
