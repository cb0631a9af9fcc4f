namespace Bantin.Import;

/// <summary>Excel's A1 cell names: column letters then the row number.</summary>
public static class CellReference
{
    public static string Format(int row, int column) => ColumnName(column) + row.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static string ColumnName(int column)
    {
        var name = "";
        for (var c = column; c > 0; c = (c - 1) / 26)
            name = (char)('A' + (c - 1) % 26) + name;
        return name;
    }

    /// <summary>Reads "C7" (or "$C$7"); false for anything else.</summary>
    public static bool TryParse(string? text, out int row, out int column)
    {
        row = column = 0;
        var s = (text ?? "").Replace("$", "", StringComparison.Ordinal);
        var i = 0;
        for (; i < s.Length && char.IsAsciiLetter(s[i]); i++)
        {
            column = column * 26 + (char.ToUpperInvariant(s[i]) - 'A' + 1);
            if (column > 16384) return false;
        }
        if (i == 0 || i == s.Length) return false;
        for (; i < s.Length; i++)
        {
            if (!char.IsAsciiDigit(s[i])) return false;
            row = row * 10 + (s[i] - '0');
            if (row > 1048576) return false;
        }
        return row > 0;
    }
}
