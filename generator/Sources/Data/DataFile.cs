using Bantin.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace Bantin.Sources.Data;

/// <summary>Finding and opening the files under data/. Paths are relative to the site root with '/'.</summary>
internal static class DataFile
{
    /// <summary>The .yaml files below <paramref name="folder"/> in ordinal path order, so every build reads them alike.</summary>
    public static IReadOnlyList<string> Under(string siteRoot, string folder, DiagnosticBag bag)
    {
        var full = Path.Combine(siteRoot, folder);
        if (!Directory.Exists(full)) return [];
        var files = new List<string>();
        var all = Directory.EnumerateFiles(full, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(siteRoot, f).Replace('\\', '/'))
            .Where(f => !Path.GetFileName(f).StartsWith('.'))
            .Order(StringComparer.Ordinal);
        foreach (var file in all)
        {
            if (file.EndsWith(".yaml", StringComparison.Ordinal)) files.Add(file);
            // A .yml file would silently contribute nothing, which an editor would never notice.
            else if (file.EndsWith(".yml", StringComparison.OrdinalIgnoreCase) || file.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase))
                bag.Warning(SourceSpan.FileOnly(file), bag.Messages.IgnoredDataFile(file));
        }
        return files;
    }

    /// <summary>The items of a file that must be a list of mappings (units.yaml, indicators.yaml); empty if absent.</summary>
    public static IReadOnlyList<YamlMap> Items(string siteRoot, string file, string example, DiagnosticBag bag)
    {
        if (!File.Exists(Path.Combine(siteRoot, file)) || !TryRead(siteRoot, file, bag, out var root)) return [];
        switch (root)
        {
            case null:
                return [];
            case YamlSequenceNode list:
                var items = new List<YamlMap>();
                foreach (var item in list.Children)
                {
                    if (item is YamlMappingNode map) items.Add(YamlMap.Wrap(map, file, 0));
                    else bag.Error(YamlDocumentReader.SpanOf(item, file), bag.Messages.ExpectedItemMapping(example));
                }
                return items;
            default:
                bag.Error(YamlDocumentReader.SpanOf(root, file), bag.Messages.ExpectedItemList(file, example));
                return [];
        }
    }

    /// <summary>A file whose top level is a mapping (a results or targets file); null after reporting.</summary>
    public static YamlMap? Mapping(string siteRoot, string file, DiagnosticBag bag)
    {
        if (!TryRead(siteRoot, file, bag, out var root)) return null;
        switch (root)
        {
            case null:
                return YamlMap.Wrap(new YamlMappingNode(), file, 0);
            case YamlMappingNode map:
                return YamlMap.Wrap(map, file, 0);
            default:
                bag.Error(YamlDocumentReader.SpanOf(root, file), bag.Messages.YamlNotMapping());
                return null;
        }
    }

    /// <summary>Where to blame something missing from a whole mapping: its first key, or the file's start.</summary>
    public static SourceSpan Start(YamlMap map) =>
        map.Span.Line > 0 ? map.Span : new SourceSpan(map.File, 1, 1);

    private static bool TryRead(string siteRoot, string file, DiagnosticBag bag, out YamlNode? root)
    {
        root = null;
        if (!SourceText.TryRead(Path.Combine(siteRoot, file), out var text))
        {
            bag.Error(SourceSpan.FileOnly(file), bag.Messages.NotUtf8());
            return false;
        }
        return YamlDocumentReader.TryRead(text, file, 0, bag, out root);
    }
}
