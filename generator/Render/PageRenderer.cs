using System.Collections.Concurrent;
using Bantin.Diagnostics;
using Bantin.Render.Views;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Bantin.Render;

/// <summary>
/// Renders one page: the page's template, then layout.html around it. Thread-safe: each thread renders with its
/// own context over shared, read-only builtins and pre-parsed templates.
/// </summary>
public sealed class PageRenderer
{
    public const string Layout = "layout.html";

    private readonly TemplateRunner _runner;
    private readonly SiteView _site;
    private readonly UiStrings _strings;
    private readonly ConcurrentDictionary<(Diagnostics.SourceSpan, string), string> _failures = new();
    private readonly ThreadLocal<(TemplateContext Context, ScriptObject Globals, Utf8Output Output, Utf8Output Page, PageContent Content)> _contexts;
    // Unit × period pages are written in C# while their templates are the theme's (UnitPeriodHtml).
    private readonly bool _unitPeriodInCode;
    // ... and so is the layout around them, while layout.html, header and footer are the theme's (LayoutHtml).
    private readonly bool _layoutInCode;

    public PageRenderer(TemplateRunner runner, SiteView site, UiStrings strings)
    {
        _runner = runner;
        _site = site;
        _strings = strings;
        _contexts = new ThreadLocal<(TemplateContext, ScriptObject, Utf8Output, Utf8Output, PageContent)>(NewContext);
        _unitPeriodInCode = Data.UnitPeriodHtml.Templates.All(runner.Templates.IsTheme);
        _layoutInCode = _unitPeriodInCode && Data.LayoutHtml.Templates.All(runner.Templates.IsTheme);
    }

    /// <summary>Returns the page's HTML, or null when a template failed (the failure is kept for <see cref="Report"/>).</summary>
    public string? Render(string templateName, object page, string url)
    {
        string? html = null;
        Render(templateName, page, url, utf8 => html = System.Text.Encoding.UTF8.GetString(utf8));
        return html;
    }

    /// <summary>
    /// Hands the page's HTML, as UTF-8, to <paramref name="done"/> (the bytes are reused by the next page of this
    /// thread); false when a template failed (the failure is kept for <see cref="Report"/>).
    /// </summary>
    public bool Render(string templateName, object page, string url, Action<ReadOnlySpan<byte>> done)
    {
        // One context per thread, reused page after page: Scriban pools its scopes, loop states and output buffer in
        // the context, so a fresh context per page allocated most of what a page cost (≈20× its HTML).
        var (context, globals, output, pageOutput, content) = _contexts.Value!;
        if (_layoutInCode && page is Data.UnitPeriodView whole && templateName == Data.UnitPeriodHtml.Template)
        {
            WriteWholePage(context, whole, output);
            done(output.Written);
            return true;
        }
        globals.Clear();
        globals.SetValue("site", _site, true);
        globals.SetValue("page", page, true);
        globals.SetValue("t", _strings, true);
        try
        {
            // The page's template first, into bytes of its own; then the layout, which takes them as `content`.
            pageOutput.Clear();
            output.Clear();
            if (_unitPeriodInCode && page is Data.UnitPeriodView unitPeriod && templateName == Data.UnitPeriodHtml.Template)
                WriteUnitPeriod(context, globals, unitPeriod, pageOutput);
            else
                RenderInto(context, _runner.Templates[templateName], pageOutput);
            content.Set(pageOutput, output);
            globals.SetValue("content", content, true);
            RenderInto(context, _runner.Templates[Layout], output);
        }
        catch (ScriptRuntimeException e)
        {
            // A failed render can leave scopes pushed: the next page on this thread starts from a new context.
            _contexts.Value = NewContext();
            var span = TemplateSet.SpanOf(templateName, e.Span);
            // One failing template line fails every page that uses it: report it once, naming the first page.
            _failures.AddOrUpdate((span, e.OriginalMessage), url, (_, old) => string.CompareOrdinal(url, old) < 0 ? url : old);
            return false;
        }
        done(output.Written);
        return true;
    }

    private static void RenderInto(TemplateContext context, Template template, Utf8Output output)
    {
        context.PushOutput(output);
        try
        {
            template.Render(context);
        }
        finally
        {
            context.PopOutput();
        }
        output.Flush();
    }

    // As after unit-period.html: its variables set, and its text ending a line, for a site's layout that looks at them.
    private void WriteUnitPeriod(TemplateContext context, ScriptObject globals, Data.UnitPeriodView page, Utf8Output output)
    {
        // Sized for a page with the results table and the child units' table, so that the buffer never grows.
        using var text = new Formatting.PooledText(page.Table.Capacity + 16 * 1024);
        Data.UnitPeriodHtml.Write(text, page, _site, _strings);
        output.Write(text.Span);
        output.Flush();
        globals.SetValue("table", page.Table, false);
        globals.SetValue("child_figures", page.ChildFigures, false);
        if (page.Articles.Count > 0) globals.SetValue("cards", page.Articles, false);
        if (!text.Span.IsEmpty) ScribanLines.PreviousTextWasNewLine(context) = text.Span[^1] == '\n';
    }

    private void WriteWholePage(TemplateContext context, Data.UnitPeriodView page, Utf8Output output)
    {
        using var text = new Formatting.PooledText(page.Table.Capacity + 32 * 1024);
        Data.LayoutHtml.Head(text, page, _site, _strings);
        Data.UnitPeriodHtml.Write(text, page, _site, _strings);
        Data.LayoutHtml.Tail(text, _site, _strings);
        output.Clear();
        output.Write(text.Span);
        output.Flush();
        // As after Scriban's layout, which ends a line.
        ScribanLines.PreviousTextWasNewLine(context) = true;
    }

    private (TemplateContext, ScriptObject, Utf8Output, Utf8Output, PageContent) NewContext()
    {
        var globals = new ScriptObject();
        return (_runner.NewContext(globals), globals, new Utf8Output(), new Utf8Output(), new PageContent());
    }

    public void Report(DiagnosticBag bag)
    {
        foreach (var ((span, message), url) in _failures)
            bag.Error(span, bag.Messages.TemplateRuntime(message, url));
    }
}
