using System.Collections.Concurrent;
using Bantin.Diagnostics;
using Bantin.Render.Views;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Bantin.Render;

/// <summary>
/// Renders one page: the page's template, then layout.html around it. Thread-safe: every page gets its own
/// context over shared, read-only builtins and pre-parsed templates.
/// </summary>
public sealed class PageRenderer
{
    public const string Layout = "layout.html";

    private readonly TemplateRunner _runner;
    private readonly SiteView _site;
    private readonly UiStrings _strings;
    private readonly ConcurrentDictionary<(Diagnostics.SourceSpan, string), string> _failures = new();

    public PageRenderer(TemplateRunner runner, SiteView site, UiStrings strings)
    {
        _runner = runner;
        _site = site;
        _strings = strings;
    }

    /// <summary>Returns the page's HTML, or null when a template failed (the failure is kept for <see cref="Report"/>).</summary>
    public string? Render(string templateName, object page, string url)
    {
        var globals = new ScriptObject
        {
            { "site", _site },
            { "page", page },
            { "t", _strings },
        };
        var context = _runner.NewContext(globals);
        try
        {
            var content = _runner.Templates[templateName].Render(context);
            globals.SetValue("content", content, true);
            return _runner.Templates[Layout].Render(context);
        }
        catch (ScriptRuntimeException e)
        {
            var span = TemplateSet.SpanOf(templateName, e.Span);
            // One failing template line fails every page that uses it: report it once, naming the first page.
            _failures.AddOrUpdate((span, e.OriginalMessage), url, (_, old) => string.CompareOrdinal(url, old) < 0 ? url : old);
            return null;
        }
    }

    public void Report(DiagnosticBag bag)
    {
        foreach (var ((span, message), url) in _failures)
            bag.Error(span, bag.Messages.TemplateRuntime(message, url));
    }
}
