namespace Bantin.BrowserTests.Support;

/// <summary>Where screenshots go: $BANTIN_ARTIFACTS, else artifacts/ next to the test assembly (under bin/, git-ignored).</summary>
public static class Artifacts
{
    public static string Folder
    {
        get
        {
            var folder = Environment.GetEnvironmentVariable("BANTIN_ARTIFACTS") is { Length: > 0 } set ? set : Path.Combine(AppContext.BaseDirectory, "artifacts");
            Directory.CreateDirectory(folder);
            return folder;
        }
    }

    /// <summary>The width and height a PNG file declares in its IHDR chunk.</summary>
    public static (int Width, int Height) PngSize(string file)
    {
        var head = new byte[24];
        using (var stream = File.OpenRead(file)) stream.ReadExactly(head);
        return (System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(head.AsSpan(16)), System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(head.AsSpan(20)));
    }
}
