using Bantin.Formatting;

namespace Bantin.Render.Data;

/// <summary>
/// Text appended as Scriban prints an included template on an indented line: after the spaces already written, the
/// indent before every following line, empty ones too (<see cref="IndentingOutput"/> does the same for Scriban).
/// </summary>
internal sealed class IndentedText(PooledText text, string indent)
{
    private bool _atLineStart;

    public IndentedText Append(string? value) => Append(value.AsSpan());

    public IndentedText Append(ReadOnlySpan<char> value)
    {
        var at = 0;
        while (at < value.Length)
        {
            if (_atLineStart) text.Append(indent);
            var newLine = value[at..].IndexOf('\n') is >= 0 and var found ? at + found : -1;
            var stop = newLine < 0 ? value.Length : newLine + 1;
            text.Append(value[at..stop]);
            _atLineStart = newLine >= 0;
            at = stop;
        }
        return this;
    }
}
