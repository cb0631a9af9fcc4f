using Bantin.Tests.Support;

namespace Bantin.Tests.Preview;

/// <summary>
/// One preview server shared by the path-traversal cases. The build folder lies inside the site folder, so a request
/// that climbed out of it would reach site.yaml, which carries a marker no served page contains.
/// </summary>
public sealed class TraversalFixture : IAsyncLifetime
{
    public const string Marker = "BIMAT-site-yaml-9f3c";

    public TestSite Site { get; } = TestSite.From($"""
        -- site.yaml --
        title: Công đoàn thử
        base_url: https://example.org/congdoan/
        # {Marker}
        -- content/a.md --
        ---
        title: Bài
        date: 2020-01-01
        ---
        x
        """);

    public LivePreview Preview { get; private set; } = null!;

    public async Task InitializeAsync() => Preview = await LivePreview.StartAsync(Site);

    public async Task DisposeAsync()
    {
        await Preview.DisposeAsync();
        Site.Dispose();
    }
}
