using Bantin.Diagnostics;
using Bantin.Sources.Yaml;

namespace Bantin.Sources.Data;

/// <summary>Finding and opening the files under data/. Paths are relative to the site root with '/'.</summary>
internal static class DataFile
{
    /// <summary>The .yaml files below <paramref name="folder"/> in ordinal path order, so every build reads them alike.</summary>
    public static IReadOnlyList<string> Under(SiteFiles site, string folder, DiagnosticBag bag)
    {
        var files = new List<string>();
        var all = site.Under(folder, bag)
            .Where(f => !Path.GetFileName(f).StartsWith('.'))
            .Order(StringComparer.Ordinal);
        foreach (var file in all)
        {
            if (!SitePaths.IsPortableName(file) && file.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase))
                bag.Error(SourceSpan.FileOnly(file), bag.Messages.BadFileName(file));
            else if (file.EndsWith(".yaml", StringComparison.Ordinal)) files.Add(file);
            // A .yml file would silently contribute nothing, which an editor would never notice.
            else if (file.EndsWith(".yml", StringComparison.OrdinalIgnoreCase) || file.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase))
                bag.Warning(SourceSpan.FileOnly(file), bag.Messages.IgnoredDataFile(file));
        }
        return files;
    }

    /// <summary>The items of a file that must be a list of mappings (units.yaml, indicators.yaml); empty if absent.</summary>
    public static IReadOnlyList<YamlMap> Items(SiteFiles files, string file, string example, DiagnosticBag bag)
    {
        var full = Path.Combine(files.Root, file);
        // A dangling link is reported, not taken for "no file".
        if (!File.Exists(full) && new FileInfo(full).LinkTarget is null) return [];
        if (!TryRead(files, file, bag, out var root)) return [];
        switch (root)
        {
            case null:
                return [];
            case YamlList list:
                var items = new List<YamlMap>();
                foreach (var item in list.Items)
                {
                    if (item is YamlMapping map) items.Add(YamlMap.Wrap(map, file, 0));
                    else bag.Error(YamlDocumentReader.SpanOf(item, file), bag.Messages.ExpectedItemMapping(example));
                }
                return items;
            default:
                bag.Error(YamlDocumentReader.SpanOf(root, file), bag.Messages.ExpectedItemList(file, example));
                return [];
        }
    }

    /// <summary>A file whose top level is a mapping (a results or targets file); null after reporting.</summary>
    public static YamlMap? Mapping(SiteFiles files, string file, DiagnosticBag bag)
    {
        if (!TryRead(files, file, bag, out var root)) return null;
        switch (root)
        {
            case null:
                return YamlMap.Wrap(new YamlMapping(1, 1), file, 0);
            case YamlMapping map:
                return YamlMap.Wrap(map, file, 0);
            default:
                bag.Error(YamlDocumentReader.SpanOf(root, file), bag.Messages.YamlNotMapping());
                return null;
        }
    }

    /// <summary>Where to blame something missing from a whole mapping: its first key, or the file's start.</summary>
    public static SourceSpan Start(YamlMap map) =>
        map.Span.Line > 0 ? map.Span : new SourceSpan(map.File, 1, 1);

    private static bool TryRead(SiteFiles files, string file, DiagnosticBag bag, out YamlValue? root)
    {
        root = null;
        if (!files.TryReadText(file, bag, out var text)) return false;
        return YamlDocumentReader.TryRead(ControlCharacters.Blank(text, file, 1, bag), file, 0, bag, out root);
    }
}
