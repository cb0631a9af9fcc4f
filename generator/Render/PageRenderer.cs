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

    private readonly TemplateSet _templates;
    private readonly SiteView _site;
    private readonly UiStrings _strings;
    private readonly ScriptObject _builtins;
    private readonly ConcurrentDictionary<(Diagnostics.SourceSpan, string), string> _failures = new();

    public PageRenderer(TemplateSet templates, SiteView site, UiStrings strings)
    {
        _templates = templates;
        _site = site;
        _strings = strings;
        _builtins = CreateBuiltins();
    }

    /// <summary>Returns the page's HTML, or null when a template failed (the failure is kept for <see cref="Report"/>).</summary>
    public string? Render(string templateName, object page, string url)
    {
        var context = new TemplateContext(_builtins)
        {
            StrictVariables = true,
            EnableRelaxedMemberAccess = false,
            LoopLimit = 1_000_000,
            RecursiveLimit = 100,
            MemberRenamer = StandardMemberRenamer.Default,
        };
        _templates.Prime(context);
        var globals = new ScriptObject
        {
            { "site", _site },
            { "page", page },
            { "t", _strings },
        };
        context.PushGlobal(globals);
        try
        {
            var content = _templates[templateName].Render(context);
            globals.SetValue("content", content, true);
            return _templates[Layout].Render(context);
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

    private static ScriptObject CreateBuiltins()
    {
        var builtins = TemplateContext.GetDefaultBuiltinObject();
        if (builtins["html"] is ScriptObject html)
            // Import() leaves the built-in in place for pipes; SetValue replaces it for every call form.
            html.SetValue("escape", DelegateCustomFunction.CreateFunc<string?, string>(Html.Escape), true);
        return builtins;
    }
}
