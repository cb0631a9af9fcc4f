using Scriban;
using Scriban.Runtime;

namespace Bantin.Render;

/// <summary>
/// Runs pre-parsed templates with the settings every Bantin template gets: strict variables and members,
/// a loop limit sized for whole sites, snake_case names and our HTML escaping. Thread-safe: one context per call.
/// </summary>
public sealed class TemplateRunner
{
    private readonly TemplateSet _templates;
    private readonly ScriptObject _builtins;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<Type, Scriban.Runtime.IObjectAccessor> _accessors = new();

    public TemplateRunner(TemplateSet templates)
    {
        _templates = templates;
        _builtins = TemplateContext.GetDefaultBuiltinObject();
        if (_builtins["html"] is ScriptObject html)
            // Import() leaves the built-in in place for pipes; SetValue replaces it for every call form.
            html.SetValue("escape", HtmlEscapeFunction.Instance, true);
        _builtins.SetValue("include", DirectInclude.Instance, true);
    }

    public TemplateSet Templates => _templates;

    public TemplateContext NewContext(ScriptObject globals, Data.FigureFunctions? figures = null)
    {
        var context = new ViewContext(_builtins, _accessors)
        {
            Figures = figures,
            StrictVariables = true,
            EnableRelaxedMemberAccess = false,
            LoopLimit = 1_000_000,
            RecursiveLimit = 100,
            // Scriban cuts any value printed as text at 1,048,576 characters and appends "..." by default: a long
            // article's body would lose its end without a word (LargePageTests).
            LimitToString = 0,
            MemberRenamer = StandardMemberRenamer.Default,
        };
        _templates.Prime(context);
        context.PushGlobal(globals);
        return context;
    }

    public string Render(string templateName, ScriptObject globals) => _templates[templateName].Render(NewContext(globals));
}
