using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Bantin.Render;

/// <summary>
/// <c>content</c> in layout.html: what the page's own template wrote, already as UTF-8. Written where the layout says
/// <c>{{ content }}</c>, its bytes go straight into the page's output: the page template's text no longer becomes a
/// string of its own, copied again into the layout (two copies and some 30 KB of garbage per page, at every one of
/// tens of thousands of pages). Anywhere else (a pipe, a condition, a capture, an indented line, an include) it is the
/// text, as it always was: the same bytes either way (PageContentTests).
/// </summary>
internal sealed class PageContent : IScriptCustomFunction
{
    private Utf8Output _page = new();
    private Utf8Output _target = new();
    private string? _text;

    /// <summary>The page template's output, and the layout's output it may go into as bytes.</summary>
    public void Set(Utf8Output page, Utf8Output target)
    {
        (_page, _target, _text) = (page, target, null);
    }

    public int RequiredParameterCount => 0;

    public int ParameterCount => 0;

    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;

    public Type ReturnType => typeof(string);

    public ScriptParameterInfo GetParameterInfo(int index) => throw new ArgumentOutOfRangeException(nameof(index));

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        if (!Printed(context, callerContext) || _page.LastAscii is not { } last) return _text ??= _page.ToText();
        // All but the last character as bytes; the last through Scriban, so that it knows, as after writing the text,
        // whether the output now ends a line (an indented line after it depends on that).
        _target.WriteBytes(_page.Written[..^1]);
        context.Write(AsciiText.Of(last));
        return null;
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));

    // `{{ content }}` printed by the layout itself, not indented (Scriban's automatic indent is "" there, which writes
    // the text unchanged): nothing stands between the text and the page's output.
    private bool Printed(TemplateContext context, ScriptNode? callerContext) =>
        callerContext?.Parent is ScriptExpressionStatement && string.IsNullOrEmpty(context.CurrentIndent) && ReferenceEquals(context.Output, _target);
}
