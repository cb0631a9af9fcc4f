using System.Buffers.Binary;

namespace Bantin.Render;

/// <summary>
/// <c>/favicon.ico</c> at the site root, for the readers and tools that ask for it without reading the page's icon
/// links: one image, the site's <c>assets/favicon-32.png</c> as it is (an ICO file may hold PNG data since Windows Vista).
/// </summary>
public static class FaviconIco
{
    public const string FileName = "favicon.ico";
    public const string Source = "assets/favicon-32.png";

    /// <summary>The ICO file around <paramref name="png"/>, or null when it is not a PNG image (its size unknown).</summary>
    public static byte[]? From(byte[] png)
    {
        // PNG signature, then the IHDR chunk: width and height are the big-endian words at 16 and 20.
        ReadOnlySpan<byte> signature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];
        if (png.Length < 24 || !png.AsSpan(0, 8).SequenceEqual(signature)) return null;
        var width = BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(16));
        var height = BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(20));
        if (width is 0 or > 256 || height is 0 or > 256) return null;

        const int header = 6, entry = 16;
        var ico = new byte[header + entry + png.Length];
        var span = ico.AsSpan();
        BinaryPrimitives.WriteUInt16LittleEndian(span[2..], 1); // type: icon
        BinaryPrimitives.WriteUInt16LittleEndian(span[4..], 1); // one image
        span[6] = (byte)(width == 256 ? 0 : width);              // 0 means 256
        span[7] = (byte)(height == 256 ? 0 : height);
        BinaryPrimitives.WriteUInt16LittleEndian(span[10..], 1);  // colour planes
        BinaryPrimitives.WriteUInt16LittleEndian(span[12..], 32); // bits per pixel
        BinaryPrimitives.WriteUInt32LittleEndian(span[14..], (uint)png.Length);
        BinaryPrimitives.WriteUInt32LittleEndian(span[18..], header + entry);
        png.CopyTo(span[(header + entry)..]);
        return ico;
    }
}
