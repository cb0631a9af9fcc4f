using Bantin.Diagnostics;
using Bantin.Model;

namespace Bantin.Sources;

/// <summary>Turns one Markdown file into an <see cref="Article"/> or, under content/pages/, a <see cref="Page"/>.</summary>
public sealed class ContentReader
{
    public const string PagesFolder = "content/pages/";

    /// <summary>Levels a category path may have (<c>Tin tức sự kiện/Ban tổ chức</c> has two).</summary>
    public const int MaxCategoryDepth = 10;

    private static readonly string[] ArticleKeys =
        ["title", "date", "author", "category", "tags", "unit", "period", "summary", "image", "slug", "draft", "layout"];

    private static readonly string[] PageKeys = ["title", "summary", "slug", "draft", "layout", "image"];

    private readonly SiteConfig _site;

    public ContentReader(SiteConfig site, SiteFiles? files = null)
    {
        _site = site;
        Files = files ?? new SiteFiles(site.Root.Length > 0 ? site.Root : ".", site.Symlinks);
    }

    /// <summary>Where the Markdown files are read from, and what may be read.</summary>
    public SiteFiles Files { get; }

    public static bool IsPage(string relativePath) => relativePath.StartsWith(PagesFolder, StringComparison.Ordinal);

    /// <summary>Reads one file; returns null (after reporting) when it cannot become an item.</summary>
    public ContentItem? Read(string siteRoot, string relativePath, DiagnosticBag bag)
    {
        var fileSpan = new SourceSpan(relativePath, 1, 1);
        if (ReadFrontMatter(relativePath, bag) is not var (split, map)) return null;
        var isPage = IsPage(relativePath);
        map.WarnUnknownKeys(isPage ? PageKeys : ArticleKeys, bag);

        var title = map.Scalar("title", bag);
        if (title is null || title.Value.Text.Length == 0)
        {
            bag.Error(fileSpan, bag.Messages.TitleMissing());
            return null;
        }
        var draft = ReadBool(map, "draft", bag);
        var layout = map.Scalar("layout", bag);
        var summary = map.Scalar("summary", bag)?.Text;
        if (ReadSlug(map, title.Value, bag) is not { } slug) return null;
        var image = Image(map, bag);
        if (isPage)
        {
            return new Page(relativePath, title.Value.Text, summary, slug, draft, layout?.Text,
                layout?.Span ?? fileSpan, split.Body, split.BodyFirstLine, _site.Urls.ForPage(slug));
        }

        if (ReadDate(map, fileSpan, bag) is not { } date) return null;
        var category = map.Scalar("category", bag);
        var tags = map.List("tags", bag).Select(t => t.Text).Where(t => t.Length > 0).Distinct().ToList();
        var unit = map.Scalar("unit", bag);
        var period = map.Scalar("period", bag);
        return new Article(
            SourcePath: relativePath,
            Title: title.Value.Text,
            Date: date,
            Author: map.Scalar("author", bag)?.Text,
            Category: CategoryPath(category, bag),
            CategorySpan: category?.Span ?? fileSpan,
            Tags: tags,
            Unit: unit?.Text,
            UnitSpan: unit?.Span ?? fileSpan,
            Period: period?.Text,
            PeriodSpan: period?.Span ?? fileSpan,
            Summary: summary,
            Image: image,
            Slug: slug,
            Draft: draft,
            Layout: layout?.Text,
            LayoutSpan: layout?.Span ?? fileSpan,
            Body: split.Body,
            BodyFirstLine: split.BodyFirstLine,
            Url: _site.Urls.ForArticle(DateReader.Local(date, _site.TimeZone), slug))
        {
            // A quoted title's text starts one column after its opening quote.
            TitleSpan = title.Value.Quoted ? title.Value.Span with { Column = title.Value.Span.Column + 1 } : title.Value.Span,
        };
    }

    /// <summary>The file's front matter as a map, and its body; null (after reporting) when there is none to read.</summary>
    private (FrontMatter Split, YamlMap Map)? ReadFrontMatter(string relativePath, DiagnosticBag bag)
    {
        var fileSpan = new SourceSpan(relativePath, 1, 1);
        if (!SitePaths.IsPortableName(relativePath))
        {
            bag.Error(SourceSpan.FileOnly(relativePath), bag.Messages.BadFileName(relativePath));
            return null;
        }
        if (!Files.TryReadText(relativePath, bag, out var text)) return null;
        switch (FrontMatter.TrySplit(text, out var split))
        {
            case FrontMatter.Outcome.Missing:
                bag.Error(fileSpan, bag.Messages.FrontMatterMissing());
                return null;
            case FrontMatter.Outcome.Unclosed:
                bag.Error(fileSpan, bag.Messages.FrontMatterUnclosed());
                return null;
        }
        split = split with { Yaml = ControlCharacters.Blank(split.Yaml, relativePath, split.YamlLineOffset + 1, bag), Body = ControlCharacters.Clean(split.Body) };
        return YamlMap.Parse(split.Yaml, relativePath, split.YamlLineOffset, bag) is { } map ? (split, map) : null;
    }

    /// <summary>
    /// The slug: from <c>slug:</c> or the title. A slug made from a title is cut to whole words; one written out is the
    /// editor's choice, kept unless too long. Null (after reporting) when nothing of it is left.
    /// </summary>
    private static string? ReadSlug(YamlMap map, Scalar title, DiagnosticBag bag)
    {
        var explicitSlug = map.Scalar("slug", bag);
        var slugSource = explicitSlug ?? title;
        var slug = explicitSlug is null ? Slug.ForPath(slugSource.Text) : Slug.From(slugSource.Text);
        if (slug.Length == 0)
        {
            bag.Error(slugSource.Span, bag.Messages.EmptySlug(slugSource.Text));
            return null;
        }
        if (slug.Length <= SafePath.MaxSegment) return slug;
        bag.Error(slugSource.Span, bag.Messages.SlugTooLong(slug, Slug.ForPath(slug)));
        return Slug.ForPath(slug);
    }

    /// <summary>
    /// The article's date; null (after reporting) when there is none. A date that cannot be read gives a stand-in, so
    /// the body's own errors are reported in the same run; the build has already failed, so it never reaches a page.
    /// </summary>
    private DateTimeOffset? ReadDate(YamlMap map, SourceSpan fileSpan, DiagnosticBag bag)
    {
        if (map.Scalar("date", bag) is not { } written)
        {
            bag.Error(fileSpan, bag.Messages.DateMissing());
            return null;
        }
        if (DateReader.YearOutOfRange(written.Text))
        {
            bag.Error(written.Span, bag.Messages.DateOutOfRange(written.Text, DateReader.FirstYear, DateReader.LastYear));
            return DateTimeOffset.UnixEpoch;
        }
        if (DateReader.TryRead(written.Text, _site.TimeZone, out var date)) return date;
        bag.Error(written.Span, bag.Messages.BadDate(written.Text));
        return DateTimeOffset.UnixEpoch;
    }

    private static string[] CategoryPath(Scalar? category, DiagnosticBag bag)
    {
        if (category is null) return [];
        var path = category.Value.Text.Split('/', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (path.Length <= MaxCategoryDepth) return path;
        // Every level is a folder and a breadcrumb on every page of the category: thousands would take minutes and gigabytes.
        bag.Error(category.Value.Span, bag.Messages.CategoryTooDeep(path.Length, MaxCategoryDepth));
        return path[..MaxCategoryDepth];
    }

    /// <summary>
    /// The card and sharing image: a file beside the source, a path from the site root, or an http(s) address. It is
    /// written into src and og:image, so anything that could end the attribute or is not a URL is refused.
    /// </summary>
    private static string? Image(YamlMap map, DiagnosticBag bag)
    {
        if (map.Scalar("image", bag) is not { } image || image.Text.Length == 0) return null;
        // Windows Explorer copies paths with '\': beside the article it can only mean a folder.
        var text = LocalLink.Is(image.Text) ? image.Text.Replace('\\', '/') : image.Text;
        if (IsSafeImage(text)) return text;
        bag.Error(image.Span, bag.Messages.BadImage(image.Text));
        return null;
    }

    public static bool IsSafeImage(string value)
    {
        foreach (var c in value)
            if (char.IsControl(c) || c is '"' or '<' or '>' or '\\' or '`') return false;
        // "javascript:…", "data:…": a scheme is never a file beside the article.
        if (LocalLink.Is(value)) return !value.Contains(':');
        if (value.Contains(' ')) return false;
        if (value.StartsWith('/')) return !value.StartsWith("//", StringComparison.Ordinal);
        return Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && uri.Host.Length > 0;
    }

    private static bool ReadBool(YamlMap map, string key, DiagnosticBag bag)
    {
        var scalar = map.Scalar(key, bag);
        if (scalar is null) return false;
        switch (scalar.Value.Text.ToLowerInvariant())
        {
            case "true" or "yes" or "on": return true;
            case "false" or "no" or "off": return false;
            default:
                bag.Error(scalar.Value.Span, bag.Messages.ExpectedBool(key, scalar.Value.Text));
                return false;
        }
    }
}
