using System.Text.Json;
using Bantin.Tests.Support;

namespace Bantin.Tests.Search;

public sealed class SearchSiteTests
{
    private static TestSite Site() => TestSite.From(
        "-- content/dv.md --\n" + Md.Article("Phát triển đoàn viên mới", "2019-04-27 14:23", "Tin tức/Ban tổ chức", "đoàn viên",
            body: "Trong tháng, toàn tỉnh kết nạp 72 đoàn viên.", extra: "unit: lao-cai/bat-xat\n") +
        "-- content/dh.md --\n" + Md.Article("Đại hội Công đoàn tỉnh", "2023-09-10 08:00", "Tin tức/Hoạt động",
            body: "ĐẠI HỘI lần thứ XVII thành công tốt đẹp.", extra: "unit: cao-bang\n") +
        "-- content/lc.md --\n" + Md.Article("Hội nghị ở Lào Cai", "2020-05-02 09:00", "Sự kiện",
            body: "Liên đoàn Lao động tỉnh Lào Cai tổ chức hội nghị.", extra: "unit: lao-cai\n") +
        "-- content/nhap.md --\n" + Md.Article("Bản nháp bí mật", "2020-01-01", "Tin tức", body: "Từ khóa quokka chỉ có ở đây.", extra: "draft: true\n") +
        "-- content/pages/gioi-thieu.md --\n---\ntitle: Giới thiệu\n---\nTrang giới thiệu công đoàn.\n" +
        "-- data/units.yaml --\n" +
        "- id: lao-cai\n  name: Liên đoàn Lao động tỉnh Lào Cai\n  short: LĐLĐ Lào Cai\n" +
        "- id: lao-cai/bat-xat\n  name: Liên đoàn Lao động huyện Bát Xát\n  short: LĐLĐ Bát Xát\n  parent: lao-cai\n" +
        "- id: cao-bang\n  name: Liên đoàn Lao động tỉnh Cao Bằng\n  short: LĐLĐ Cao Bằng\n");

    private static SearchReader Reader(TestSite site) => new(Path.Combine(site.Output, "tim-kiem"));

    [Fact]
    public void Search_page_has_a_labelled_form_filters_a_live_status_and_a_noscript_note()
    {
        using var site = Site();
        site.BuildOk();
        var page = site.Page("/tim-kiem/");
        Assert.Equal("Tìm kiếm", page.QuerySelector("main h1")!.TextContent);
        var form = page.QuerySelector("main form[role=search][data-search]")!;
        Assert.Equal("/congdoan/tim-kiem/", form.GetAttribute("action"));
        Assert.Equal("get", form.GetAttribute("method"));
        var input = form.QuerySelector("input[name=q]")!;
        Assert.NotNull(page.QuerySelector($"label[for={input.Id}]"));
        Assert.Equal(new[] { "", "tin-tuc", "tin-tuc/ban-to-chuc", "tin-tuc/hoat-dong", "su-kien" }.Order(),
            form.QuerySelectorAll("select[name=category] option").Select(o => o.GetAttribute("value")!).Order());
        Assert.Equal(["", "cao-bang", "lao-cai", "lao-cai/bat-xat"], form.QuerySelectorAll("select[name=unit] option").Select(o => o.GetAttribute("value")));
        Assert.Equal(["", "2023", "2020", "2019"], form.QuerySelectorAll("select[name=year] option").Select(o => o.GetAttribute("value")));
        Assert.Equal("LĐLĐ Lào Cai › LĐLĐ Bát Xát", form.QuerySelector("select[name=unit] option[value='lao-cai/bat-xat']")!.TextContent);
        Assert.Contains("JavaScript", page.QuerySelector("noscript")!.TextContent);
        var status = page.QuerySelector("[data-search-status]")!;
        Assert.Equal("polite", status.GetAttribute("aria-live"));
        Assert.NotNull(page.QuerySelector("ol[data-search-results]"));
        Assert.Equal("{n} kết quả cho “{q}”", form.GetAttribute("data-results"));
        Assert.NotNull(page.QuerySelector("script[src='/congdoan/assets/search.js']"));
        Assert.True(site.Exists("assets/search.js") && site.Exists("assets/search.css"));
    }

    [Fact]
    public void Every_url_the_script_fetches_is_built_from_the_base_path()
    {
        using var site = Site();
        site.BuildOk(baseUrl: "https://example.org/lien-doan/congdoan/");
        var form = site.Page("/tim-kiem/").QuerySelector("form[data-search]")!;
        Assert.Equal("/lien-doan/congdoan/tim-kiem/", form.GetAttribute("data-url"));
        Assert.Equal("/lien-doan/congdoan/", form.GetAttribute("data-base"));
        Assert.Matches("^[0-9a-f]{12}$", form.GetAttribute("data-version")!);
        var script = File.ReadAllText(Path.Combine(site.Output, "assets", "search.js"));
        Assert.DoesNotContain("fetch(\"/", script);
        Assert.DoesNotContain("location.origin", script);
        // Result URLs are stored relative to the site root and joined to data-base by the script.
        Assert.All(AllDocUrls(site), url => Assert.False(url.StartsWith('/') || url.Contains("congdoan"), url));
    }

    [Fact]
    public void The_header_search_box_is_on_every_page()
    {
        using var site = Site();
        site.BuildOk();
        foreach (var url in new[] { "/", "/2019/04/phat-trien-doan-vien-moi/", "/chuyen-muc/tin-tuc/", "/gioi-thieu/", "/the/", "/tim-kiem/", "/404.html", "/don-vi/lao-cai/" })
        {
            var box = site.Page(url).QuerySelector("header form[role=search]");
            Assert.True(box is not null, url);
            Assert.Equal("/congdoan/tim-kiem/", box!.GetAttribute("action"));
            var input = box.QuerySelector("input[name=q]")!;
            Assert.Equal("Tìm kiếm trên trang", box.QuerySelector($"label[for={input.Id}]")!.TextContent);
        }
    }

    [Fact]
    public void Index_files_are_valid_json_and_every_shard_the_meta_names_exists()
    {
        using var site = Site();
        site.BuildOk();
        var folder = Path.Combine(site.Output, "tim-kiem");
        foreach (var file in Directory.EnumerateFiles(folder, "*.json", SearchOption.AllDirectories))
            JsonDocument.Parse(File.ReadAllBytes(file)).Dispose();
        var meta = Reader(site).Meta;
        var terms = meta.GetProperty("terms").GetArrayLength();
        Assert.True(terms > 0);
        Assert.Equal(terms, Directory.GetFiles(Path.Combine(folder, "terms")).Length);
        Assert.Equal(4, meta.GetProperty("docs").GetProperty("c").GetArrayLength()); // 3 articles and 1 page; no draft
        Assert.True(site.Exists("tim-kiem/docs/0.json"));
    }

    [Theory]
    [InlineData("doan vien", "2019/04/phat-trien-doan-vien-moi/")]
    [InlineData("DOAN VIEN", "2019/04/phat-trien-doan-vien-moi/")]
    [InlineData("dai hoi", "2023/09/dai-hoi-cong-doan-tinh/")]
    [InlineData("Lao Cai", "2020/05/hoi-nghi-o-lao-cai/")]
    [InlineData("lao ca", "2020/05/hoi-nghi-o-lao-cai/")]
    [InlineData("gioi thieu", "gioi-thieu/")]
    public void Unmarked_queries_find_marked_words(string query, string url) =>
        Assert.Contains(url, WithSite(s => Reader(s).Urls(query)));

    [Fact]
    public void Every_word_of_a_query_must_match()
    {
        using var site = Site();
        site.BuildOk();
        Assert.Equal(["2023/09/dai-hoi-cong-doan-tinh/"], Reader(site).Urls("dai hoi cong doan"));
        Assert.Empty(Reader(site).Urls("dai hoi lao cai"));
    }

    [Fact]
    public void A_word_still_being_typed_matches_as_a_prefix_but_a_finished_one_does_not()
    {
        using var site = Site();
        site.BuildOk();
        Assert.Contains("2019/04/phat-trien-doan-vien-moi/", Reader(site).Urls("doan vi"));
        Assert.Empty(Reader(site).Urls("doan vi "));
    }

    [Fact]
    public void A_query_typed_with_marks_ranks_the_exact_word_first()
    {
        // "đoán" (guess) fills the first article's title; "đoàn" (union) is only once in the second's body.
        using var site = TestSite.From(
            "-- content/a.md --\n" + Md.Article("Đoán đoán đoán", "2024-01-02", body: "Đoán trước kết quả, đoán đúng.") +
            "-- content/b.md --\n" + Md.Article("Tin tháng một", "2024-01-01", body: "Công đoàn cơ sở."));
        site.BuildOk();
        var reader = Reader(site);
        Assert.Equal(["2024/01/doan-doan-doan/", "2024/01/tin-thang-mot/"], reader.Urls("doan"));
        Assert.Equal(["2024/01/tin-thang-mot/", "2024/01/doan-doan-doan/"], reader.Urls("đoàn"));
        Assert.Equal(["2024/01/doan-doan-doan/", "2024/01/tin-thang-mot/"], reader.Urls("đoán"));

        // The data behind it: the shard of "do" keeps each marked form with its own postings.
        var shard = reader.Read($"terms/{reader.ShardFor("doan")}.json");
        Assert.Single(SearchReader.Decode(shard.GetProperty("đoàn").GetString()!));
        Assert.Single(SearchReader.Decode(shard.GetProperty("đoán").GetString()!));
    }

    [Fact]
    public void Title_words_outrank_body_words()
    {
        using var site = TestSite.From(
            "-- content/a.md --\n" + Md.Article("Tin thường", "2024-01-02", body: "Có nhắc đến thi đua.") +
            "-- content/b.md --\n" + Md.Article("Phong trào thi đua", "2024-01-01", body: "Nội dung."));
        site.BuildOk();
        Assert.Equal(["2024/01/phong-trao-thi-dua/", "2024/01/tin-thuong/"], Reader(site).Urls("thi dua"));
    }

    [Fact]
    public void Filters_by_category_unit_and_year_include_sub_categories_and_sub_units()
    {
        using var site = Site();
        site.BuildOk();
        var reader = Reader(site);
        Assert.Equal(["2019/04/phat-trien-doan-vien-moi/"], reader.Urls("doan", category: "tin-tuc/ban-to-chuc"));
        Assert.Equal(["2019/04/phat-trien-doan-vien-moi/", "2023/09/dai-hoi-cong-doan-tinh/"], reader.Urls("doan", category: "tin-tuc"));
        Assert.Equal(["2019/04/phat-trien-doan-vien-moi/", "2020/05/hoi-nghi-o-lao-cai/"], reader.Urls("doan", unit: "lao-cai"));
        Assert.Equal(["2019/04/phat-trien-doan-vien-moi/"], reader.Urls("doan", unit: "lao-cai/bat-xat"));
        Assert.Equal(["2020/05/hoi-nghi-o-lao-cai/"], reader.Urls("doan", year: 2020));
    }

    [Fact]
    public void Result_documents_carry_title_date_excerpt_and_category()
    {
        using var site = Site();
        site.BuildOk();
        var reader = Reader(site);
        var hit = reader.Hits("dai hoi").Single();
        var doc = reader.Document(hit.Doc);
        Assert.Equal("Đại hội Công đoàn tỉnh", doc.GetProperty("t").GetString());
        Assert.Equal("10/09/2023", doc.GetProperty("d").GetString());
        Assert.Equal("ĐẠI HỘI lần thứ XVII thành công tốt đẹp.", doc.GetProperty("x").GetString());
        var category = reader.Meta.GetProperty("docs").GetProperty("c")[hit.Doc].GetInt32();
        Assert.Equal("Hoạt động", reader.Meta.GetProperty("categories")[category].GetProperty("n").GetString());
    }

    [Fact]
    public void Drafts_are_not_indexed_unless_built_with_drafts()
    {
        using var site = Site();
        site.BuildOk();
        Assert.Empty(Reader(site).Urls("quokka"));
        var everything = string.Concat(Directory.EnumerateFiles(Path.Combine(site.Output, "tim-kiem"), "*.json", SearchOption.AllDirectories).Select(File.ReadAllText));
        Assert.DoesNotContain("quokka", everything);
        Assert.DoesNotContain("Bản nháp", everything);

        site.BuildOk(drafts: true);
        Assert.Equal(["2020/01/ban-nhap-bi-mat/"], Reader(site).Urls("quokka"));
    }

    [Fact]
    public void Two_builds_write_the_same_bytes_and_a_change_changes_the_version()
    {
        using var site = Site();
        var first = Path.Combine(site.Root, "out1");
        var second = Path.Combine(site.Root, "out2");
        Assert.True(site.Build(output: first).Succeeded);
        Assert.True(site.Build(output: second).Succeeded);
        var files = Directory.EnumerateFiles(Path.Combine(first, "tim-kiem"), "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(first, f)).Order(StringComparer.Ordinal).ToList();
        Assert.True(files.Count > 5);
        Assert.Equal(files, Directory.EnumerateFiles(Path.Combine(second, "tim-kiem"), "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(second, f)).Order(StringComparer.Ordinal));
        foreach (var file in files) Assert.Equal(File.ReadAllBytes(Path.Combine(first, file)), File.ReadAllBytes(Path.Combine(second, file)));

        string Version(string output) => new AngleSharp.Html.Parser.HtmlParser()
            .ParseDocument(File.ReadAllText(Path.Combine(output, "tim-kiem", "index.html"))).QuerySelector("form[data-search]")!.GetAttribute("data-version")!;
        var before = Version(first);
        site.Write("content/moi.md", Md.Article("Tin mới", "2024-02-02"));
        Assert.True(site.Build(output: first).Succeeded);
        Assert.NotEqual(before, Version(first));
    }

    [Fact]
    public void English_sites_get_english_search_words()
    {
        using var site = TestSite.From(
            "-- site.yaml --\ntitle: Union news\nlanguage: en\nbase_url: https://example.org/\n" +
            "-- content/a.md --\n" + Md.Article("Congress", "2024-01-01", "News"));
        site.BuildOk();
        var page = site.Page("/tim-kiem/");
        Assert.Equal("Search", page.QuerySelector("main h1")!.TextContent);
        Assert.Equal("{n} results for “{q}”", page.QuerySelector("form[data-search]")!.GetAttribute("data-results"));
        Assert.Equal("Search this site", page.QuerySelector("header form[role=search] label")!.TextContent);
        Assert.Equal("All sections", page.QuerySelector("select[name=category] option")!.TextContent);
    }

    [Fact]
    public void The_search_path_can_be_moved_in_site_yaml()
    {
        using var site = TestSite.From(
            "-- site.yaml --\n" + TestSite.DefaultSiteYaml + "\npaths:\n  search: search/\n" +
            "-- content/a.md --\n" + Md.Article("Đoàn viên", "2024-01-01"));
        site.BuildOk();
        Assert.Equal("/congdoan/search/", site.Page("/").QuerySelector("header form[role=search]")!.GetAttribute("action"));
        Assert.Equal("/congdoan/search/", site.Page("/search/").QuerySelector("form[data-search]")!.GetAttribute("data-url"));
        Assert.Equal(["2024/01/doan-vien/"], new SearchReader(Path.Combine(site.Output, "search")).Urls("doan vien"));
    }

    private static IReadOnlyList<string> WithSite(Func<TestSite, IReadOnlyList<string>> query)
    {
        using var site = Site();
        site.BuildOk();
        return query(site);
    }

    private static IEnumerable<string> AllDocUrls(TestSite site)
    {
        foreach (var file in Directory.EnumerateFiles(Path.Combine(site.Output, "tim-kiem", "docs")))
            foreach (var doc in JsonDocument.Parse(File.ReadAllBytes(file)).RootElement.EnumerateArray())
                yield return doc.GetProperty("u").GetString()!;
    }
}
