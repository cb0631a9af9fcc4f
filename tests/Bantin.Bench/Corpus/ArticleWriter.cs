using System.Text;

namespace Bantin.Bench.Corpus;

/// <summary>
/// Writes one article of about <see cref="TargetWords"/> words: front matter, a lead, ## sections with **bold**,
/// a bullet list, a pipe table of results, an image beside the article, two links to other articles and two or three
/// figure calls that the data surely answers (the article's district and month always have every indicator).
/// </summary>
public sealed class ArticleWriter
{
    public const int TargetWords = 1000;
    public const string ImageFile = "anh-minh-hoa.svg";
    private const int Salt = 0xB0D;

    private readonly CorpusOptions _options;
    private readonly IReadOnlyList<ArticlePlan> _plans;
    private readonly ResultTable? _table;
    private readonly IReadOnlyList<UnitSpec> _districts;
    private readonly string _basePath;

    public ArticleWriter(CorpusOptions options, IReadOnlyList<ArticlePlan> plans, ResultTable? table, IReadOnlyList<UnitSpec> districts, string basePath)
    {
        _options = options;
        _plans = plans;
        _table = table;
        _districts = districts;
        _basePath = basePath;
    }

    public string Write(ArticlePlan plan)
    {
        var random = Seeds.For(_options.Seed, plan.Index + 1, Salt);
        var district = _districts[plan.District];
        var sb = new StringBuilder(9000);
        FrontMatter(sb, plan, district);

        var prose = new Prose(random, sb, district.Short);
        prose.Line($"Trong {plan.PeriodLabel}, {district.Name} đã triển khai đồng bộ các nhiệm vụ trọng tâm theo chương trình công tác năm, " +
                   $"bám sát chỉ đạo của Liên đoàn Lao động cấp trên. {prose.Sentence()} {prose.Sentence()}");
        prose.Line();

        prose.Markup("## ");
        prose.Line("Kết quả nổi bật");
        prose.Line();
        Highlights(prose, plan, random);
        prose.Paragraph(random.Next(2, 4));

        prose.Markup("![");
        prose.Text($"Quang cảnh hoạt động của {district.Short} {plan.PeriodLabel}");
        prose.Markup($"]({ImageFile})\n\n");

        var headings = Vocabulary.Headings.OrderBy(_ => random.Next()).Take(4).ToList();
        Section(prose, headings[0], random.Next(1, 3));
        prose.Line("Một số hoạt động chính trong tháng:");
        prose.Line();
        var bullets = Vocabulary.BulletItems.OrderBy(_ => random.Next()).Take(random.Next(4, 7)).ToList();
        foreach (var item in bullets)
        {
            prose.Markup("- ");
            prose.Line(random.Next(4) == 0 ? $"**{item}**;" : $"{item};");
        }
        prose.Line();
        prose.Paragraph(random.Next(2, 4));

        prose.Markup("## ");
        prose.Line("Kết quả thực hiện một số chỉ tiêu");
        prose.Line();
        ResultsTable(prose, plan, random);

        var middle = 1;
        while (prose.Words < TargetWords - 160)
        {
            if (middle < headings.Count && prose.Words > 300 + 200 * middle) Section(prose, headings[middle++], 0);
            prose.Paragraph(random.Next(3, 6));
        }

        prose.Markup("## ");
        prose.Line("Phương hướng nhiệm vụ thời gian tới");
        prose.Line();
        prose.Paragraph(2);
        var links = Links(plan, random);
        prose.Text("Xem thêm: ");
        prose.Markup("[");
        prose.Text(links[0].Title);
        prose.Markup($"]({_basePath}{links[0].Url})");
        prose.Text(" và ");
        prose.Markup("[");
        prose.Text(links[1].Title);
        prose.Markup($"]({_basePath}{links[1].Url})");
        prose.Line(".");
        return sb.ToString();
    }

    private void FrontMatter(StringBuilder sb, ArticlePlan plan, UnitSpec district)
    {
        sb.Append("---\n");
        sb.Append("title: ").Append(DataWriter.Quote(plan.Title)).Append('\n');
        sb.Append("date: ").Append(plan.Date.ToString("yyyy-MM-dd'T'HH:mm:ss")).Append("+07:00\n");
        sb.Append("author: ").Append(DataWriter.Quote(plan.Author)).Append('\n');
        sb.Append("category: ").Append(DataWriter.Quote(plan.Category)).Append('\n');
        sb.Append("tags: [").Append(string.Join(", ", plan.Tags.Select(DataWriter.Quote))).Append("]\n");
        if (_options.Data)
        {
            sb.Append("unit: ").Append(district.Id).Append('\n');
            sb.Append("period: ").Append(plan.Period).Append('\n');
        }
        sb.Append("slug: ").Append(plan.Slug).Append('\n');
        sb.Append("---\n\n");
    }

    /// <summary>Two or three figure calls: a ratio's value and percent, sometimes a flow's value first.</summary>
    private void Highlights(Prose prose, ArticlePlan plan, Random random)
    {
        var ratios = Indices(IndicatorKind.Ratio);
        var flows = Indices(IndicatorKind.Flow);
        var ratio = ratios[random.Next(ratios.Count)];
        var text = new StringBuilder("Trong tháng, ");
        if (random.Next(2) == 0)
        {
            var flow = flows[random.Next(flows.Count)];
            var spec = Indicators.All[flow];
            text.Append($"chỉ tiêu {Lower(spec.Name)} đạt **{Value(plan, flow)}** {spec.Measure}; ");
        }
        var r = Indicators.All[ratio];
        text.Append($"{Lower(r.Name)}: {Value(plan, ratio)} {r.Measure}, đạt tỷ lệ **{Percent(plan, ratio)}**. ");
        text.Append(prose.Sentence());
        prose.Line(text.ToString());
        prose.Line();
    }

    private void ResultsTable(Prose prose, ArticlePlan plan, Random random)
    {
        prose.Markup("| ");
        prose.Text("Chỉ tiêu");
        prose.Markup(" | ");
        prose.Text("Kết quả");
        prose.Markup(" | ");
        prose.Text("Đơn vị tính");
        prose.Markup(" |\n|---|---:|---|\n");
        var rows = Enumerable.Range(0, Indicators.All.Length).OrderBy(_ => random.Next()).Take(random.Next(3, 6)).Order();
        foreach (var k in rows)
        {
            var spec = Indicators.All[k];
            var figure = _table is null ? new Figure(random.Next(1, 500), null) : _table.Get(plan.District, plan.Date.Year, plan.Date.Month, k);
            prose.Markup("| ");
            prose.Text(spec.Name);
            prose.Markup(" | ");
            prose.Text(NumberText.ViValue(figure));
            prose.Markup(" | ");
            prose.Text(spec.Measure);
            prose.Markup(" |\n");
        }
        prose.Line();
    }

    private static void Section(Prose prose, string heading, int paragraphs)
    {
        prose.Markup("## ");
        prose.Line(heading);
        prose.Line();
        for (var i = 0; i < paragraphs; i++) prose.Paragraph(3);
    }

    private string Value(ArticlePlan plan, int indicator) => Figure(plan, indicator, "value", NumberText.ViValue);

    private string Percent(ArticlePlan plan, int indicator) => Figure(plan, indicator, "percent", NumberText.ViPercent);

    /// <summary>A figure call, or with figures off (or no data) the number it prints.</summary>
    private string Figure(ArticlePlan plan, int indicator, string function, Func<Figure, string> print)
    {
        if (_options.Figures && _table is not null) return $"{{{{ {function} \"{Indicators.All[indicator].Id}\" }}}}";
        var figure = _table?.Get(plan.District, plan.Date.Year, plan.Date.Month, indicator) ?? new Figure(45, 50);
        return print(figure);
    }

    private (string Title, string Url)[] Links(ArticlePlan plan, Random random)
    {
        if (_plans.Count < 3) return [(plan.Title, plan.Url), (plan.Title, plan.Url)];
        var first = Other(plan.Index, -1, random);
        var second = Other(plan.Index, first, random);
        return [(_plans[first].Title, _plans[first].Url), (_plans[second].Title, _plans[second].Url)];
    }

    private int Other(int self, int taken, Random random)
    {
        while (true)
        {
            var j = random.Next(_plans.Count);
            if (j != self && j != taken) return j;
        }
    }

    private static List<int> Indices(IndicatorKind kind) =>
        Enumerable.Range(0, Indicators.All.Length).Where(k => Indicators.All[k].Kind == kind).ToList();

    private static string Lower(string text) => char.ToLowerInvariant(text[0]) + text[1..];
}
