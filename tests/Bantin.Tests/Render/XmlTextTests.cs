using Bantin.Render;

namespace Bantin.Tests.Render;

public sealed class XmlTextTests
{
    [Theory]
    [InlineData("Đoàn viên", "Đoàn viên")]
    [InlineData("a\u000Bb\u0001c\0d", "abcd")]
    [InlineData("a\uFFFEb\uFFFF", "ab")]
    [InlineData("tab\tand\nline 😀", "tab\tand\nline 😀")]
    public void Only_what_xml_allows_reaches_the_feed(string text, string written)
    {
        Assert.Equal(written, XmlText.Valid(text));
        var feed = new System.Text.StringBuilder();
        using (var w = System.Xml.XmlWriter.Create(feed)) w.WriteElementString("x", XmlText.Valid(text));
    }

    [Fact]
    public void Lone_surrogates_are_left_out_and_pairs_kept()
    {
        // Built from chars: a lone surrogate in an attribute's string does not survive compilation.
        var text = new string(['a', (char)0xD800, 'b', (char)0xDC00, (char)0xD83D, (char)0xDE00]);
        Assert.Equal("ab😀", XmlText.Valid(text));
    }
}
