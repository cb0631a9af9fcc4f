using System.Text;
using System.Xml;

namespace Bantin.Render;

/// <summary>
/// Text as XML 1.0 allows it. The readers already refuse control characters at their column; this is the last guard,
/// so that text from anywhere else can never make the feed writer throw and take the build down.
/// </summary>
public static class XmlText
{
    public static string Valid(string text)
    {
        if (IsValid(text)) return text;
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (XmlConvert.IsXmlChar(text[i])) sb.Append(text[i]);
            else if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i])) sb.Append(text, i++, 2);
        }
        return sb.ToString();
    }

    private static bool IsValid(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (XmlConvert.IsXmlChar(text[i])) continue;
            if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i])) i++;
            else return false;
        }
        return true;
    }
}
