using System.Security.Cryptography;
using System.Text;

namespace Bantin.Deploy;

/// <summary>
/// <c>.bantin-deploy</c>, kept in a target: the files the last deploy put there and the SHA-256 of each. It decides what
/// changed, and it is the only list of files a deploy may delete there: everything else in the target is the user's.
/// One "hash path" a line after a header; a hash of <see cref="Unknown"/> marks a file an unfinished deploy was writing.
/// </summary>
public static class DeployManifest
{
    public const string FileName = ".bantin-deploy";
    public const string Header = "# Bantin deploy: tệp đã đăng và mã băm SHA-256 / files published and their SHA-256. Đừng sửa. / Do not edit.";
    public const string Unknown = "-";

    public static string Text(IReadOnlyDictionary<string, string> files)
    {
        var text = new StringBuilder(Header).Append('\n');
        foreach (var (path, hash) in files.OrderBy(f => f.Key, StringComparer.Ordinal)) text.Append(hash).Append(' ').Append(path).Append('\n');
        return text.ToString();
    }

    /// <summary>The files a manifest lists; empty for none. Lines that are not ours, or whose path could leave the target, are ignored.</summary>
    public static Dictionary<string, string> Parse(string? text)
    {
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        if (text is null) return files;
        var lines = text.Split('\n');
        if (lines[0].TrimEnd('\r') != Header) return files;
        foreach (var line in lines.Skip(1))
        {
            var space = line.IndexOf(' ');
            if (space <= 0) continue;
            var path = line[(space + 1)..].TrimEnd('\r');
            if (IsSafe(path)) files[path] = line[..space];
        }
        return files;
    }

    /// <summary>A relative '/'-path that stays inside its folder: a doctored manifest must not make a deploy delete "../x".</summary>
    public static bool IsSafe(string path) =>
        path.Length > 0 && path[0] != '/' && !path.Contains('\\') && !path.Contains(':')
        && path.Split('/').All(part => part is not ("" or "." or ".."));

    public static string Hash(string file)
    {
        using var stream = File.OpenRead(file);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}
