using System.CommandLine;
using System.Globalization;
using System.Text;
using Bantin.Diagnostics;
using Bantin.Formatting;
using Bantin.Model;
using Bantin.Model.Periods;
using Bantin.Sources;
using Bantin.Sources.Data;

namespace Bantin.Cli;

/// <summary>
/// <c>new article "Tiêu đề"</c>: a dated draft with its front matter filled, and optionally an empty results file;
/// <c>new site DIR</c>: a whole new site (generator/Scaffold).
/// </summary>
public static class NewCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var title = new Argument<string>("title") { Description = "Tiêu đề bài viết. / The article's title." };
        var site = new Option<string>("--site", "-s") { Description = "Thư mục của site. / The site folder.", DefaultValueFactory = _ => "." };
        var category = new Option<string?>("--category") { Description = "Chuyên mục, ví dụ \"Tin tức sự kiện/Ban tổ chức\". / Category path." };
        var unit = new Option<string?>("--unit") { Description = "Mã đơn vị trong data/units.yaml. / Unit id." };
        var period = new Option<string?>("--period") { Description = "Kỳ báo cáo, ví dụ 2019-04. / Reporting period." };
        var article = new Command("article", "Tạo bài viết mới (bản nháp). / Create a new draft article.") { title, site, category, unit, period };
        article.SetAction(parse => Run(parse.GetValue(site)!, parse.GetValue(title)!, parse.GetValue(category), parse.GetValue(unit), parse.GetValue(period), stdout, stderr));
        return new Command("new", "Tạo site, bài viết hoặc mẫu báo cáo mới. / Create a new site, article or report form.")
        {
            SiteCommand(stdout, stderr), article, NewFormCommand.Create(stdout, stderr),
        };
    }

    /// <summary><c>new site DIR</c>: the options, parsed; Scaffold/ makes the site.</summary>
    private static Command SiteCommand(TextWriter stdout, TextWriter stderr)
    {
        var folder = new Argument<string>("dir") { Description = "Thư mục của site mới (chưa có, hoặc trống). / The new site's folder (new or empty)." };
        var title = new Option<string?>("--title") { Description = "Tên đơn vị, ví dụ \"Liên đoàn Lao động tỉnh Cao Bằng\". / The organisation's name." };
        var baseUrl = new Option<string?>("--base-url") { Description = "Địa chỉ trang khi đăng, ví dụ https://ldld.example.vn/bantin/. / The published address." };
        var language = new Option<string>("--language") { Description = "vi (mặc định) hoặc en. / vi (default) or en.", DefaultValueFactory = _ => "vi" };
        var command = new Command("site", "Tạo một site mới, dựng được ngay. / Create a new site that builds at once.") { folder, title, baseUrl, language };
        command.SetAction(parse => Scaffold.NewSite.Run(parse.GetValue(folder)!, parse.GetValue(title), parse.GetValue(baseUrl), parse.GetValue(language)!, stdout, stderr));
        return command;
    }

    public static int Run(string siteRoot, string title, string? category, string? unitId, string? periodText, TextWriter stdout, TextWriter stderr, DateTimeOffset? now = null)
    {
        var bag = new DiagnosticBag(new Messages(Language.Vi));
        var site = SiteConfigReader.Read(siteRoot, bag);
        title = SourceText.Normalize(title.Trim());
        var slug = Model.Slug.ForPath(title);
        if (site is null || slug.Length == 0)
        {
            if (slug.Length == 0) bag.Error(SourceSpan.FileOnly("title"), bag.Messages.EmptySlug(title));
            return Fail(bag, stderr);
        }

        // Options that name folders (--unit, --period) or go into the front matter (--category) are checked before
        // anything is read or written: `new` writes inside the site or not at all.
        var period = CheckOptions(category, unitId, periodText, bag);
        if (bag.HasErrors) return Fail(bag, stderr, BantinCli.BadUsage);
        var data = unitId is null ? null : DataLoader.Load(siteRoot, bag);
        if (unitId is not null && data!.Unit(unitId) is null)
            bag.Error(SourceSpan.FileOnly("--unit"), bag.Messages.UnknownUnit(unitId, Suggest.Nearest(unitId, data.Units.Select(u => u.Id))));
        if (bag.HasErrors) return Fail(bag, stderr);

        var local = TimeZoneInfo.ConvertTime(now ?? DateTimeOffset.Now, site.TimeZone);
        var relative = $"content/{local:yyyy}/{local:MM}/{slug}.md";
        var full = Path.Combine(siteRoot, relative);
        var files = new SiteFiles(siteRoot);
        var results = unitId is not null && period is not null ? $"data/results/{unitId}/{period}.yaml" : null;
        foreach (var path in new[] { relative, results }.OfType<string>())
            if (!files.StaysInside(path)) bag.Error(SourceSpan.FileOnly(path), bag.Messages.NewOutsideSite(path));
        if (bag.HasErrors) return Fail(bag, stderr, BantinCli.BadUsage);
        if (File.Exists(full))
        {
            stderr.WriteLine(Exists(site.Language, relative));
            return BantinCli.ContentErrors;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, FrontMatterOf(site.Language, title, local, slug, category, unitId, period));
        stdout.WriteLine(relative);
        if (results is not null) WriteResultsFile(siteRoot, results, relative, unitId!, period!, data!, site.Language, stdout, stderr);
        return BantinCli.Ok;
    }

    private static Period? CheckOptions(string? category, string? unitId, string? periodText, DiagnosticBag bag)
    {
        Period? period = null;
        if (periodText is not null && !Period.TryParse(periodText, out period, out var periodError))
            bag.Error(SourceSpan.FileOnly("--period"), bag.Messages.BadPeriod(periodText, periodError, null));
        if (unitId is not null && SafePath.Id(unitId, nested: true) is not PathProblem.None and var unitProblem)
            bag.Error(SourceSpan.FileOnly("--unit"), bag.Messages.NewBadUnit(unitId, unitProblem, SafePath.Suggestion(unitId, nested: true)));
        if (category is not null && (category.Any(char.IsControl) || category.Split('/').Length > ContentReader.MaxCategoryDepth))
            bag.Error(SourceSpan.FileOnly("--category"), bag.Messages.NewBadCategory(category));
        return period;
    }

    private static string FrontMatterOf(Language language, string title, DateTimeOffset local, string slug, string? category, string? unitId, Period? period)
    {
        var fm = new StringBuilder("---\n");
        fm.Append($"title: {Quote(title)}\n");
        fm.Append($"date: {local.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)}\n");
        // The URL stays that of the file name when the title is polished later, so shared links keep working.
        fm.Append($"slug: {slug}\n");
        fm.Append("author: \n");
        if (category is not null) fm.Append($"category: {Quote(category)}\n");
        fm.Append("tags: []\n");
        if (unitId is not null) fm.Append($"unit: {unitId}\n");
        if (period is not null) fm.Append($"period: {period}\n");
        fm.Append("draft: true\n---\n\n");
        fm.Append(language == Language.En ? "Write the article here.\n" : "Viết nội dung bài ở đây.\n");
        return fm.ToString();
    }

    /// <summary>A results file to fill in beside the new article, one line per indicator; an existing one is left alone.</summary>
    private static void WriteResultsFile(string siteRoot, string results, string article, string unitId, Period period, Model.Data.DataSet data,
        Language language, TextWriter stdout, TextWriter stderr)
    {
        var resultsFull = Path.Combine(siteRoot, results);
        if (File.Exists(resultsFull))
        {
            stderr.WriteLine(Exists(language, results));
            return;
        }
        var yaml = new StringBuilder();
        yaml.Append($"unit: {unitId}\nperiod: {period}\nsource: {article}\nvalues:\n");
        foreach (var indicator in data.Indicators)
            yaml.Append($"  {indicator.Id}:    # {indicator.Name} ({indicator.Measure}){(indicator.Kind == Model.Data.IndicatorKind.Ratio ? " — { value: …, of: … }" : "")}\n");
        Directory.CreateDirectory(Path.GetDirectoryName(resultsFull)!);
        File.WriteAllText(resultsFull, yaml.ToString());
        stdout.WriteLine(results);
    }

    private static string Exists(Language language, string path) => language == Language.En
        ? $"{path} already exists; nothing was overwritten. Choose another title or edit that file."
        : $"{path} đã có; không ghi đè. Hãy chọn tiêu đề khác hoặc sửa tệp đó.";

    private static string Quote(string text) => "\"" + text.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";

    private static int Fail(DiagnosticBag bag, TextWriter stderr, int code = BantinCli.ContentErrors)
    {
        foreach (var d in bag.Sorted()) stderr.WriteLine(d);
        return code;
    }
}
