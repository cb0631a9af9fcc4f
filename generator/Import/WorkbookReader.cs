using Bantin.Diagnostics;
using System.IO.Compression;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;

namespace Bantin.Import;

/// <summary>
/// Opens a file that people send as a spreadsheet, by what it holds rather than what it is called: a zip is an
/// .xlsx, an OLE compound file an old .xls (or an .xlsx with a password, which cannot be read), anything else with
/// a .csv or .txt name a CSV file. Never throws for a bad file: the reason comes back instead.
/// </summary>
internal static class WorkbookReader
{
    /// <summary>Larger than any district's report by far; a bigger file is almost surely something else.</summary>
    public const long MaxBytes = 100L * 1024 * 1024;

    private static readonly byte[] Zip = [0x50, 0x4B, 0x03, 0x04];
    private static readonly byte[] Ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    public static (IReadOnlyList<Sheet> Sheets, WorkbookProblem Problem) Read(string path)
    {
        byte[] bytes;
        try
        {
            var info = new FileInfo(path);
            if (Directory.Exists(path) || !info.Exists) return ([], WorkbookProblem.Missing);
            if (info.Length > MaxBytes) return ([], WorkbookProblem.TooLarge);
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return ([], WorkbookProblem.Unreadable);
        }
        var extension = Path.GetExtension(path).ToLowerInvariant();
        if (bytes.AsSpan().StartsWith(Zip)) return Guard(() => XlsxReader.Read(new MemoryStream(bytes)), WorkbookProblem.BadXlsx);
        if (bytes.AsSpan().StartsWith(Ole)) return Guard(() => XlsReader.Read(new MemoryStream(bytes)), WorkbookProblem.BadXls);
        if (extension is ".csv" or ".txt")
            return CsvReader.Read(bytes, "") is { } sheet ? ([sheet], WorkbookProblem.None) : ([], WorkbookProblem.CsvNotUtf8);
        return ([], extension is ".xlsx" or ".xlsm" or ".xls" ? WorkbookProblem.BadXlsx : WorkbookProblem.UnknownType);
    }

    // The libraries signal a damaged or unexpected file with many exception types; each is that file's problem,
    // reported as such, never a crash.
    private static (IReadOnlyList<Sheet>, WorkbookProblem) Guard(Func<IReadOnlyList<Sheet>> read, WorkbookProblem problem)
    {
        try
        {
            return (read(), WorkbookProblem.None);
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or IOException or XmlException
                                      or InvalidOperationException or ArgumentException or FormatException
                                      or NotSupportedException or KeyNotFoundException or IndexOutOfRangeException
                                      or NullReferenceException or OverflowException
                                      or ExcelDataReader.Exceptions.ExcelReaderException)
        {
            var encrypted = e.GetType().Name.Contains("Encrypt", StringComparison.Ordinal) || e.Message.Contains("encrypt", StringComparison.OrdinalIgnoreCase);
            return ([], encrypted ? WorkbookProblem.Encrypted : problem);
        }
    }
}
