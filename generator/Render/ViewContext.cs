using System.Collections.Concurrent;
using Scriban;
using Scriban.Runtime;
using Scriban.Runtime.Accessors;

namespace Bantin.Render;

/// <summary>
/// A template context that shares the member accessors of Bantin's view records between pages. Scriban builds an
/// accessor per type per context (reflection, attribute lookups, snake_case renaming of every member); with a new
/// context per page that was a tenth of a build, plus the garbage it left for the finalizer.
/// </summary>
public sealed class ViewContext(ScriptObject builtins, ConcurrentDictionary<Type, IObjectAccessor> accessors) : TemplateContext(builtins)
{
    /// <summary>The figure functions of the article whose body is being expanded; null for pages.</summary>
    public Data.FigureFunctions? Figures { get; init; }

    protected override IObjectAccessor? GetMemberAccessorImpl(object target)
    {
        var type = target.GetType();
        // Only our own immutable view types: everything else (script objects, lists, dictionaries) keeps Scriban's rules.
        if (type.IsArray || target is System.Collections.IEnumerable || type.Namespace?.StartsWith("Bantin.", StringComparison.Ordinal) != true)
            return base.GetMemberAccessorImpl(target);
        return accessors.GetOrAdd(type, t => new TypedObjectAccessor(t, MemberFilter, MemberRenamer));
    }
}
