using System.Text;

namespace Bantin.Bench.Corpus;

/// <summary>
/// Writes a complete Bantin site (site.yaml, content/, data/) that depends only on count and seed: the same bytes on
/// every run. The unit tree (60 units) and indicators (20) are constant; the districts that report results scale
/// with the article count (<see cref="UnitTree.ActiveDistricts"/>): 49 districts × 20 indicators × 120 months =
/// 117,600 values at 10,000 articles, 12,000 at 1,000.
/// </summary>
public sealed class CorpusGenerator
{
    /// <summary>The small picture placed once in each month folder and shown in every article of that month.</summary>
    public const string Svg = """
        <svg xmlns="http://www.w3.org/2000/svg" width="320" height="180" viewBox="0 0 320 180" role="img">
          <title>Ảnh minh họa: hoạt động công đoàn</title>
          <rect width="320" height="180" fill="#f4efe6"/>
          <circle cx="70" cy="80" r="28" fill="#b3261e"/>
          <rect x="120" y="60" width="160" height="14" rx="4" fill="#5c4b3b"/>
          <rect x="120" y="88" width="120" height="10" rx="4" fill="#8a7765"/>
          <text x="160" y="150" font-family="sans-serif" font-size="16" text-anchor="middle" fill="#3b2f25">Công đoàn Việt Nam</text>
        </svg>

        """;

    public CorpusSummary Generate(CorpusOptions options, string outDir)
    {
        if (options.Count < 1) throw new ArgumentOutOfRangeException(nameof(options), "count must be at least 1");
        var root = Path.GetFullPath(outDir);
        Prepare(root);

        var tree = new UnitTree();
        var active = options.AllUnits ? tree.All().ToList() : tree.Districts.Take(UnitTree.ActiveDistricts(options.Count)).ToList();
        var numbers = Enumerable.Range(1, active.Count).ToList(); // a district's stream: its place in the round-robin order

        CorpusFiles.Write(root, "site.yaml", SiteYaml());

        ResultTable? table = null;
        int resultFiles = 0, targetFiles = 0, targets = 0;
        if (options.Data)
        {
            table = new ResultTable(options.Seed, active, numbers);
            var data = new DataWriter(root);
            data.WriteUnits(tree);
            data.WriteIndicators();
            resultFiles = data.WriteResults(table);
            (targetFiles, targets) = data.WriteTargets(options.Seed, options.AllUnits ? OwnTargets(table) : ProvinceTargets(tree, table), table);
        }

        var plans = ArticlePlanner.Plan(options.Count, options.Seed, active);
        var writer = new ArticleWriter(options, plans, table, active, CorpusOptions.BasePath);
        long words = 0;
        Parallel.ForEach(plans, plan =>
        {
            var text = writer.Write(plan);
            CorpusFiles.Write(root, plan.SourcePath, text);
            Interlocked.Add(ref words, Prose.CountWords(text));
        });
        foreach (var folder in plans.Select(p => p.Folder).Distinct())
            CorpusFiles.Write(root, $"{folder}/{ArticleWriter.ImageFile}", Svg);

        var summary = new CorpusSummary(options, plans.Select(p => p.Url).ToList(), options.Data ? tree.All().Count() : 0,
            table?.Districts.Count ?? 0, resultFiles, table?.ValueCount ?? 0, targetFiles, targets, words);
        CorpusFiles.Write(root, CorpusSummary.MarkerFile, summary.Marker());
        return summary;
    }

    /// <summary>Each province's target, near what its reporting districts achieved together.</summary>
    private static IReadOnlyList<(UnitSpec Unit, IReadOnlyList<int> Rows)> ProvinceTargets(UnitTree tree, ResultTable table) =>
        tree.Provinces.Select(p => (p, (IReadOnlyList<int>)Enumerable.Range(0, table.Districts.Count).Where(d => table.Districts[d].Parent == p.Id).ToList()))
            .Where(t => t.Item2.Count > 0).ToList();

    /// <summary>Every reporting unit's target, near what it achieved itself.</summary>
    private static IReadOnlyList<(UnitSpec Unit, IReadOnlyList<int> Rows)> OwnTargets(ResultTable table) =>
        Enumerable.Range(0, table.Districts.Count).Select(d => (table.Districts[d], (IReadOnlyList<int>)[d])).ToList();

    private static string SiteYaml()
    {
        var sb = new StringBuilder();
        sb.Append("title: \"Bản tin Công đoàn (kho bài thử hiệu năng)\"\n");
        sb.Append("tagline: \"Vì đoàn viên và người lao động\"\n");
        sb.Append("base_url: ").Append(CorpusOptions.BaseUrl).Append('\n');
        sb.Append("language: vi\n");
        sb.Append("timezone: Asia/Ho_Chi_Minh\n");
        sb.Append("page_size: 20\n");
        sb.Append("home_unit: ").Append(UnitTree.RootId).Append('\n');
        return sb.ToString();
    }

    /// <summary>An empty folder, or one this generator wrote before (then emptied); anything else is refused.</summary>
    private static void Prepare(string root)
    {
        if (!Directory.Exists(root))
        {
            Directory.CreateDirectory(root);
            return;
        }
        if (!Directory.EnumerateFileSystemEntries(root).Any()) return;
        if (!File.Exists(Path.Combine(root, CorpusSummary.MarkerFile)))
            throw new IOException($"{root} is not empty and is not a corpus written by this tool; refusing to overwrite it");
        foreach (var dir in Directory.EnumerateDirectories(root)) Directory.Delete(dir, recursive: true);
        foreach (var file in Directory.EnumerateFiles(root)) File.Delete(file);
    }
}
