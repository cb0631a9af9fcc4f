using System.Text;

namespace Bantin.Output;

/// <summary>
/// An output for a portable build: pages (.html) go through <see cref="RelativeLinks"/> on their way to the real
/// output; every other file passes unchanged. Style sheets need nothing: the theme's CSS names no URL.
/// </summary>
public sealed class PortableOutput(ISiteOutput inner, string basePath) : ISiteOutput
{
    public int FilesWritten => inner.FilesWritten;

    public void WriteText(string relativePath, string text) =>
        inner.WriteText(relativePath, IsPage(relativePath) ? RelativeLinks.Rewrite(text, relativePath, basePath) : text);

    public void WriteBytes(string relativePath, byte[] bytes)
    {
        if (IsPage(relativePath)) WriteText(relativePath, Encoding.UTF8.GetString(bytes));
        else inner.WriteBytes(relativePath, bytes);
    }

    public void WriteUtf8(string relativePath, ReadOnlySpan<byte> bytes)
    {
        if (IsPage(relativePath)) WriteText(relativePath, Encoding.UTF8.GetString(bytes));
        else inner.WriteUtf8(relativePath, bytes);
    }

    public void CopyFile(string relativePath, string sourceFile) => inner.CopyFile(relativePath, sourceFile);

    public void Keep(string relativePath) => inner.Keep(relativePath);

    public void Commit() => inner.Commit();

    public void Dispose() => inner.Dispose();

    private static bool IsPage(string relativePath) => relativePath.EndsWith(".html", StringComparison.Ordinal);
}
