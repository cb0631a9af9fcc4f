using Bantin.Render;

namespace Bantin.Tests.Render;

public sealed class XmlTextTests
{
    [Theory]
    [InlineData("Đoàn viên", "Đoàn viên")]
    [InlineData("a\u000Bb\u0001c\0d", "abcd")]
    [InlineData("a\uFFFEb\uFFFF", "ab")]
    [InlineData("a\uD800b\uDC00", "ab")]
    [InlineData("tab\tand\nline 😀", "tab\tand\nline 😀")]
    public void Only_what_xml_allows_reaches_the_feed(string text, string written)
    {
        Assert.Equal(written, XmlText.Valid(text));
        var feed = new System.Text.StringBuilder();
        using (var w = System.Xml.XmlWriter.Create(feed)) w.WriteElementString("x", XmlText.Valid(text));
    }
}
