namespace Bantin.Export;

/// <param name="Written">The workbook written, or null when nothing was.</param>
/// <param name="OutputExists">Nothing was written because the output file is already there (bad usage, not bad data).</param>
public sealed record ExportResult(string? Written, bool OutputExists);
