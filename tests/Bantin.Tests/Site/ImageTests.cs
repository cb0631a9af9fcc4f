using Bantin.Tests.Support;

namespace Bantin.Tests.Site;

/// <summary>Images get their size (no layout shift) and load lazily; sizes come from the files at build time.</summary>
public sealed class ImageTests
{
    [Fact]
    public void Local_images_get_width_height_lazy_loading_and_async_decoding_in_the_body_and_on_cards()
    {
        using var site = TestSite.From("""
            -- content/tin/bai.md --
            ---
            title: Bài có ảnh
            date: 2020-01-02 08:00
            category: Tin tức
            image: anh.svg
            ---
            Đoạn đầu.

            ![Ảnh lớp học](anh.svg)

            ![Ảnh chụp](chup.gif)

            ![Ảnh ngoài](https://example.com/a.png)
            -- content/tin/anh.svg --
            <svg xmlns="http://www.w3.org/2000/svg" width="800" height="450" viewBox="0 0 800 450"></svg>
            -- content/tin/chup.gif --
            GIF89a
            """);
        // A real GIF header: 300×200.
        File.WriteAllBytes(Path.Combine(site.Root, "content/tin/chup.gif"), [.. "GIF89a"u8, 0x2C, 0x01, 0xC8, 0x00, 0, 0, 0]);
        site.BuildOk();

        var page = site.Page("/2020/01/bai-co-anh/");
        var images = page.QuerySelectorAll(".prose img").ToList();
        Assert.Equal(3, images.Count);
        Assert.Equal(("800", "450", "lazy", "async"), Attrs(images[0]));
        Assert.Equal(("300", "200", "lazy", "async"), Attrs(images[1]));
        // A remote image's size is not fetched at build time: it is only lazy.
        Assert.Equal((null, null, "lazy", null), Attrs(images[2]));

        var card = site.Page("/").QuerySelector(".card-image img")!;
        Assert.Equal(("800", "450", "lazy", "async"), Attrs(card));
    }

    [Fact]
    public void An_image_whose_size_cannot_be_read_is_written_without_one()
    {
        using var site = TestSite.From("""
            -- content/tin/bai.md --
            ---
            title: Bài có ảnh
            date: 2020-01-02 08:00
            image: anh.svg
            ---
            ![Ảnh](anh.svg)
            -- content/tin/anh.svg --
            <svg xmlns="http://www.w3.org/2000/svg" width="100%"></svg>
            """);
        site.BuildOk();

        Assert.Equal((null, null, "lazy", "async"), Attrs(site.Page("/2020/01/bai-co-anh/").QuerySelector(".prose img")!));
        Assert.Equal((null, null, "lazy", "async"), Attrs(site.Page("/").QuerySelector(".card-image img")!));
    }

    private static (string?, string?, string?, string?) Attrs(AngleSharp.Dom.IElement img) =>
        (img.GetAttribute("width"), img.GetAttribute("height"), img.GetAttribute("loading"), img.GetAttribute("decoding"));
}
