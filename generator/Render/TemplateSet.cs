using System.Reflection;
using Bantin.Diagnostics;
using Bantin.Model;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Bantin.Render;

/// <summary>
/// The built-in theme overlaid with the site's own <c>templates/</c> (a site file wins over a theme file of the same
/// name). Every template is parsed once here; pages only render.
/// </summary>
public sealed class TemplateSet : ITemplateLoader
{
    public const string SiteFolder = "templates";
    private const string ThemePrefix = "theme/";

    private readonly Dictionary<string, Template> _templates;

    private readonly HashSet<string> _theme;

    private TemplateSet(Dictionary<string, Template> templates, IReadOnlyList<Asset> assets, HashSet<string> theme)
    {
        _templates = templates;
        Assets = assets;
        _theme = theme;
    }

    /// <summary>Whether the template is the built-in theme's own, not one of the site's templates/.</summary>
    public bool IsTheme(string name) => _theme.Contains(name);

    /// <summary>Files under assets/ of the theme and of the site, copied as they are.</summary>
    public IReadOnlyList<Asset> Assets { get; }

    public IReadOnlyDictionary<string, Template> Templates => _templates;

    public bool Has(string name) => _templates.ContainsKey(name);

    public Template this[string name] => _templates[name];

    /// <summary>Names of the layouts an article may ask for (top-level templates).</summary>
    public IEnumerable<string> LayoutNames => _templates.Keys.Where(k => !k.Contains('/')).Select(k => k[..^".html".Length]);

    /// <param name="symlinks">site.yaml's allow_symlinks_outside (none allowed when not given).</param>
    public static TemplateSet Load(string siteRoot, DiagnosticBag bag, SymlinkPolicy? symlinks = null)
    {
        var files = new Sources.SiteFiles(siteRoot, symlinks);
        var sources = new SortedDictionary<string, (string Display, Func<string> Text)>(StringComparer.Ordinal);
        var assets = new SortedDictionary<string, Asset>(StringComparer.Ordinal);

        var assembly = typeof(TemplateSet).Assembly;
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ThemePrefix, StringComparison.Ordinal)))
        {
            var name = resource[ThemePrefix.Length..];
            if (name.StartsWith("assets/", StringComparison.Ordinal))
                assets[name] = new Asset(name, () => ReadResource(assembly, resource), null);
            else if (name.EndsWith(".html", StringComparison.Ordinal))
                sources[name] = ("theme:" + name, () => System.Text.Encoding.UTF8.GetString(ReadResource(assembly, resource)));
        }

        var siteTemplates = Path.Combine(siteRoot, SiteFolder);
        if (Directory.Exists(siteTemplates))
        {
            foreach (var display in files.Under(SiteFolder, bag).Order(StringComparer.Ordinal))
            {
                var name = display[(SiteFolder.Length + 1)..];
                var full = Path.Join(files.Root, display);
                if (name.StartsWith("assets/", StringComparison.Ordinal))
                {
                    // Published as they are: never a file from outside the site, a FIFO or a device.
                    if (files.Usable(display, text: false, bag)) assets[name] = new Asset(name, () => File.ReadAllBytes(full), full);
                }
                else if (name.EndsWith(".html", StringComparison.Ordinal) && files.Usable(display, text: true, bag))
                {
                    sources[name] = (display, () => Sources.SourceText.TryRead(full, out var t) ? t : "");
                }
            }
        }

        var templates = new Dictionary<string, Template>(StringComparer.Ordinal);
        var theme = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (name, (display, text)) in sources)
        {
            var template = Template.Parse(text(), display);
            if (template.HasErrors)
            {
                foreach (var message in template.Messages.Where(m => m.Type == Scriban.Parsing.ParserMessageType.Error))
                    bag.Error(SpanOf(display, message.Span), bag.Messages.TemplateSyntax(message.Message));
                continue;
            }
            templates[name] = template;
            if (display.StartsWith("theme:", StringComparison.Ordinal)) theme.Add(name);
        }
        return new TemplateSet(templates, assets.Values.ToList(), theme);
    }

    public static Diagnostics.SourceSpan SpanOf(string file, Scriban.Parsing.SourceSpan span) =>
        new(string.IsNullOrEmpty(span.FileName) ? file : span.FileName, span.Start.Line + 1, span.Start.Column + 1);

    /// <summary>Gives a render context the already-parsed templates, so <c>include</c> never parses again.</summary>
    public void Prime(TemplateContext context)
    {
        context.TemplateLoader = this;
        foreach (var (name, template) in _templates) context.CachedTemplates[name] = template;
    }

    string ITemplateLoader.GetPath(TemplateContext context, Scriban.Parsing.SourceSpan callerSpan, string templateName) =>
        templateName.TrimStart('/');

    string ITemplateLoader.Load(TemplateContext context, Scriban.Parsing.SourceSpan callerSpan, string templatePath) =>
        throw new ScriptRuntimeException(callerSpan, $"No template named \"{templatePath}\".");

    ValueTask<string?> ITemplateLoader.LoadAsync(TemplateContext context, Scriban.Parsing.SourceSpan callerSpan, string templatePath) =>
        throw new ScriptRuntimeException(callerSpan, $"No template named \"{templatePath}\".");

    private static byte[] ReadResource(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }
}

/// <summary>A file copied to the output as-is: theme or site asset.</summary>
public sealed record Asset(string RelativePath, Func<byte[]> Read, string? SourceFile);
