using System.Text.Json;
using Bantin.BrowserTests.Support;
using Microsoft.Playwright;

namespace Bantin.BrowserTests;

/// <summary>The icon set a phone asks for when a link is shared or saved to the home screen, all served.</summary>
[Collection(SiteCollection.Name)]
public sealed class FaviconTests(SiteFixture site)
{
    [BrowserFact]
    public async Task Icons_and_manifest_are_linked_and_served_with_the_right_sizes()
    {
        var (page, probe) = await site.OpenAsync(PageKinds.Home);
        var links = await page.EvaluateAsync<string[][]>(
            "[...document.querySelectorAll('link[rel=icon], link[rel=apple-touch-icon], link[rel=manifest]')].map(l => [l.rel, l.href, l.sizes.value || ''])");
        Assert.Contains(links, l => l[0] == "apple-touch-icon");
        Assert.Contains(links, l => l[0] == "icon" && l[2] == "32x32");
        Assert.Contains(links, l => l[0] == "icon" && l[1].EndsWith(".svg"));
        Assert.Contains(links, l => l[0] == "manifest");

        foreach (var link in links)
        {
            var response = await page.APIRequest.GetAsync(link[1]);
            Assert.True(response.Status == 200, $"{link[1]}: {response.Status}");
            var body = await response.BodyAsync();
            if (link[0] == "apple-touch-icon") Assert.Equal((180, 180), Png(body));
            if (link[2] == "32x32") Assert.Equal((32, 32), Png(body));
            if (link[0] == "manifest")
            {
                var manifest = JsonDocument.Parse(body).RootElement;
                foreach (var icon in manifest.GetProperty("icons").EnumerateArray())
                {
                    var url = new Uri(new Uri(link[1]), icon.GetProperty("src").GetString()).AbsoluteUri;
                    Assert.Equal(200, (await page.APIRequest.GetAsync(url)).Status);
                }
                Assert.Equal(site.BaseUrl, new Uri(new Uri(link[1]), manifest.GetProperty("start_url").GetString()).AbsoluteUri);
            }
        }
        // For readers and tools that ask for /favicon.ico without reading the links: the 32-pixel icon inside.
        var ico = await page.APIRequest.GetAsync(site.Url("favicon.ico"));
        Assert.Equal(200, ico.Status);
        Assert.Equal("image/x-icon", ico.Headers["content-type"]);
        Assert.Equal((32, 32), Png((await ico.BodyAsync())[22..]));
        Assert.Empty(probe.Problems);
        await page.Context.CloseAsync();
    }

    private static (int, int) Png(byte[] data) =>
        (System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(data.AsSpan(16)), System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(data.AsSpan(20)));
}
