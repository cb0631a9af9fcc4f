namespace Bantin.Preview;

/// <summary>What a request path maps to in a build folder.</summary>
public abstract record Resolution
{
    private Resolution() { }

    /// <summary>A file inside the build folder, checked to stay there.</summary>
    public sealed record File(string FullPath) : Resolution;

    /// <summary>A folder asked for without its trailing slash: redirect so relative links in its index.html work.</summary>
    public sealed record Redirect(string Path) : Resolution;

    /// <summary>Nothing there, or a path that tries to leave the build folder: both get the site's 404 page.</summary>
    public sealed record NotFound : Resolution
    {
        public static NotFound Instance { get; } = new();
    }
}
