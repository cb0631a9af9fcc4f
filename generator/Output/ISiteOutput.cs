namespace Bantin.Output;

/// <summary>Where a build's files go; nothing is visible in the output folder before <see cref="Commit"/>.</summary>
public interface ISiteOutput : IDisposable
{
    int FilesWritten { get; }

    void WriteText(string relativePath, string text);

    void WriteBytes(string relativePath, byte[] bytes);

    /// <summary>Writes bytes the caller will reuse once this returns (a page drawn straight to UTF-8).</summary>
    void WriteUtf8(string relativePath, ReadOnlySpan<byte> bytes);

    void CopyFile(string relativePath, string sourceFile);

    /// <summary>The file stays as the previous build wrote it (a page the rebuild knows cannot have changed).</summary>
    void Keep(string relativePath);

    void Commit();
}
