using System.Buffers.Binary;
using Bantin.Render;

namespace Bantin.Tests.Render;

public sealed class FaviconIcoTests
{
    /// <summary>A PNG header with the given size, then <paramref name="extra"/> bytes: FaviconIco reads no further.</summary>
    public static byte[] Png(int width, int height, int extra = 0)
    {
        var png = new byte[24 + extra];
        new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, (byte)'I', (byte)'H', (byte)'D', (byte)'R' }.CopyTo(png, 0);
        BinaryPrimitives.WriteInt32BigEndian(png.AsSpan(16), width);
        BinaryPrimitives.WriteInt32BigEndian(png.AsSpan(20), height);
        for (var i = 24; i < png.Length; i++) png[i] = (byte)i;
        return png;
    }

    [Fact]
    public void One_icon_entry_with_the_pngs_size_and_the_png_after_the_directory()
    {
        var png = Png(32, 32, extra: 100);
        var ico = FaviconIco.From(png)!;
        Assert.Equal(new byte[] { 0, 0, 1, 0, 1, 0 }, ico[..6]);
        Assert.Equal((32, 32), (ico[6], ico[7]));
        Assert.Equal((ushort)1, BinaryPrimitives.ReadUInt16LittleEndian(ico.AsSpan(10)));
        Assert.Equal((ushort)32, BinaryPrimitives.ReadUInt16LittleEndian(ico.AsSpan(12)));
        Assert.Equal((uint)png.Length, BinaryPrimitives.ReadUInt32LittleEndian(ico.AsSpan(14)));
        Assert.Equal(22u, BinaryPrimitives.ReadUInt32LittleEndian(ico.AsSpan(18)));
        Assert.Equal(png, ico[22..]);
    }

    [Fact]
    public void A_256_pixel_icon_is_written_as_0_and_a_larger_one_or_a_non_png_gives_none()
    {
        Assert.Equal((0, 0), (FaviconIco.From(Png(256, 256))![6], FaviconIco.From(Png(256, 256))![7]));
        Assert.Null(FaviconIco.From(Png(512, 512)));
        Assert.Null(FaviconIco.From(Png(0, 16)));
        Assert.Null(FaviconIco.From("GIF89a not a png at all...."u8.ToArray()));
        Assert.Null(FaviconIco.From([0x89, (byte)'P']));
    }
}
