using System.Security;
using System.Text;
using Bantin.Model;

namespace Bantin.Render;

/// <summary>
/// The web.config an IIS server needs to serve the site as nginx does: index.html as the default document (so /x/
/// opens /x/index.html), UTF-8 on every text type, the MIME types IIS does not know (.webmanifest, .woff2), the
/// site's own 404 page under its sub-path, and Bantin's manifests hidden. Written only when site.yaml asks
/// (<c>web_config: true</c>): on other servers it is a stray file, and it would replace a server's own web.config.
/// </summary>
public static class IisWebConfig
{
    public const string FileName = "web.config";

    // Each is removed first: IIS answers 500.19 to a mimeMap for an extension it already knows.
    private static readonly (string Extension, string Type)[] Types =
    [
        (".html", "text/html; charset=utf-8"),
        (".css", "text/css; charset=utf-8"),
        (".js", "text/javascript; charset=utf-8"),
        (".json", "application/json; charset=utf-8"),
        (".xml", "application/xml; charset=utf-8"),
        (".svg", "image/svg+xml; charset=utf-8"),
        (".webmanifest", "application/manifest+json; charset=utf-8"),
        (".woff2", "font/woff2"),
    ];

    public static string For(SiteConfig site)
    {
        var text = new StringBuilder();
        text.Append("""
            <?xml version="1.0" encoding="utf-8"?>
            <!-- Bantin: cấu hình cho máy chủ IIS, ghi lại mỗi lần dựng (web_config: true trong site.yaml). / IIS settings, rewritten by every build. -->
            <configuration>
              <system.webServer>
                <defaultDocument enabled="true">
                  <files>
                    <remove value="index.html" />
                    <add value="index.html" />
                  </files>
                </defaultDocument>
                <staticContent>

            """);
        foreach (var (extension, type) in Types)
            text.Append($"""
                      <remove fileExtension="{extension}" />
                      <mimeMap fileExtension="{extension}" mimeType="{type}" />

                """);
        text.Append($"""
                  <clientCache cacheControlMode="UseMaxAge" cacheControlMaxAge="00:00:00" />
                </staticContent>
                <httpErrors errorMode="Custom" existingResponse="Replace">
                  <remove statusCode="404" />
                  <error statusCode="404" path="{SecurityElement.Escape(site.BasePath)}404.html" responseMode="ExecuteURL" />
                </httpErrors>
                <security>
                  <requestFiltering>
                    <hiddenSegments>
                      <add segment=".bantin-files" />
                      <add segment=".bantin-deploy" />
                    </hiddenSegments>
                  </requestFiltering>
                </security>
              </system.webServer>
              <location path="assets">
                <system.webServer>
                  <staticContent>
                    <clientCache cacheControlMode="UseMaxAge" cacheControlMaxAge="01:00:00" />
                  </staticContent>
                </system.webServer>
              </location>
            </configuration>

            """);
        return text.ToString();
    }
}
