namespace Bantin.Diagnostics;

/// <summary>Why a file given to <c>bantin import</c> could not be read at all.</summary>
public enum WorkbookProblem
{
    None,
    Missing,
    Unreadable,
    TooLarge,
    BadXlsx,
    BadXls,
    Encrypted,
    CsvNotUtf8,
    UnknownType,
}
