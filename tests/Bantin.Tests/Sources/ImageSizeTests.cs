using System.Text;
using Bantin.Sources;

namespace Bantin.Tests.Sources;

public sealed class ImageSizeTests
{
    private static byte[] Bytes(params int[] values) => values.Select(v => (byte)v).ToArray();

    private static byte[] Concat(params byte[][] parts) => parts.SelectMany(p => p).ToArray();

    [Fact]
    public void Png_size_comes_from_the_IHDR_chunk()
    {
        var png = Concat(Bytes(0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13), "IHDR"u8.ToArray(),
            Bytes(0, 0, 0x03, 0x20, 0, 0, 0x01, 0xC2, 8, 6, 0, 0, 0));
        Assert.Equal((800, 450), ImageSize.Parse(png));
    }

    [Fact]
    public void Gif_size_is_little_endian_after_the_signature()
    {
        Assert.Equal((300, 2), ImageSize.Parse(Concat("GIF89a"u8.ToArray(), Bytes(0x2C, 0x01, 0x02, 0x00, 0, 0, 0))));
        Assert.Equal((1, 1), ImageSize.Parse(Concat("GIF87a"u8.ToArray(), Bytes(1, 0, 1, 0))));
    }

    [Fact]
    public void Jpeg_size_comes_from_the_frame_header_after_other_segments()
    {
        var jpeg = Bytes(
            0xFF, 0xD8,
            0xFF, 0xE1, 0x00, 0x06, 1, 2, 3, 4,             // APP1 (EXIF) of 4 bytes: skipped
            0xFF, 0xC4, 0x00, 0x03, 0,                      // DHT shares the SOF range and is not a frame
            0xFF, 0xFF,                                     // fill byte
            0xFF, 0xC2, 0x00, 0x11, 0x08, 0x01, 0xE0, 0x02, 0x80, 3, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1, // progressive SOF2: 640×480
            0xFF, 0xD9);
        Assert.Equal((640, 480), ImageSize.Parse(jpeg));
    }

    [Fact]
    public void Jpeg_without_a_frame_header_has_no_size()
    {
        Assert.Null(ImageSize.Parse(Bytes(0xFF, 0xD8, 0xFF, 0xDA, 0x00, 0x02, 0xFF, 0xD9)));
        Assert.Null(ImageSize.Parse(Bytes(0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x40)));
    }

    private static byte[] WebP(string chunk, byte[] payload) =>
        Concat("RIFF"u8.ToArray(), Bytes(0, 0, 0, 0), "WEBP"u8.ToArray(), Encoding.ASCII.GetBytes(chunk), Bytes(payload.Length, 0, 0, 0), payload);

    [Fact]
    public void WebP_lossy_lossless_and_extended()
    {
        // VP8: frame tag (3), start code 9D 01 2A, then 14-bit width and height.
        Assert.Equal((400, 300), ImageSize.Parse(WebP("VP8 ", Bytes(0, 0, 0, 0x9D, 0x01, 0x2A, 0x90, 0x01, 0x2C, 0x01, 0, 0))));
        // VP8L: signature 2F, then width-1 and height-1 in 14 bits each: 100×50 → 99 | 49 << 14.
        var bits = 99u | 49u << 14;
        Assert.Equal((100, 50), ImageSize.Parse(WebP("VP8L", Bytes(0x2F, (int)(bits & 0xFF), (int)(bits >> 8 & 0xFF), (int)(bits >> 16 & 0xFF), (int)(bits >> 24), 0, 0, 0, 0, 0))));
        // VP8X: flags (4), then canvas width-1 and height-1 in 24 bits each: 1920×1080.
        Assert.Equal((1920, 1080), ImageSize.Parse(WebP("VP8X", Bytes(0, 0, 0, 0, 0x7F, 0x07, 0, 0x37, 0x04, 0))));
    }

    [Theory]
    [InlineData("<svg xmlns='http://www.w3.org/2000/svg' width='800' height='450'/>", 800, 450)]
    [InlineData("<?xml version='1.0'?><!-- a --><svg width='120px' height='60.4px' viewBox='0 0 10 10'/>", 120, 60)]
    [InlineData("<svg viewBox='0 0 640 360'></svg>", 640, 360)]
    [InlineData("<svg viewBox='0,0,200,100' width='50'></svg>", 50, 25)]
    [InlineData("\uFEFF<svg height='30' viewBox='0 0 200 100'></svg>", 60, 30)]
    public void Svg_size_from_width_height_or_viewBox(string svg, int width, int height) =>
        Assert.Equal((width, height), ImageSize.Parse(Encoding.UTF8.GetBytes(svg)));

    [Theory]
    [InlineData("<svg width='100%' height='100%'/>")]
    [InlineData("<html><body></body></html>")]
    [InlineData("<svg width='10'")]
    [InlineData("not an image at all")]
    [InlineData("")]
    public void Unknown_sizes_and_other_files_give_null(string text) => Assert.Null(ImageSize.Parse(Encoding.UTF8.GetBytes(text)));

    [Fact]
    public void A_truncated_or_zero_sized_raster_gives_null()
    {
        Assert.Null(ImageSize.Parse(Bytes(0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0)));
        Assert.Null(ImageSize.Parse(Concat("GIF89a"u8.ToArray(), Bytes(0, 0, 5, 0))));
        Assert.Null(ImageSize.Read("/no/such/file.png"));
    }

    /// <summary>Only the head of a file is read; a JPEG whose frame header lies past it (large EXIF blocks) is read on.</summary>
    [Fact]
    public void A_file_is_read_from_its_head_and_a_jpeg_with_large_metadata_still_gets_its_size()
    {
        var folder = Directory.CreateTempSubdirectory("bantin-image-").FullName;
        try
        {
            var app1 = Concat(Bytes(0xFF, 0xE1, 0xFF, 0xFF), new byte[0xFFFD]);
            var jpeg = Concat(Bytes(0xFF, 0xD8), app1, app1, Bytes(0xFF, 0xC0, 0x00, 0x11, 0x08, 0x01, 0xE0, 0x02, 0x80, 3, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1, 0xFF, 0xD9));
            File.WriteAllBytes(Path.Combine(folder, "big.jpg"), jpeg);
            Assert.Equal((640, 480), ImageSize.Read(Path.Combine(folder, "big.jpg")));

            var png = Concat(Bytes(0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13), "IHDR"u8.ToArray(),
                Bytes(0, 0, 0x03, 0x20, 0, 0, 0x01, 0xC2, 8, 6, 0, 0, 0), new byte[200_000]);
            File.WriteAllBytes(Path.Combine(folder, "big.png"), png);
            Assert.Equal((800, 450), ImageSize.Read(Path.Combine(folder, "big.png")));
            Assert.Null(ImageSize.Read(Path.Combine(folder, "not-there.png")));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
