namespace Bantin.Render.Data;

/// <summary>
/// Curly quotes inside figure calls, as Word and phone keyboards type them (<c>{{ value “doan-vien-moi” }}</c>),
/// made straight before Scriban reads the body; the prose around the calls keeps its own quotes.
/// One character for one, so every position stays where the editor sees it.
/// </summary>
public static class FigureQuotes
{
    public static string Straighten(string body)
    {
        char[]? chars = null;
        for (var open = body.IndexOf("{{", StringComparison.Ordinal); open >= 0; open = body.IndexOf("{{", open, StringComparison.Ordinal))
        {
            var close = body.IndexOf("}}", open + 2, StringComparison.Ordinal);
            var end = close < 0 ? body.Length : close;
            for (var i = open + 2; i < end; i++)
            {
                var straight = body[i] switch
                {
                    '\u201C' or '\u201D' or '\u201E' or '\u201F' => '"',
                    '\u2018' or '\u2019' or '\u201A' or '\u201B' => '\'',
                    _ => body[i],
                };
                if (straight == body[i]) continue;
                chars ??= body.ToCharArray();
                chars[i] = straight;
            }
            if (close < 0) break;
            open = close + 2;
        }
        return chars is null ? body : new string(chars);
    }
}
