using System.Text;

namespace Bantin.Output;

/// <summary>
/// <c>.bantin-files</c>: the list of files the last build wrote into an output folder. It is how a build knows what it
/// may replace or remove there: anything not listed is the user's. Written in the output, so a copied or moved output
/// folder stays recognisable. One path a line, '/'-separated, in ordinal order, after a one-line header.
/// </summary>
public static class Manifest
{
    public const string FileName = ".bantin-files";
    public const string Header = "# Bantin: các tệp do Bantin ghi vào thư mục này / files Bantin wrote here. Đừng sửa. / Do not edit.";

    public static string Text(IEnumerable<string> files)
    {
        var text = new StringBuilder(Header).Append('\n');
        foreach (var file in files.Where(f => f != FileName).Order(StringComparer.Ordinal)) text.Append(file).Append('\n');
        return text.ToString();
    }

    /// <summary>The files listed in <paramref name="folder"/>'s manifest, or null when it has none (or not one of ours).</summary>
    public static HashSet<string>? Read(string folder)
    {
        var path = Path.Combine(folder, FileName);
        if (!File.Exists(path)) return null;
        string[] lines;
        try { lines = File.ReadAllLines(path, Encoding.UTF8); }
        catch (IOException) { return null; }
        catch (UnauthorizedAccessException) { return null; }
        if (lines.Length == 0 || lines[0] != Header) return null;
        return lines.Skip(1).Where(l => l.Length > 0).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Writes the manifest through a temporary file, so a reader never sees half a list.</summary>
    public static void Write(string folder, IEnumerable<string> files)
    {
        var path = Path.Combine(folder, FileName);
        var temporary = path + ".tmp";
        File.WriteAllText(temporary, Text(files), new UTF8Encoding(false));
        File.Move(temporary, path, overwrite: true);
    }
}
