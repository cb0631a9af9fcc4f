using Bantin.Formatting;
using System.Text.RegularExpressions;
using Bantin.Cli;
using Bantin.Diagnostics;
using Bantin.Model;
using Bantin.Scaffold;
using Bantin.Tests.Site;
using Bantin.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace Bantin.Tests.Scaffold;

/// <summary>
/// `bantin new site DIR`: a site that builds and checks with no error and no warning at once, in either language,
/// on any day; and a folder that is not new or empty is refused with everything in it left as it was.
/// </summary>
public sealed partial class NewSiteTests : IDisposable
{
    private readonly string _temp = Path.Combine(Path.GetTempPath(), "bantin-new-site-" + Guid.NewGuid().ToString("N"));

    public NewSiteTests() => Directory.CreateDirectory(_temp);

    public void Dispose() => Directory.Delete(_temp, true);

    private static (int Code, string Out, string Err) Cli(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = BantinCli.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    private static BuildResult Build(string site, string output, bool checkOnly = false, DateTimeOffset? time = null) =>
        new SiteBuilder().Build(new BuildOptions(site, checkOnly ? null : output, BuildTime: time, CheckOnly: checkOnly));

    private static void AssertClean(BuildResult result) =>
        Assert.True(result.Succeeded && result.Diagnostics.Count == 0, string.Join("\n", result.Diagnostics));

    [Theory]
    [InlineData("vi", "Kiểm tra xong: 0 lỗi, 0 cảnh báo.")]
    [InlineData("en", "Check finished: 0 error(s), 0 warning(s).")]
    public void A_new_site_builds_and_checks_with_no_diagnostics(string language, string checkSummary)
    {
        var site = Path.Combine(_temp, "thu-nghiem");
        var (code, stdout, stderr) = Cli("new", "site", site, "--title", "Liên đoàn Lao động tỉnh Cao Bằng", "--base-url", "https://ldld.example.vn/bantin", "--language", language);
        Assert.True(code == 0, stderr);
        Assert.Contains("bantin serve", stdout);

        AssertClean(Build(site, Path.Combine(_temp, "out"), checkOnly: true));
        AssertClean(Build(site, Path.Combine(_temp, "out")));
        // The same through the command line, as an editor runs it.
        var check = Cli("check", "--site", site);
        Assert.True(check.Code == 0, check.Out + check.Err);
        Assert.Contains(checkSummary, check.Out);
        var build = Cli("build", "--site", site);
        Assert.True(build.Code == 0, build.Out + build.Err);

        var home = File.ReadAllText(Path.Combine(site, "public", "index.html"));
        Assert.Contains("Liên đoàn Lao động tỉnh Cao Bằng", home);
        Assert.Contains("href=\"/bantin/don-vi/cao-bang/", home);
        Assert.Contains(language == "en" ? "href=\"/bantin/about/\"" : "href=\"/bantin/gioi-thieu/\"", home);
        Assert.Contains($"<html lang=\"{language}\"", home);
    }

    [Fact]
    public void The_site_has_every_part_an_editor_needs_and_no_placeholder_is_left()
    {
        var site = Path.Combine(_temp, "site");
        Assert.Equal(0, NewSite.Run(site, "Liên đoàn Lao động tỉnh Cao Bằng", null, "vi", new StringWriter(), new StringWriter(), At(2025, 6, 4, 9, 15)));
        Assert.Equal(
        [
            ".github/workflows/bantin.yml", ".gitignore", ".gitlab-ci.yml", "README.md",
            "content/2025/06/ket-qua-thang-5-2025.md", "content/pages/gioi-thieu.md",
            "data/indicators.yaml", "data/results/cao-bang/2025-05.yaml", "data/targets/cao-bang/2025.yaml", "data/units.yaml",
            "site.yaml",
        ], Files(site).Keys.Order(StringComparer.Ordinal));
        foreach (var (path, text) in Files(site))
            Assert.False(Placeholder().IsMatch(text), $"{path} keeps a placeholder: {Placeholder().Match(text).Value}");

        var article = File.ReadAllText(Path.Combine(site, "content/2025/06/ket-qua-thang-5-2025.md"));
        Assert.Contains("date: 2025-06-04 09:15\n", article);
        Assert.Contains("period: 2025-05\n", article);
        foreach (var call in new[] { "{{ value ", "{{ percent ", "{{ table [" }) Assert.Contains(call, article);
        var indicators = File.ReadAllText(Path.Combine(site, "data/indicators.yaml"));
        foreach (var kind in new[] { "flow", "stock", "ratio", "rate" }) Assert.Contains($"  kind: {kind}\n", indicators);
        Assert.Contains("  measure: triệu đồng\n", indicators);
        Assert.Equal("public/\n.bantin-*\n", string.Join("\n", File.ReadAllLines(Path.Combine(site, ".gitignore")).Where(l => !l.StartsWith('#'))) + "\n");

        // Both CI files are valid YAML, install the tool, check, then build.
        foreach (var ci in new[] { ".github/workflows/bantin.yml", ".gitlab-ci.yml" })
        {
            var text = File.ReadAllText(Path.Combine(site, ci));
            new YamlStream().Load(new StringReader(text));
            var install = text.IndexOf("dotnet tool install --global Bantin", StringComparison.Ordinal);
            var check = text.IndexOf("bantin check", install + 1, StringComparison.Ordinal);
            var build = text.IndexOf("bantin build", check + 1, StringComparison.Ordinal);
            Assert.True(install >= 0 && check > install && build > check, ci);
        }
    }

    [Theory]
    [InlineData(2025, 1, 1, 0, 5)]      // just after midnight on New Year's Day: last month is December of last year
    [InlineData(2024, 3, 31, 23, 59)]   // the last minute of a month
    [InlineData(2028, 2, 29, 12, 0)]    // a leap day
    public void A_new_site_made_on_any_day_builds_clean(int year, int month, int day, int hour, int minute)
    {
        var now = At(year, month, day, hour, minute);
        foreach (var language in new[] { "vi", "en" })
        {
            var site = Path.Combine(_temp, language);
            Assert.Equal(0, NewSite.Run(site, null, null, language, new StringWriter(), new StringWriter(), now));
            AssertClean(Build(site, Path.Combine(_temp, language + "-out"), time: now.AddMinutes(1)));
            AssertClean(Build(site, "", checkOnly: true, time: now.AddMinutes(1)));
        }
    }

    [Theory]
    [InlineData(null, "vi", "tinh", "Liên đoàn Lao động tỉnh")]
    [InlineData(null, "en", "province", "Provincial Federation of Labour")]
    [InlineData("LĐLĐ thành phố Hà Nội", "vi", "ha-noi", "LĐLĐ thành phố Hà Nội")]
    [InlineData("Liên đoàn Lao động TP. Hồ Chí Minh", "vi", "ho-chi-minh", "Liên đoàn Lao động TP. Hồ Chí Minh")]
    [InlineData("Công đoàn: \"Ngành\" #1 \\ thử", "vi", "cong-doan-nganh-1-thu", "Công đoàn: &quot;Ngành&quot; #1 \\ thử")]
    [InlineData("Liên đoàn Lao động tỉnh", "vi", "tinh", "Liên đoàn Lao động tỉnh")]
    public void The_organisation_names_the_site_and_its_unit(string? title, string language, string unit, string shown)
    {
        var site = Path.Combine(_temp, "site");
        Assert.Equal(0, NewSite.Run(site, title, null, language, new StringWriter(), new StringWriter(), At(2025, 6, 4, 9, 15)));
        Assert.True(File.Exists(Path.Combine(site, "data/results", unit, "2025-05.yaml")));
        AssertClean(Build(site, Path.Combine(_temp, "out"), time: At(2025, 6, 5, 0, 0)));
        Assert.Contains($"<a class=\"site-title\" href=\"/\">{shown}</a>", File.ReadAllText(Path.Combine(_temp, "out", "index.html")));
    }

    [Fact]
    public void A_folder_holding_only_git_is_used()
    {
        var site = Path.Combine(_temp, "repo");
        Directory.CreateDirectory(Path.Combine(site, ".git"));
        File.WriteAllText(Path.Combine(site, ".git", "HEAD"), "ref: refs/heads/main\n");
        Assert.Equal(0, NewSite.Run(site, null, null, "vi", new StringWriter(), new StringWriter(), At(2025, 6, 4, 9, 15)));
        Assert.Equal("ref: refs/heads/main\n", File.ReadAllText(Path.Combine(site, ".git", "HEAD")));
        Assert.True(File.Exists(Path.Combine(site, "site.yaml")));
    }

    public static TheoryData<string, string[], string> Refusals => new()
    {
        // A folder with anything in it: a file, even one a new site would not write, or a folder.
        { "-- site/ghi-chu.txt --\ncủa tôi\n", ["site"], "Thư mục" },
        { "-- site/site.yaml --\ntitle: Của tôi\n", ["site"], "site.yaml" },
        { "-- site/content/bai.md --\nbài của tôi\n", ["site"], "content" },
        // A file where the folder should be.
        { "-- site --\nmột tệp\n", ["site"], "là một tệp" },
        // Bad options: nothing is created, even in a new folder.
        { "", ["site", "--language", "fr"], "--language \"fr\"" },
        { "", ["site", "--base-url", "example.org/bantin"], "--base-url \"example.org/bantin\"" },
        { "", ["site", "--base-url", "ftp://example.org/"], "--base-url \"ftp://example.org/\"" },
        { "", ["site", "--title", " "], "--title" },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public void A_folder_that_is_not_new_or_empty_or_a_bad_option_is_refused_and_nothing_changes(string files, string[] args, string message)
    {
        foreach (var (path, text) in TestSite.Parse(files))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(_temp, path))!);
            File.WriteAllText(Path.Combine(_temp, path), text);
        }
        var before = Snapshot(_temp);

        var (code, stdout, stderr) = Cli(["new", "site", .. args.Select((a, i) => i == 0 ? Path.Combine(_temp, a) : a)]);

        Assert.Equal(BantinCli.BadUsage, code);
        Assert.Equal("", stdout);
        Assert.Contains(message, stderr);
        Assert.Contains("→", stderr);
        Assert.DoesNotContain("   at ", stderr);
        Assert.Equal(before, Snapshot(_temp));
    }

    [Fact]
    public void The_refusal_is_in_english_for_an_english_site()
    {
        File.WriteAllText(Path.Combine(_temp, "notes.txt"), "mine\n");
        var (code, _, stderr) = Cli("new", "site", _temp, "--language", "en");
        Assert.Equal(BantinCli.BadUsage, code);
        Assert.Contains("is not empty (notes.txt); nothing was written.", stderr);
    }

    [Fact]
    public void A_write_that_fails_half_way_removes_what_it_created_and_nothing_else()
    {
        var parent = Path.Combine(_temp, "parent");
        Directory.CreateDirectory(parent);
        File.WriteAllText(Path.Combine(parent, "cua-toi.txt"), "giữ nguyên\n");
        var site = Path.Combine(parent, "moi", "site");
        // The second file would go under the first, which is a file: the write fails there.
        var (written, error) = SiteScaffold.Write(site, [("data/a.yaml", "a\n"), ("data/a.yaml/b.yaml", "b\n")], new Messages(Language.Vi));
        Assert.Empty(written);
        Assert.NotNull(error);
        Assert.Contains("data/a.yaml/b.yaml", error.Value.What);
        Assert.Equal(["cua-toi.txt"], Directory.EnumerateFileSystemEntries(parent).Select(Path.GetFileName));
    }

    private static DateTimeOffset At(int year, int month, int day, int hour, int minute) =>
        new(year, month, day, hour, minute, 0, TimeSpan.FromHours(7));

    private static Dictionary<string, string> Files(string folder) =>
        ExampleSiteGoldenTests.Files(folder).ToDictionary(f => f.Key, f => System.Text.Encoding.UTF8.GetString(f.Value));

    /// <summary>Every file and folder under a folder, with the files' bytes: "byte-identical" made comparable.</summary>
    private static string Snapshot(string folder) => string.Join("\n",
        Directory.EnumerateFileSystemEntries(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .Select(p => Path.GetRelativePath(folder, p) + (File.Exists(p) ? "\t" + Convert.ToHexString(File.ReadAllBytes(p)) : "/")));

    [GeneratedRegex(@"__[A-Z_]+__")]
    private static partial Regex Placeholder();
}
