namespace Bantin.Render;

/// <summary>One-character strings of the ASCII characters, made once.</summary>
internal static class AsciiText
{
    private static readonly string[] Texts = Enumerable.Range(0, 128).Select(c => ((char)c).ToString()).ToArray();

    public static string Of(char c) => Texts[c];
}
