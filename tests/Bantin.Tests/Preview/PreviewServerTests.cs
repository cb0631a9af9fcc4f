using System.Net;
using System.Text.RegularExpressions;
using Bantin.Preview;
using Bantin.Tests.Support;

namespace Bantin.Tests.Preview;

/// <summary>The real preview server on 127.0.0.1, driven over HTTP while its site's files change.</summary>
public sealed class PreviewServerTests
{
    private const string ArticleUrl = "/congdoan/2019/04/ket-qua/";

    private static TestSite NewSite() => TestSite.From("""
        -- content/tin/ket-qua.md --
        ---
        title: Kết quả tháng 4
        date: 2019-04-27 14:23
        slug: ket-qua
        ---
        Phát triển mới được 72 đoàn viên.

        ![Lớp tập huấn](anh.svg)
        -- content/tin/anh.svg --
        <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 4 3"></svg>
        """);

    private static string Article(string title, string author = "Văn phòng") => $"""
        ---
        title: {title}
        date: 2019-04-27 14:23
        author: {author}
        slug: ket-qua
        ---
        Phát triển mới được 72 đoàn viên.

        ![Lớp tập huấn](anh.svg)
        """;

    private static string H1(string html) => LivePreview.Parse(html).QuerySelector("h1")?.TextContent ?? "";

    [Fact]
    public async Task Pages_are_served_under_the_sub_path_with_their_content_types()
    {
        using var site = NewSite();
        await using var preview = await LivePreview.StartAsync(site);

        Assert.Equal($"http://127.0.0.1:{preview.Server.Address.Port}/congdoan/", preview.Server.SiteUrl.ToString());
        var page = await preview.GetAsync(ArticleUrl);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("text/html; charset=utf-8", page.Type);
        Assert.Equal("Kết quả tháng 4", H1(page.Body));
        // Links behave as on the real host: the preview's own address, under the same sub-path.
        Assert.Contains($"<link rel=\"canonical\" href=\"http://127.0.0.1:{preview.Server.Address.Port}{ArticleUrl}\">", page.Body);

        Assert.Equal((HttpStatusCode.OK, "text/html; charset=utf-8"), StatusAndType(await preview.GetAsync("/congdoan/")));
        Assert.Equal((HttpStatusCode.OK, "text/css; charset=utf-8"), StatusAndType(await preview.GetAsync("/congdoan/assets/style.css")));
        Assert.Equal((HttpStatusCode.OK, "text/javascript; charset=utf-8"), StatusAndType(await preview.GetAsync("/congdoan/assets/site.js")));
        Assert.Equal((HttpStatusCode.OK, "application/xml; charset=utf-8"), StatusAndType(await preview.GetAsync("/congdoan/feed.xml")));
        Assert.Equal((HttpStatusCode.OK, "image/svg+xml"), StatusAndType(await preview.GetAsync(ArticleUrl + "anh.svg")));
        Assert.Contains("Đã dựng", preview.Console);
    }

    private static (HttpStatusCode, string?) StatusAndType((HttpStatusCode Status, string? Type, string Body) response) => (response.Status, response.Type);

    [Theory]
    [InlineData(true, HttpStatusCode.OK)]
    [InlineData(false, HttpStatusCode.NotFound)]
    public async Task Drafts_are_shown_unless_asked_not_to(bool drafts, HttpStatusCode expected)
    {
        using var site = NewSite();
        site.Write("content/tin/nhap.md", Md.Article("Bản nháp", "2019-05-01", extra: "draft: true\nslug: nhap\n"));
        await using var preview = await LivePreview.StartAsync(site, drafts);

        Assert.Equal(expected, (await preview.GetAsync("/congdoan/2019/05/nhap/")).Status);
    }

    [Fact]
    public async Task Missing_paths_and_paths_outside_the_sub_path_get_the_sites_404_page_with_status_404()
    {
        using var site = NewSite();
        await using var preview = await LivePreview.StartAsync(site);

        foreach (var path in new[] { "/congdoan/khong-co/", "/congdoan/2019/04/ket-qua/khong-co.png", "/", "/khac/", "/congdoanx/", "/__bantin/khac" })
        {
            var response = await preview.GetAsync(path);
            Assert.True(response.Status == HttpStatusCode.NotFound, $"{path}: {response.Status}");
            Assert.Equal("text/html; charset=utf-8", response.Type);
            Assert.Equal("Không tìm thấy trang", H1(response.Body));
        }
    }

    [Fact]
    public async Task A_folder_without_its_trailing_slash_redirects_to_it()
    {
        using var site = NewSite();
        await using var preview = await LivePreview.StartAsync(site);

        using var article = await preview.Http.GetAsync("/congdoan/2019/04/ket-qua?a=1");
        Assert.Equal(HttpStatusCode.MovedPermanently, article.StatusCode);
        Assert.Equal("/congdoan/2019/04/ket-qua/?a=1", article.Headers.Location!.OriginalString);

        using var home = await preview.Http.GetAsync("/congdoan");
        Assert.Equal(HttpStatusCode.MovedPermanently, home.StatusCode);
        Assert.Equal("/congdoan/", home.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Only_get_and_head_are_answered()
    {
        using var site = NewSite();
        await using var preview = await LivePreview.StartAsync(site);

        using var post = await preview.Http.PostAsync(ArticleUrl, new StringContent("x"));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, post.StatusCode);
        using var head = await preview.Http.SendAsync(new HttpRequestMessage(HttpMethod.Head, ArticleUrl));
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.True(head.Content.Headers.ContentLength > 0);
    }

    [Fact]
    public async Task The_live_reload_script_is_in_served_pages_but_never_in_the_built_files()
    {
        using var site = NewSite();
        await using var preview = await LivePreview.StartAsync(site);

        var served = (await preview.GetAsync(ArticleUrl)).Body;
        Assert.Contains("<script data-bantin-preview>", served);
        Assert.Contains(LiveReload.EventsPath, served);
        Assert.True(served.IndexOf("data-bantin-preview", StringComparison.Ordinal) < served.LastIndexOf("</body>", StringComparison.Ordinal));
        Assert.DoesNotContain("data-bantin-preview", (await preview.GetAsync("/congdoan/assets/site.js")).Body);

        var folder = preview.Server.ServedFolder!;
        var onDisk = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).ToList();
        Assert.Contains(onDisk, f => f.EndsWith(Path.Combine("ket-qua", "index.html")));
        Assert.All(onDisk, f => Assert.DoesNotContain(LiveReload.EventsPath, File.ReadAllText(f)));
        Assert.Equal(File.ReadAllText(Path.Combine(folder, "2019", "04", "ket-qua", "index.html")), WithoutPreviewScript(served));
    }

    /// <summary>The served page minus what the preview adds: exactly the built file.</summary>
    private static string WithoutPreviewScript(string served)
    {
        var start = served.IndexOf("<script data-bantin-preview>", StringComparison.Ordinal);
        var end = served.IndexOf("</script>\n", start, StringComparison.Ordinal) + "</script>\n".Length;
        return served.Remove(start, end - start);
    }

    [Fact]
    public async Task Editing_an_article_rebuilds_the_site_and_the_page_shows_the_new_title()
    {
        using var site = NewSite();
        await using var preview = await LivePreview.StartAsync(site);
        Assert.Equal("Kết quả tháng 4", H1((await preview.GetAsync(ArticleUrl)).Body));

        site.Write("content/tin/ket-qua.md", Article("Kết quả tháng 5"));

        await preview.PollAsync(ArticleUrl, html => H1(html) == "Kết quả tháng 5", "the new title");
        const string line = @"content/tin/ket-qua\.md thay đổi → đã dựng lại \d+ trang, ghi [1-9]\d* tệp, trong \d+ ms\.";
        Assert.Matches(line, await preview.ConsoleAsync(c => Regex.IsMatch(c, line)));
    }

    [Fact]
    public async Task After_saves_in_a_row_each_page_is_served_and_the_search_index_ends_with_the_last_save()
    {
        using var site = NewSite();
        await using var preview = await LivePreview.StartAsync(site);
        const string docs = "/congdoan/tim-kiem/docs/0.json";
        Assert.Contains("Kết quả tháng 4", (await preview.GetAsync(docs)).Body);

        // Each save lands while the search index of the one before may still be being written: it is cancelled,
        // and written again after the last save.
        foreach (var title in new[] { "Kết quả tháng 5", "Kết quả tháng 6", "Kết quả tháng 7" })
        {
            site.Write("content/tin/ket-qua.md", Article(title));
            await preview.PollAsync(ArticleUrl, html => H1(html) == title, title);
        }
        await preview.PollAsync(docs, json => json.Contains("Kết quả tháng 7") && !json.Contains("Kết quả tháng 6"), "the last title in the search index");
    }

    [Fact]
    public async Task A_rebuild_writes_only_the_files_an_edit_changed_in_the_same_served_folder()
    {
        using var site = NewSite();
        site.Write("content/tin/khac.md", "---\ntitle: Tin khác hẳn\ndate: 2018-01-05 08:00\nslug: khac\n---\nMột tin cũ.\n");
        await using var preview = await LivePreview.StartAsync(site);
        var folder = preview.Server.ServedFolder!;
        var untouched = Path.Combine(folder, "2018/01/khac/index.html");
        var image = Path.Combine(folder, "2019/04/ket-qua/anh.svg");
        var (pageWritten, imageWritten) = (File.GetLastWriteTimeUtc(untouched), File.GetLastWriteTimeUtc(image));

        site.Write("content/tin/ket-qua.md", Article("Kết quả tháng 4", author: "Ban Tuyên giáo"));
        await preview.PollAsync(ArticleUrl, html => html.Contains("Ban Tuyên giáo"), "the new author");

        Assert.Equal(folder, preview.Server.ServedFolder);
        Assert.Equal(pageWritten, File.GetLastWriteTimeUtc(untouched));
        Assert.Equal(imageWritten, File.GetLastWriteTimeUtc(image));
        const string line = @"thay đổi → đã dựng lại \d+ trang, ghi [1-3] tệp, trong \d+ ms\.";
        Assert.Matches(line, await preview.ConsoleAsync(c => Regex.IsMatch(c, line)));
    }

    [Fact]
    public async Task Broken_front_matter_overlays_every_page_with_the_error_while_the_last_good_build_is_served_and_fixing_clears_it()
    {
        using var site = NewSite();
        await using var preview = await LivePreview.StartAsync(site);

        site.Write("content/tin/ket-qua.md", Article("Tiêu đề hỏng", author: "\"Văn phòng"));

        var broken = await preview.PollAsync(ArticleUrl, html => html.Contains(ErrorOverlay.ElementId), "the error overlay");
        Assert.Equal("Kết quả tháng 4", H1(broken)); // still the last good build
        var overlay = LivePreview.Parse(broken).GetElementById(ErrorOverlay.ElementId)!;
        var place = Regex.Match(overlay.TextContent, @"content/tin/ket-qua\.md:(\d+):(\d+)");
        Assert.True(place.Success, overlay.TextContent);
        Assert.Contains("lỗi", overlay.QuerySelector("strong")!.TextContent);
        Assert.Contains("Dấu ngoặc kép mở ở đây không được đóng.", overlay.TextContent);
        Assert.Contains("Có phải bạn quên đóng dấu ngoặc kép?", overlay.TextContent);
        var excerpt = overlay.QuerySelector("pre")!.TextContent;
        Assert.Contains("| author: \"Văn phòng", excerpt);
        Assert.Contains("^", excerpt);
        Assert.Contains("bản dựng tốt gần nhất", overlay.TextContent);
        // Every HTML page carries it, and the console says the same.
        Assert.Contains(ErrorOverlay.ElementId, (await preview.GetAsync("/congdoan/")).Body);
        Assert.Contains(ErrorOverlay.ElementId, (await preview.GetAsync("/congdoan/khong-co/")).Body);
        var console = await preview.ConsoleAsync(c => c.Contains("| author: \"Văn phòng"));
        Assert.Contains(place.Value, console);
        Assert.Contains("| author: \"Văn phòng", console);

        site.Write("content/tin/ket-qua.md", Article("Đã sửa xong"));

        // The rebuild writes the fixed page into the served folder a moment before the server drops the overlay,
        // so wait for both; a cleared overlay that never comes fails the poll.
        var fixedPage = await preview.PollAsync(ArticleUrl,
            html => H1(html) == "Đã sửa xong" && !html.Contains(ErrorOverlay.ElementId), "the fixed page without the overlay");
        Assert.DoesNotContain(ErrorOverlay.ElementId, fixedPage);
        Assert.DoesNotContain(ErrorOverlay.ElementId, (await preview.GetAsync("/congdoan/")).Body);
    }

    [Fact]
    public async Task A_failed_first_build_serves_a_page_with_only_the_overlay_in_the_site_language()
    {
        using var site = TestSite.From("""
            -- site.yaml --
            title: Union news
            base_url: https://example.org/union/
            language: en
            -- content/a.md --
            ---
            title: <b>No date</b>
            ---
            Text.
            """);
        await using var preview = await LivePreview.StartAsync(site);

        var response = await preview.GetAsync("/union/");
        Assert.Equal(HttpStatusCode.InternalServerError, response.Status);
        Assert.Equal("text/html; charset=utf-8", response.Type);
        var page = LivePreview.Parse(response.Body);
        var overlay = page.GetElementById(ErrorOverlay.ElementId)!;
        Assert.Contains("content/a.md:1:1", overlay.TextContent);
        Assert.Contains("error", overlay.QuerySelector("strong")!.TextContent);
        Assert.Contains("The article has no date.", overlay.TextContent);
        Assert.Contains("| title: <b>No date</b>", overlay.QuerySelector("pre")!.TextContent); // escaped, shown as text
        Assert.Null(page.QuerySelector("pre b"));
        Assert.Contains(LiveReload.EventsPath, response.Body);
        Assert.Contains("could not be built", preview.Console);

        site.Write("content/a.md", Md.Article("Dated now", "2020-01-01"));

        var home = await preview.PollAsync("/union/", html => !html.Contains(ErrorOverlay.ElementId), "the site after the fix");
        Assert.Contains("Dated now", home);
    }

    [Fact]
    public async Task A_good_build_with_warnings_prints_them_with_their_lines_and_shows_no_overlay()
    {
        using var site = NewSite();
        await using var preview = await LivePreview.StartAsync(site);

        site.Write("content/tin/ket-qua.md", Article("Có cảnh báo").Replace("slug: ket-qua", "slug: ket-qua\nautor: Ai đó"));

        var page = await preview.PollAsync(ArticleUrl, html => H1(html) == "Có cảnh báo", "the new title");
        Assert.DoesNotContain(ErrorOverlay.ElementId, page);
        var console = await preview.ConsoleAsync(c => c.Contains("> 6 | autor: Ai đó"));
        Assert.Contains("content/tin/ket-qua.md:6:1: warning: Khóa không dùng đến: 'autor'.", console);
        Assert.Contains("> 6 | autor: Ai đó", console);
    }

    [Fact]
    public async Task Changing_the_sub_path_of_base_url_moves_the_preview_there()
    {
        using var site = NewSite();
        await using var preview = await LivePreview.StartAsync(site);

        site.Write("site.yaml", TestSite.DefaultSiteYaml.Replace("/congdoan/", "/ban-tin/"));

        await preview.PollAsync("/ban-tin/2019/04/ket-qua/", html => H1(html) == "Kết quả tháng 4", "the page at the new sub-path");
        Assert.Equal(HttpStatusCode.NotFound, (await preview.GetAsync(ArticleUrl)).Status);
        Assert.EndsWith("/ban-tin/", preview.Server.SiteUrl.ToString());
        Assert.Contains($"Xem trước tại {preview.Server.SiteUrl}", preview.Console);
    }

    [Fact]
    public async Task Settings_files_in_the_site_folder_cannot_add_addresses_to_the_server()
    {
        using var free = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        free.Start();
        var port = ((IPEndPoint)free.LocalEndpoint).Port;
        free.Stop();
        using var site = NewSite();
        site.Write("appsettings.json", $$"""{ "Kestrel": { "Endpoints": { "Extra": { "Url": "http://127.0.0.1:{{port}}" } } } }""");
        await using var preview = await LivePreview.StartAsync(site);

        Assert.NotEqual(port, preview.Server.Address.Port);
        using var probe = new System.Net.Sockets.TcpClient();
        await Assert.ThrowsAnyAsync<System.Net.Sockets.SocketException>(() => probe.ConnectAsync(IPAddress.Loopback, port));
    }

    [Fact]
    public async Task The_event_stream_announces_each_finished_build()
    {
        using var site = NewSite();
        await using var preview = await LivePreview.StartAsync(site);
        using var timeout = new CancellationTokenSource(LivePreview.Patience);

        using var response = await preview.Http.GetAsync(LiveReload.EventsPath, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
        Assert.Equal("text/event-stream; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        using var events = new StreamReader(await response.Content.ReadAsStreamAsync(timeout.Token));
        var first = await NextBuild(events, timeout.Token);

        site.Write("content/tin/ket-qua.md", Article("Kết quả tháng 6"));

        var second = await NextBuild(events, timeout.Token);
        Assert.NotEqual(first, second);
        Assert.Equal("Kết quả tháng 6", H1((await preview.GetAsync(ArticleUrl)).Body)); // the build is served once announced
    }

    private static async Task<string> NextBuild(StreamReader events, CancellationToken token)
    {
        var sawEvent = false;
        while (await events.ReadLineAsync(token) is { } line)
        {
            if (line == "event: build") sawEvent = true;
            else if (sawEvent && line.StartsWith("data: ", StringComparison.Ordinal)) return line["data: ".Length..];
        }
        throw new InvalidOperationException("the event stream ended");
    }
}
