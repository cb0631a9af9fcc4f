namespace Bantin.BrowserTests.Support;

/// <summary>All browser test classes share one build, one server and one chromium (two cores are shared).</summary>
[CollectionDefinition(Name)]
public sealed class SiteCollection : ICollectionFixture<SiteFixture>
{
    public const string Name = "example site in chromium";
}
