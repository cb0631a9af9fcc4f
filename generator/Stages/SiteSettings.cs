using Bantin.Diagnostics;
using Bantin.Model;
using Bantin.Sources;

namespace Bantin.Stages;

/// <summary>site.yaml, with the command line's base URL and <c>--relative</c> over it.</summary>
public static class SiteSettings
{
    public static SiteConfig? Read(string root, BuildOptions options, DiagnosticBag bag)
    {
        var site = SiteConfigReader.Read(root, bag);
        if (site is null) return null;
        if (options.BaseUrl is not null) site = WithBaseUrl(site, options.BaseUrl, bag);
        else if (!site.HasBaseUrl) MissingBaseUrl(options, bag);
        return options.Relative ? site with { RelativeUrls = true } : site;
    }

    private static SiteConfig WithBaseUrl(SiteConfig site, string baseUrl, DiagnosticBag bag)
    {
        if (Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
            return site with { BaseUrl = uri.GetLeftPart(UriPartial.Path).TrimEnd('/') + "/" };
        bag.Error(SourceSpan.FileOnly("--base-url"), bag.Messages.BadBaseUrl(baseUrl));
        return site;
    }

    // The feed and the canonical links need the address the site is published at; a stand-in would be published
    // silently. A check publishes nothing, so it only warns. (The preview always passes its own address.)
    private static void MissingBaseUrl(BuildOptions options, DiagnosticBag bag)
    {
        var where = new SourceSpan(SiteConfigReader.FileName, 1, 1);
        if (options.CheckOnly) bag.Warning(where, bag.Messages.BaseUrlMissing());
        else bag.Error(where, bag.Messages.BaseUrlMissing());
    }
}
