using Bantin.Diagnostics;
using Bantin.Formatting;
using Bantin.Model;
using Bantin.Sources;

namespace Bantin.Preview;

/// <summary>
/// The two things the preview needs from site.yaml before building: the sub-path of base_url (to serve under it and
/// to make the preview's base URL) and the language (for the server's own messages).
/// </summary>
/// <param name="BasePath">The path part of base_url, URL-encoded, starting and ending with '/'.</param>
public sealed record SiteBasics(string BasePath, Language Language)
{
    public static SiteBasics Default { get; } = new("/", Language.Vi);

    /// <summary>The base path with percent-escapes decoded, as ASP.NET Core gives request paths.</summary>
    public string DecodedBasePath => Uri.UnescapeDataString(BasePath);

    /// <summary>Reads site.yaml; when it cannot be read at all, keeps <paramref name="fallback"/> (the last known values).</summary>
    public static SiteBasics Read(string siteRoot, SiteBasics fallback)
    {
        // A throwaway bag: the build that follows reports site.yaml's problems with their positions.
        var bag = new DiagnosticBag(new Messages(fallback.Language));
        var site = SiteConfigReader.Read(siteRoot, bag);
        return site is null ? fallback : new SiteBasics(site.BasePath, site.Language);
    }
}
