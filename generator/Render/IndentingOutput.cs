using Scriban.Runtime;

namespace Bantin.Render;

/// <summary>
/// Passes an included template's text to the output it is printed into, indented as Scriban indents an include's
/// text on an indented line (<c>  {{ include "x" }}</c>): the indent before every line, empty ones too. Scriban does
/// this to the include's text as one string once it is complete; here it happens as the text is written, so the
/// text never becomes a string (<see cref="DirectInclude"/>).
/// </summary>
internal sealed class IndentingOutput(IScriptOutput target, string? indent, bool atLineStart) : IScriptOutput
{
    /// <summary>Whether the last character written ended a line: Scriban's "previous text was a new line".</summary>
    public bool AtLineStart { get; private set; } = atLineStart;

    public void Write(string text, int offset, int count)
    {
        if (count <= 0) return;
        if (indent is null)
        {
            target.Write(text, offset, count);
            AtLineStart = text[offset + count - 1] == '\n';
            return;
        }
        // Scriban's TemplateContext.Write with an indent (IndentOnEmptyLines, its default): an indent before each
        // character that follows a line end.
        var end = offset + count;
        while (offset < end)
        {
            if (AtLineStart) target.Write(indent, 0, indent.Length);
            var newLine = text.IndexOf('\n', offset, end - offset);
            var stop = newLine < 0 ? end : newLine + 1;
            target.Write(text, offset, stop - offset);
            AtLineStart = newLine >= 0;
            offset = stop;
        }
    }

    public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken)
    {
        Write(text, offset, count);
        return ValueTask.CompletedTask;
    }

    /// <summary>Template.Render returns its output's text; what was written is already in the target.</summary>
    public override string ToString() => "";
}
