namespace Bantin.Render;

/// <summary>
/// Whether a local file name from Markdown or front matter (already %-decoded) can name a file at all: "%00" decodes
/// to NUL, which every file API refuses with an exception, so such a name must be reported, never opened.
/// </summary>
public static class LocalFileName
{
    public static bool IsUsable(string relative) => relative.IndexOfAny(Path.GetInvalidPathChars()) < 0;

    /// <summary>The name as an editor can read it in a message: the refused characters %-escaped again.</summary>
    public static string Shown(string relative) =>
        string.Concat(relative.Select(c => Path.GetInvalidPathChars().Contains(c) ? $"%{(int)c:X2}" : c.ToString()));
}
