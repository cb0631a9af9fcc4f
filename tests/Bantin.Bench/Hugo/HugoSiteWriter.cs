using System.Text;
using System.Text.RegularExpressions;
using Bantin.Bench.Corpus;

namespace Bantin.Bench.Hugo;

/// <summary>
/// Turns a corpus into an equivalent Hugo site: the same articles at the same URLs (permalinks
/// <c>/:year/:month/:slug/</c> for each year section), categories and tags as taxonomies (a nested category is
/// given as both its parent and "parent › child", as Bantin lists a child's articles on the parent too), year and month
/// sections as the archives, figure calls replaced by the numbers they print, pagination by 20, Hugo's own RSS and
/// sitemap. Images beside the articles go to static/ beside the month archive and are linked as <c>../file</c>.
/// </summary>
public sealed partial class HugoSiteWriter
{
    public const string MarkerFile = ".bench-hugo";

    /// <summary>Bump when the converter's output (layouts, config) changes, so cached Hugo sites are rebuilt.</summary>
    public const int FormatVersion = 3;

    /// <summary>
    /// Joins a nested category's names. Not '/': Hugo nests a term whose name has a slash under its parent term, and
    /// the child's list then also holds the parent's articles. For the same reason a '/' in a tag becomes '-'.
    /// </summary>
    public const string CategorySeparator = " › ";

    /// <summary>The marker of a Hugo site: its corpus's marker and the converter's version.</summary>
    public static string Marker(string corpusMarker) => corpusMarker + $"hugo_format={FormatVersion}\n";

    /// <summary>Writes the Hugo site; returns the number of articles.</summary>
    public int Convert(string corpusDir, string outDir)
    {
        var from = Path.GetFullPath(corpusDir);
        var root = Path.GetFullPath(outDir);
        var marker = Path.Combine(from, CorpusSummary.MarkerFile);
        if (!File.Exists(marker)) throw new IOException($"{from} is not a corpus (no {CorpusSummary.MarkerFile})");
        Prepare(root);

        var results = new ResultFiles(from);
        var content = Path.Combine(from, "content");
        var sources = Directory.EnumerateFiles(content, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(from, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();
        var markdown = sources.Where(f => f.EndsWith(".md", StringComparison.Ordinal)).ToList();

        var articles = new CorpusArticle[markdown.Count];
        Parallel.For(0, markdown.Count, i =>
        {
            var article = CorpusArticleReader.Read(from, markdown[i]);
            articles[i] = article;
            CorpusFiles.Write(root, markdown[i], HugoArticle(article, results));
        });
        foreach (var file in sources.Where(f => !f.EndsWith(".md", StringComparison.Ordinal)))
        {
            var target = Path.Combine(root, "static", file["content/".Length..]);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(Path.Combine(from, file), target, overwrite: true);
        }

        var years = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var folder in markdown.Select(f => f[..f.LastIndexOf('/')]).Distinct(StringComparer.Ordinal))
        {
            // content/YYYY/MM
            var parts = folder.Split('/');
            if (parts.Length != 3) throw new FormatException($"{folder}: articles are expected under content/YYYY/MM/");
            years.Add(parts[1]);
            CorpusFiles.Write(root, $"{folder}/_index.md", $"---\ntitle: \"Tháng {int.Parse(parts[2])}/{parts[1]}\"\n---\n");
        }
        foreach (var year in years) CorpusFiles.Write(root, $"content/{year}/_index.md", $"---\ntitle: \"Năm {year}\"\n---\n");

        var topCategories = articles.Select(a => a.Category?.Split('/')[0]).OfType<string>().Distinct().Order(StringComparer.Ordinal).ToList();
        CorpusFiles.Write(root, "config.toml", Config(SiteTitle(from), years, topCategories));
        foreach (var (path, text) in HugoLayouts.Files) CorpusFiles.Write(root, path, text);
        CorpusFiles.Write(root, MarkerFile, Marker(File.ReadAllText(marker)));
        return articles.Length;
    }

    private static string HugoArticle(CorpusArticle article, ResultFiles results)
    {
        var sb = new StringBuilder(article.Body.Length + 400);
        sb.Append("---\n");
        sb.Append("title: ").Append(DataWriter.Quote(article.Title)).Append('\n');
        sb.Append("date: ").Append(article.Date).Append('\n');
        if (article.Author is not null) sb.Append("author: ").Append(DataWriter.Quote(article.Author)).Append('\n');
        if (article.Category is not null)
        {
            var parts = article.Category.Split('/', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            var paths = Enumerable.Range(1, parts.Length).Select(n => string.Join(CategorySeparator, parts.Take(n)));
            sb.Append("categories: [").Append(string.Join(", ", paths.Select(DataWriter.Quote))).Append("]\n");
        }
        sb.Append("tags: [").Append(string.Join(", ", article.Tags.Select(t => DataWriter.Quote(t.Replace('/', '-'))))).Append("]\n");
        sb.Append("slug: ").Append(article.Slug).Append('\n');
        sb.Append("---\n");

        var body = FigureCall().Replace(article.Body, match =>
        {
            if (article.Unit is null || article.Period is null)
                throw new FormatException($"{article.SourcePath}: a figure call needs unit and period in the front matter");
            var figure = results.Get(article.Unit, article.Period, match.Groups[2].Value);
            return match.Groups[1].Value == "value" ? NumberText.ViValue(figure) : NumberText.ViPercent(figure);
        });
        if (body.Contains("{{", StringComparison.Ordinal))
            throw new FormatException($"{article.SourcePath}: a template call the converter does not know is left in the body");
        body = LocalImage().Replace(body, "](../${file})");
        sb.Append(body);
        return sb.ToString();
    }

    private static string Config(string title, IEnumerable<string> years, IEnumerable<string> topCategories)
    {
        var sb = new StringBuilder();
        sb.Append("baseURL = \"").Append(CorpusOptions.BaseUrl).Append("\"\n");
        sb.Append("languageCode = \"vi\"\n");
        sb.Append("defaultContentLanguage = \"vi\"\n");
        sb.Append("title = ").Append(DataWriter.Quote(title)).Append('\n');
        sb.Append("paginate = 20\n");
        sb.Append("removePathAccents = true\n");
        sb.Append("disableAliases = true\n");
        sb.Append("timeZone = \"Asia/Ho_Chi_Minh\"\n");
        sb.Append("enableRobotsTXT = false\n\n");
        sb.Append("[params]\ntagline = \"Vì đoàn viên và người lao động\"\n\n");
        sb.Append("[taxonomies]\ncategory = \"categories\"\ntag = \"tags\"\n\n");
        sb.Append("[permalinks]\n");
        foreach (var year in years) sb.Append('"').Append(year).Append("\" = \"/:year/:month/:slug/\"\n");
        sb.Append('\n');
        var weight = 1;
        foreach (var category in topCategories)
        {
            sb.Append("[[menu.main]]\nname = ").Append(DataWriter.Quote(category)).Append('\n');
            sb.Append("url = \"categories/").Append(SlugText.From(category)).Append("/\"\n");
            sb.Append("weight = ").Append(weight++).Append('\n');
        }
        return sb.ToString();
    }

    private static string SiteTitle(string corpus)
    {
        var line = File.ReadLines(Path.Combine(corpus, "site.yaml")).FirstOrDefault(l => l.StartsWith("title:", StringComparison.Ordinal));
        return line is null ? "Bantin" : line["title:".Length..].Trim().Trim('"');
    }

    private static void Prepare(string root)
    {
        if (Directory.Exists(root) && Directory.EnumerateFileSystemEntries(root).Any())
        {
            if (!File.Exists(Path.Combine(root, MarkerFile)))
                throw new IOException($"{root} is not empty and is not a Hugo site written by this tool; refusing to overwrite it");
            Directory.Delete(root, recursive: true);
        }
        Directory.CreateDirectory(root);
    }

    [GeneratedRegex("""\{\{\s*(value|percent)\s+"([^"]+)"\s*\}\}""")]
    private static partial Regex FigureCall();

    [GeneratedRegex("""\]\((?<file>[^/#:()\s][^:()\s]*\.(?:svg|png|jpe?g|gif|webp))\)""")]
    private static partial Regex LocalImage();
}
