using System.Text;

namespace Bantin.Sources;

/// <summary>Reads site files the one way the contract allows: UTF-8, normalised to NFC, with Unix line ends.</summary>
public static class SourceText
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static bool TryRead(string fullPath, out string text)
    {
        try
        {
            var bytes = File.ReadAllBytes(fullPath);
            var start = bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? 3 : 0;
            text = Normalize(StrictUtf8.GetString(bytes, start, bytes.Length - start));
            return true;
        }
        catch (DecoderFallbackException)
        {
            text = "";
            return false;
        }
    }

    public static string Normalize(string text)
    {
        if (text.Contains('\r')) text = text.Replace("\r\n", "\n").Replace('\r', '\n');
        if (!text.AsSpan().ContainsAny('\uFFFE', '\uFFFF')) return Nfc(text);
        // .NET refuses to normalise a text holding U+FFFE or U+FFFF (it threw, and the build crashed): the runs
        // between them are normalised and the characters kept, for the readers to report at their column.
        var runs = text.Split(['\uFFFE', '\uFFFF']);
        var sb = new StringBuilder(text.Length);
        var at = 0;
        foreach (var run in runs)
        {
            sb.Append(Nfc(run));
            at += run.Length;
            if (at < text.Length) sb.Append(text[at++]);
        }
        return sb.ToString();
    }

    private static string Nfc(string text) => text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
}
