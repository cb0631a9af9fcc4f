using Bantin.Diagnostics;
using Scriban.Syntax;

namespace Bantin.Render.Data;

/// <summary>A figure call that cannot be answered, thrown at the call's position inside the article body.</summary>
public sealed class FigureError(Scriban.Parsing.SourceSpan span, Text text) : ScriptRuntimeException(span, text.What)
{
    public Text Text { get; } = text;
}
