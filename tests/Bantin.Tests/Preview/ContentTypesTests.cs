using Bantin.Preview;

namespace Bantin.Tests.Preview;

/// <summary>The preview serves what a site holds with the type a browser needs; text always says it is UTF-8.</summary>
public sealed class ContentTypesTests
{
    [Theory]
    [InlineData("index.html", "text/html; charset=utf-8")]
    [InlineData("assets/style.css", "text/css; charset=utf-8")]
    [InlineData("assets/site.js", "text/javascript; charset=utf-8")]
    [InlineData("tim-kiem/index.json", "application/json; charset=utf-8")]
    [InlineData("feed.xml", "application/xml; charset=utf-8")]
    [InlineData("robots.txt", "text/plain; charset=utf-8")]
    [InlineData("don-vi/ha-noi/2024/ket-qua.csv", "text/csv; charset=utf-8")]
    [InlineData("site.webmanifest", "application/manifest+json; charset=utf-8")]
    [InlineData("anh.PNG", "image/png")]
    [InlineData("anh.jpg", "image/jpeg")]
    [InlineData("logo.svg", "image/svg+xml")]
    [InlineData("anh.webp", "image/webp")]
    [InlineData("anh.avif", "image/avif")]
    [InlineData("favicon.ico", "image/x-icon")]
    [InlineData("bao-cao.pdf", "application/pdf")]
    [InlineData("font.woff2", "font/woff2")]
    [InlineData("bang.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")]
    [InlineData("khong-ro.bantin-unknown", "application/octet-stream")]
    public void Each_file_gets_the_type_a_browser_needs(string path, string expected) =>
        Assert.Equal(expected, new ContentTypes().For(path));
}
