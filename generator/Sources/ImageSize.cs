using System.Buffers.Binary;
using System.Globalization;
using System.Xml;

namespace Bantin.Sources;

/// <summary>
/// The pixel size of a local image, read from its header at build time, so pages can give every &lt;img&gt; its width
/// and height and the text does not jump while images load. PNG, JPEG, GIF, WebP and SVG; anything else, or a damaged
/// file, gives null and the image is simply written without a size. No image library: only the headers are needed.
/// </summary>
public static class ImageSize
{
    // Not a u8 literal: "\x89" there would be U+0089, two bytes in UTF-8.
    private static ReadOnlySpan<byte> PngSignature => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>How much of a file is read for its header: an image of several megabytes is not read whole for 8 bytes.</summary>
    private const int HeadBytes = 64 * 1024;

    /// <summary>The size of the image in <paramref name="path"/>, or null when it cannot be read or is not an image we know.</summary>
    public static (int Width, int Height)? Read(string path)
    {
        try
        {
            if (!File.Exists(path)) return null;
            using var file = File.OpenRead(path);
            var head = new byte[(int)Math.Min(HeadBytes, file.Length)];
            file.ReadExactly(head);
            // A JPEG's size comes after its metadata blocks (EXIF, ICC: up to 64 KiB each): only then read on.
            if (Parse(head) is { } size) return size;
            return file.Length > head.Length && head is [0xFF, 0xD8, ..] ? Parse(File.ReadAllBytes(path)) : null;
        }
        catch (IOException) { return null; }
        catch (UnauthorizedAccessException) { return null; }
    }

    public static (int Width, int Height)? Parse(ReadOnlySpan<byte> data)
    {
        var size = data switch
        {
            _ when data.StartsWith(PngSignature) => Png(data),
            _ when data.StartsWith("GIF87a"u8) || data.StartsWith("GIF89a"u8) => Gif(data),
            _ when data.Length >= 2 && data[0] == 0xFF && data[1] == 0xD8 => Jpeg(data),
            _ when data.Length >= 12 && data.StartsWith("RIFF"u8) && data[8..12].SequenceEqual("WEBP"u8) => WebP(data),
            _ => Svg(data),
        };
        return size is { Item1: > 0, Item2: > 0 } ? size : null;
    }

    private static (int, int)? Png(ReadOnlySpan<byte> d) =>
        d.Length >= 24 && d[12..16].SequenceEqual("IHDR"u8)
            ? (BinaryPrimitives.ReadInt32BigEndian(d[16..]), BinaryPrimitives.ReadInt32BigEndian(d[20..]))
            : null;

    private static (int, int)? Gif(ReadOnlySpan<byte> d) =>
        d.Length >= 10 ? (BinaryPrimitives.ReadUInt16LittleEndian(d[6..]), BinaryPrimitives.ReadUInt16LittleEndian(d[8..])) : null;

    /// <summary>Walks the segments to the first start-of-frame, which holds the size (EXIF may come first and be large).</summary>
    private static (int, int)? Jpeg(ReadOnlySpan<byte> d)
    {
        var i = 2;
        while (i + 4 <= d.Length)
        {
            if (d[i] != 0xFF) return null;
            var marker = d[i + 1];
            if (marker == 0xFF) { i++; continue; } // fill byte
            if (marker is 0xD8 or 0x01 or (>= 0xD0 and <= 0xD7)) { i += 2; continue; } // markers without a length
            if (marker is 0xD9 or 0xDA) return null; // end of image, or the scan started without a frame header
            var length = BinaryPrimitives.ReadUInt16BigEndian(d[(i + 2)..]);
            // SOF0–SOF15, except DHT (C4), JPG (C8) and DAC (CC), which share the range.
            if (marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC)
                return i + 9 <= d.Length ? (BinaryPrimitives.ReadUInt16BigEndian(d[(i + 7)..]), BinaryPrimitives.ReadUInt16BigEndian(d[(i + 5)..])) : null;
            if (length < 2) return null;
            i += 2 + length;
        }
        return null;
    }

    private static (int, int)? WebP(ReadOnlySpan<byte> d)
    {
        if (d.Length < 30) return null;
        var chunk = d[12..16];
        if (chunk.SequenceEqual("VP8 "u8))
            return (BinaryPrimitives.ReadUInt16LittleEndian(d[26..]) & 0x3FFF, BinaryPrimitives.ReadUInt16LittleEndian(d[28..]) & 0x3FFF);
        if (chunk.SequenceEqual("VP8L"u8) && d[20] == 0x2F)
        {
            var bits = BinaryPrimitives.ReadUInt32LittleEndian(d[21..]);
            return ((int)(bits & 0x3FFF) + 1, (int)((bits >> 14) & 0x3FFF) + 1);
        }
        if (chunk.SequenceEqual("VP8X"u8))
            return (1 + (d[24] | d[25] << 8 | d[26] << 16), 1 + (d[27] | d[28] << 8 | d[29] << 16));
        return null;
    }

    /// <summary>
    /// The root element's width and height when they are plain numbers (or px), else the viewBox's size: that is the
    /// size a browser gives an SVG &lt;img&gt; without CSS. Percentages and em cannot be known at build time.
    /// </summary>
    private static (int, int)? Svg(ReadOnlySpan<byte> d)
    {
        try
        {
            using var reader = XmlReader.Create(new MemoryStream(d.ToArray()),
                new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null, IgnoreComments = true });
            if (reader.MoveToContent() != XmlNodeType.Element || reader.LocalName != "svg") return null;
            var width = Length(reader.GetAttribute("width"));
            var height = Length(reader.GetAttribute("height"));
            var box = (reader.GetAttribute("viewBox") ?? "").Split([' ', ',', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries);
            double? boxWidth = null, boxHeight = null;
            if (box.Length == 4 && Number(box[2]) is { } bw && Number(box[3]) is { } bh && bw > 0 && bh > 0) (boxWidth, boxHeight) = (bw, bh);
            // One given side and the viewBox's ratio give the other, as the browser does.
            if (width is null && height is not null && boxWidth is not null) width = height * boxWidth / boxHeight;
            if (height is null && width is not null && boxWidth is not null) height = width * boxHeight / boxWidth;
            width ??= boxWidth;
            height ??= boxHeight;
            return width is { } w && height is { } h ? ((int)Math.Round(w), (int)Math.Round(h)) : null;
        }
        catch (XmlException)
        {
            return null;
        }
    }

    private static double? Length(string? value)
    {
        if (value is null) return null;
        value = value.Trim();
        if (value.EndsWith("px", StringComparison.Ordinal)) value = value[..^2];
        return Number(value);
    }

    private static double? Number(string value) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) && n > 0 && double.IsFinite(n) ? n : null;
}
