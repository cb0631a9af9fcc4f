using System.Text;

namespace Bantin.Import;

/// <summary>
/// Reads a CSV file as one sheet of text cells: UTF-8 with or without a byte order mark (Excel's "CSV UTF-8"),
/// or UTF-16 with one (Excel's "Unicode text"); fields split by ';', tab or ',' (whichever the file uses: Excel
/// in Vietnamese writes ';' because ',' is the decimal comma), quoted with '"' as RFC 4180 says.
/// </summary>
internal static class CsvReader
{
    private static readonly char[] Separators = ['\t', ';', ','];

    /// <returns>null when the bytes are not UTF-8 (an old "CSV" saved in a Windows code page).</returns>
    public static Sheet? Read(byte[] bytes, string sheetName)
    {
        if (Decode(bytes) is not { } text) return null;
        text = text.Normalize(NormalizationForm.FormC);
        var lines = Records(text, Separator(text));
        var cells = new List<SheetCell>();
        for (var r = 0; r < lines.Count; r++)
            for (var c = 0; c < lines[r].Count; c++)
                if (lines[r][c].Trim().Length > 0) cells.Add(new SheetCell(r + 1, c + 1, lines[r][c], null));
        return new Sheet(sheetName, cells, []);
    }

    private static string? Decode(byte[] bytes)
    {
        if (bytes is [0xFF, 0xFE, ..]) return Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2);
        if (bytes is [0xFE, 0xFF, ..]) return Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2);
        var start = bytes is [0xEF, 0xBB, 0xBF, ..] ? 3 : 0;
        try
        {
            return new UTF8Encoding(false, true).GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    // The separator found most often on any one line, outside quotes; tab and ';' first, since ',' is also the
    // Vietnamese decimal comma and may stand unquoted inside a ';'-separated file.
    private static char Separator(string text)
    {
        var best = ',';
        var bestCount = 0;
        foreach (var sep in Separators)
        {
            var most = Records(text, sep, 30).Select(r => r.Count - 1).DefaultIfEmpty(0).Max();
            if (most > bestCount) (best, bestCount) = (sep, most);
            if (bestCount > 0) break;
        }
        return best;
    }

    private static List<List<string>> Records(string text, char separator, int limit = int.MaxValue)
    {
        var records = new List<List<string>>();
        var record = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length && records.Count < limit; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c != '"') field.Append(c);
                else if (i + 1 < text.Length && text[i + 1] == '"') field.Append(text[++i]);
                else quoted = false;
            }
            else if (c == '"' && field.Length == 0) quoted = true;
            else if (c == separator) { record.Add(field.ToString()); field.Clear(); }
            else if (c is '\r' or '\n')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
                record.Add(field.ToString());
                field.Clear();
                records.Add(record);
                record = [];
            }
            else field.Append(c);
        }
        if (field.Length > 0 || record.Count > 0)
        {
            record.Add(field.ToString());
            records.Add(record);
        }
        return records;
    }
}
