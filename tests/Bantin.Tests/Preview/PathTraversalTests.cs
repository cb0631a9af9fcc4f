using System.Net;
using Bantin.Tests.Support;

namespace Bantin.Tests.Preview;

/// <summary>No request reaches a file outside the served build: not by dot segments, encodings, backslashes, absolute paths or links.</summary>
public sealed class PathTraversalTests(TraversalFixture fixture) : IClassFixture<TraversalFixture>
{
    private LivePreview Preview => fixture.Preview;

    public static TheoryData<string> Attempts() => new(Targets());

    /// <summary>The same attempts as a browser would send them; "//host/..." is left out, as a client reads it as another host.</summary>
    public static TheoryData<string> ClientAttempts() => new(Targets().Where(t => !t.StartsWith("//", StringComparison.Ordinal)));

    private static IEnumerable<string> Targets()
    {
        var data = new List<string>
        {
            "/congdoan/../site.yaml",
            "/congdoan/%2e%2e/site.yaml",
            "/congdoan/..%2fsite.yaml",
            "/congdoan/%2e%2e%5csite.yaml",
            "/congdoan/%2E%2E/site.yaml",
            "/congdoan/.%2e/site.yaml",
            "/congdoan/..%5csite.yaml",
            "/congdoan/..\\site.yaml",
            "/congdoan/%252e%252e/site.yaml",
            "/congdoan//etc/passwd",
            "/congdoan/%2fetc%2fpasswd",
            "/congdoan/%5cetc%5cpasswd",
            "//etc/passwd",
            "/congdoan/C:/Windows/win.ini",
            "/congdoan/feed.xml%00.html",
            "/congdoan/%00/../../../site.yaml",
        };
        // The build folder is <site>/.bantin-preview/<session>/build-N/: site.yaml is three levels up.
        foreach (var up in new[] { "../", "%2e%2e/", "..%2f", "%2e%2e%2f", "..%5c", "%2e%2e%5c", "..\\" })
            for (var depth = 2; depth <= 5; depth++)
                data.Add("/congdoan/" + string.Concat(Enumerable.Repeat(up, depth)) + "site.yaml");
        return data;
    }

    [Theory]
    [MemberData(nameof(Attempts))]
    public async Task A_raw_request_never_returns_a_file_outside_the_build(string target)
    {
        var (status, text) = await Preview.RawGetAsync(target);

        Assert.DoesNotContain(TraversalFixture.Marker, text);
        Assert.DoesNotContain("root:", text);
        Assert.True(status is 400 or 404, $"{target}: {status}");
    }

    [Theory]
    [MemberData(nameof(ClientAttempts))]
    public async Task An_http_client_request_never_returns_a_file_outside_the_build(string target)
    {
        using var response = await Preview.Http.GetAsync(new Uri(Preview.Server.Address, target));
        var body = await response.Content.ReadAsStringAsync();

        Assert.DoesNotContain(TraversalFixture.Marker, body);
        Assert.DoesNotContain("root:", body);
        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task An_absolute_form_request_target_is_held_to_the_same_rules()
    {
        var port = Preview.Server.Address.Port;
        var (status, text) = await Preview.RawGetAsync($"http://127.0.0.1:{port}/congdoan/%2e%2e/%2e%2e/%2e%2e/site.yaml");

        Assert.DoesNotContain(TraversalFixture.Marker, text);
        Assert.True(status is 400 or 404, $"{status}");
    }

    [Fact]
    public async Task A_link_inside_the_build_that_points_outside_it_is_not_followed()
    {
        var folder = Preview.Server.ServedFolder!;
        File.CreateSymbolicLink(Path.Combine(folder, "escape.yaml"), Path.Combine(fixture.Site.Root, "site.yaml"));
        Directory.CreateSymbolicLink(Path.Combine(folder, "escape-dir"), fixture.Site.Root);
        File.CreateSymbolicLink(Path.Combine(folder, "relative.yaml"), Path.Combine("..", "..", "..", "site.yaml"));
        File.CreateSymbolicLink(Path.Combine(folder, "inside.css"), Path.Combine(folder, "assets", "style.css"));

        foreach (var path in new[] { "/congdoan/escape.yaml", "/congdoan/escape-dir/site.yaml", "/congdoan/escape-dir/", "/congdoan/relative.yaml" })
        {
            using var response = await Preview.Http.GetAsync(path);
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{path}: {response.StatusCode}");
            Assert.DoesNotContain(TraversalFixture.Marker, await response.Content.ReadAsStringAsync());
        }
        // A link that stays inside the build is an ordinary file.
        using var inside = await Preview.Http.GetAsync("/congdoan/inside.css");
        Assert.Equal(HttpStatusCode.OK, inside.StatusCode);
    }

    [Fact]
    public async Task A_404_page_that_is_a_link_leading_out_of_the_build_is_not_served()
    {
        var notFound = Path.Combine(Preview.Server.ServedFolder!, "404.html");
        var themed = File.ReadAllBytes(notFound);
        File.Delete(notFound);
        File.CreateSymbolicLink(notFound, Path.Combine(fixture.Site.Root, "site.yaml"));
        try
        {
            using var response = await Preview.Http.GetAsync("/congdoan/khong-co-trang-nay/");
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.DoesNotContain(TraversalFixture.Marker, await response.Content.ReadAsStringAsync());
        }
        finally
        {
            File.Delete(notFound);
            File.WriteAllBytes(notFound, themed);
        }
    }
}
