using Bantin.Tests.Support;

namespace Bantin.Tests.Site;

/// <summary>
/// Ids, slugs and patterns become folder names in the output: none may climb out of its folder, overwrite another
/// page, collide with another on a case-insensitive disk, or be too long for the file system (issue #12).
/// </summary>
public sealed class PathSafetyTests
{
    private const string Home = """
        -- content/a.md --
        ---
        title: Bài đầu
        date: 2024-05-01
        ---
        Nội dung.
        """;

    [Theory]
    [InlineData("\"..\"", "..")]
    [InlineData("../2024", "../2024")]
    [InlineData("../2024/05/bai-dau", "../2024/05/bai-dau")]
    [InlineData("../../x", "../../x")]
    [InlineData("a/../../b", "a/../../b")]
    [InlineData("\"a\\\\b\"", "a\\b")]
    [InlineData("\"a\\0b\"", "a\0b")]
    [InlineData("\".\"", ".")]
    [InlineData("cao bang", "cao bang")]
    [InlineData("a//b", "a//b")]
    [InlineData("con", "con")]
    public void A_unit_id_that_is_not_a_safe_path_is_an_error_at_its_place_and_nothing_is_written(string yaml, string id)
    {
        using var site = TestSite.From(Home + $"\n-- data/units.yaml --\n- id: vn\n  name: Việt Nam\n- id: {yaml}\n  name: Lạ\n");
        var result = site.Build();
        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Errors, e => e.Span.File == "data/units.yaml");
        Assert.Equal((3, 7), (error.Span.Line, error.Span.Column));
        Assert.Contains(id.Replace("\0", "\\0"), error.Message);
        Assert.NotNull(error.Fix);
        Assert.False(Directory.Exists(site.Output));
    }

    [Theory]
    [InlineData("\"..\"")]
    [InlineData("../2024")]
    [InlineData("../../x")]
    [InlineData("a/b")]
    [InlineData("\"a\\\\b\"")]
    public void An_indicator_id_that_is_not_a_safe_path_segment_is_an_error_at_its_place(string yaml)
    {
        using var site = TestSite.From(Home + $"\n-- data/indicators.yaml --\n- id: {yaml}\n  name: Lạ\n  measure: người\n  kind: flow\n");
        var result = site.Build();
        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Errors);
        Assert.Equal(("data/indicators.yaml", 1, 7), (error.Span.File, error.Span.Line, error.Span.Column));
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void A_bad_id_suggests_its_slugified_form()
    {
        using var site = TestSite.From(Home + "\n-- data/units.yaml --\n- id: Cao Bằng/Hòa An\n  name: Lạ\n");
        var error = Assert.Single(site.Build().Errors);
        Assert.Contains("cao-bang/hoa-an", error.Fix);
    }

    [Fact]
    public void A_unit_id_over_100_characters_is_an_error()
    {
        using var site = TestSite.From(Home + $"\n-- data/units.yaml --\n- id: {new string('a', 300)}\n  name: Dài\n");
        var error = Assert.Single(site.Build().Errors);
        Assert.Equal(("data/units.yaml", 1, 7), (error.Span.File, error.Span.Line, error.Span.Column));
        Assert.Contains("100", error.Message);
    }

    [Fact]
    public void Units_whose_ids_differ_only_by_case_are_an_error_naming_both()
    {
        using var site = TestSite.From(Home + "\n-- data/units.yaml --\n- id: cao-bang\n  name: A\n- id: Cao-Bang\n  name: B\n");
        var result = site.Build();
        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Errors);
        Assert.Equal(("data/units.yaml", 3, 7), (error.Span.File, error.Span.Line, error.Span.Column));
        Assert.Contains("data/units.yaml:1:7", error.Message);
    }

    [Theory]
    [InlineData("article", "'{slug}/../../../x/'")]
    [InlineData("article", "'../{slug}/'")]
    [InlineData("article", "'{yyyy}/./{slug}/'")]
    [InlineData("page", "'{title}/'")]
    [InlineData("unit", "'don vi/{id}/'")]
    [InlineData("tag", "'the\\{slug}/'")]
    [InlineData("category", "'a//{path}/'")]
    public void A_paths_pattern_that_could_leave_its_folder_is_an_error_in_site_yaml(string key, string pattern)
    {
        using var site = TestSite.From(Home + $"\n-- site.yaml --\n{TestSite.DefaultSiteYaml}\npaths:\n  {key}: {pattern}\n");
        var result = site.Build();
        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Errors);
        Assert.Equal(("site.yaml", 7), (error.Span.File, error.Span.Line));
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void Patterns_that_put_two_pages_in_folders_differing_only_by_case_are_an_error_naming_both()
    {
        using var site = TestSite.From(Home + "\n-- content/pages/gioi-thieu.md --\n---\ntitle: Giới thiệu\n---\nx\n"
            + $"\n-- site.yaml --\n{TestSite.DefaultSiteYaml}\npaths:\n  page: 'Trang/{{slug}}/'\n  tag: 'trang/{{slug}}/'\n"
            + "-- content/b.md --\n---\ntitle: B\ndate: 2024-05-02\ntags: [gioi-thieu]\n---\nx\n");
        var result = site.Build();
        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Errors);
        Assert.Contains("Trang/", error.Message);
        Assert.Contains("trang/", error.Message);
    }

    [Fact]
    public void A_slug_made_from_a_very_long_title_is_cut_at_a_word_boundary()
    {
        var title = string.Join(' ', Enumerable.Repeat("Hội nghị ban chấp hành", 20));
        using var site = TestSite.From($"-- content/a.md --\n---\ntitle: {title}\ndate: 2024-05-01\ntags: [{title}]\ncategory: {title}\n---\nx\n");
        site.BuildOk();
        var folder = Assert.Single(Directory.GetDirectories(Path.Combine(site.Output, "2024", "05")));
        var slug = Path.GetFileName(folder);
        Assert.InRange(slug.Length, 60, 80);
        Assert.StartsWith("hoi-nghi-ban-chap-hanh-hoi-nghi", slug);
        Assert.False(slug.EndsWith('-'));
        Assert.True(title.Replace(' ', '-').Length > 300);
        Assert.All(Directory.GetDirectories(Path.Combine(site.Output, "the")), d => Assert.InRange(Path.GetFileName(d).Length, 1, 80));
        Assert.All(Directory.GetDirectories(Path.Combine(site.Output, "chuyen-muc")), d => Assert.InRange(Path.GetFileName(d).Length, 1, 80));
    }

    [Fact]
    public void An_explicit_slug_over_100_characters_is_an_error_at_its_place()
    {
        using var site = TestSite.From($"-- content/a.md --\n---\ntitle: A\ndate: 2024-05-01\nslug: {new string('a', 300)}\n---\nx\n");
        var error = Assert.Single(site.Build().Errors);
        Assert.Equal(("content/a.md", 4, 7), (error.Span.File, error.Span.Line, error.Span.Column));
        Assert.Contains("100", error.Message);
    }

    [Fact]
    public void A_category_thousands_of_levels_deep_is_an_error_not_a_crash()
    {
        var category = string.Join('/', Enumerable.Range(0, 2000).Select(i => "c" + i));
        using var site = TestSite.From($"-- content/a.md --\n---\ntitle: A\ndate: 2024-05-01\ncategory: {category}\n---\nx\n");
        var error = Assert.Single(site.Build().Errors);
        Assert.Equal(("content/a.md", 4), (error.Span.File, error.Span.Line));
    }

    [Fact]
    public void A_file_whose_name_holds_a_backslash_is_an_error_not_a_crash()
    {
        if (OperatingSystem.IsWindows()) return; // Windows has no such file names
        using var site = TestSite.From(Home);
        site.Write("content/a\\b.md", "---\ntitle: B\ndate: 2024-05-01\n---\nx\n");
        var result = site.Build();
        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Errors);
        Assert.Equal("content/a\\b.md", error.Span.File);
    }

    [Fact]
    public void A_nul_in_an_image_path_is_an_error_not_a_crash()
    {
        using var site = TestSite.From("-- content/a.md --\n---\ntitle: A\ndate: 2024-05-01\nimage: \"a\\0.png\"\n---\nx\n");
        var result = site.Build();
        Assert.False(result.Succeeded);
        Assert.Equal("content/a.md", Assert.Single(result.Errors).Span.File);
    }
}
