using System.Diagnostics;
using System.Text;
using System.Xml.Linq;
using AngleSharp.Html.Parser;
using Bantin.Tests.Support;

namespace Bantin.Tests.Fuzz;

/// <summary>
/// What must hold for any input: the build never throws; a failed build names at least one file in an error; a
/// successful build's pages parse as HTML and its feed and sitemap as XML. <c>check</c> (drafts included) is held to
/// the first two as well.
/// </summary>
public static class SiteProperty
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static FuzzFailure? Check(FuzzCase site) => Check(site, out _);

    /// <param name="built">Whether the build succeeded, so a run can say how many cases reached the HTML check.</param>
    public static FuzzFailure? Check(FuzzCase site, out bool built)
    {
        built = false;
        var root = Path.Combine(Path.GetTempPath(), "bantin-fuzz-" + Guid.NewGuid().ToString("N"));
        try
        {
            foreach (var file in site.Files)
            {
                var full = Path.Combine(root, file.Path);
                Directory.CreateDirectory(Path.GetDirectoryName(full)!);
                File.WriteAllText(full, file.Text, Utf8);
            }
            var output = Path.Combine(root, "public");
            var failure = Build(new BuildOptions(root, output, BuildTime: TestSite.BuildTime), output, site.RawHtml)
                ?? Build(new BuildOptions(root, IncludeDrafts: true, BuildTime: TestSite.BuildTime, CheckOnly: true), output: null, site.RawHtml);
            built = Directory.Exists(output);
            return failure;
        }
        finally
        {
            try { Directory.Delete(root, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }

    private static FuzzFailure? Build(BuildOptions options, string? output, bool rawHtml)
    {
        var what = options.CheckOnly ? "check" : "build";
        BuildResult result;
        try
        {
            result = new SiteBuilder().Build(options);
        }
        catch (Exception e)
        {
            return Crash(what, e);
        }
        if (!result.Succeeded)
            return result.Errors.Any(d => !string.IsNullOrEmpty(d.Span.File)) ? null
                : new FuzzFailure($"{what} failed without an error naming a file", string.Join("\n", result.Diagnostics));
        return output is null ? null : Parses(output, rawHtml);
    }

    /// <summary>The example site's pages parse without one HTML error, so any error in a generated site's page is
    /// Bantin's (text not escaped, a tag cut in two), unless the editor wrote raw HTML.</summary>
    private static FuzzFailure? Parses(string output, bool rawHtml)
    {
        foreach (var page in Directory.EnumerateFiles(output, "*.html", SearchOption.AllDirectories))
        {
            var parser = new HtmlParser();
            var errors = new List<string>();
            parser.Error += (_, e) => errors.Add(e is AngleSharp.Html.Dom.Events.HtmlErrorEvent h ? $"{h.Message} at {h.Position.Line}:{h.Position.Column}" : e.ToString()!);
            var document = parser.ParseDocument(File.ReadAllText(page));
            if (document.Body is null || document.Head is null)
                return new FuzzFailure("page without head or body", Path.GetRelativePath(output, page));
            if (!rawHtml && errors.Count > 0)
                return new FuzzFailure($"page does not parse: {errors[0].Split(" at ")[0]}", $"{Path.GetRelativePath(output, page)}: {string.Join("; ", errors.Take(5))}");
        }
        foreach (var xml in new[] { "feed.xml", "sitemap.xml" })
        {
            var path = Path.Combine(output, xml);
            if (!File.Exists(path)) continue;
            try
            {
                XDocument.Parse(File.ReadAllText(path));
            }
            catch (System.Xml.XmlException e)
            {
                return new FuzzFailure($"{xml} is not well-formed XML", e.Message);
            }
        }
        return null;
    }

    /// <summary>The exception's type and the innermost Bantin frame that threw: one signature per distinct crash.</summary>
    private static FuzzFailure Crash(string what, Exception e)
    {
        while (e is AggregateException { InnerExceptions.Count: > 0 } aggregate) e = aggregate.InnerExceptions[0];
        var frame = new StackTrace(e).GetFrames()
            .Select(f => f.GetMethod())
            .FirstOrDefault(m => m?.DeclaringType?.Namespace is { } ns && ns.StartsWith("Bantin") && !ns.StartsWith("Bantin.Tests"));
        var where = frame is null ? "?" : $"{frame.DeclaringType!.FullName}.{frame.Name}";
        return new FuzzFailure($"{what} threw {e.GetType().Name} in {where}", e.ToString());
    }
}
