using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Bantin.Cli;

namespace Bantin.Tests.Support;

/// <summary>
/// A throwaway site written from one string of <c>-- path --</c> sections (as in Hugo's integration tests),
/// built in-process, with helpers to read the pages back.
/// </summary>
public sealed class TestSite : IDisposable
{
    public const string DefaultSiteYaml = """
        title: Công đoàn thử
        tagline: Vì đoàn viên
        base_url: https://example.org/congdoan/
        timezone: Asia/Ho_Chi_Minh
        page_size: 2
        """;

    public static readonly DateTimeOffset BuildTime = new(2025, 1, 1, 0, 0, 0, TimeSpan.FromHours(7));

    private TestSite(string root) => Root = root;

    public string Root { get; }
    public string Output => Path.Combine(Root, "public");

    public static TestSite From(string files)
    {
        var root = Path.Combine(Path.GetTempPath(), "bantin-test-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(root);
        var site = new TestSite(root);
        foreach (var (path, text) in Parse(files)) site.Write(path, text);
        if (!File.Exists(Path.Combine(root, "site.yaml"))) site.Write("site.yaml", DefaultSiteYaml);
        return site;
    }

    public void Write(string path, string text)
    {
        var full = Path.Combine(Root, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
    }

    public void Delete(string path) => File.Delete(Path.Combine(Root, path));

    public BuildResult Build(bool drafts = false, string? baseUrl = null, DateTimeOffset? time = null, string? output = null) =>
        new SiteBuilder().Build(new BuildOptions(Root, output ?? Output, drafts, baseUrl, time ?? BuildTime));

    public BuildResult BuildOk(bool drafts = false, string? baseUrl = null, DateTimeOffset? time = null)
    {
        var result = Build(drafts, baseUrl, time);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result;
    }

    public (int Code, string Out, string Err) Cli(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = BantinCli.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    public bool Exists(string outputPath) => File.Exists(Path.Combine(Output, outputPath));

    public string Text(string outputPath) => File.ReadAllText(Path.Combine(Output, outputPath));

    /// <summary>The page at a site URL such as "/2019/04/slug/" (without the base path).</summary>
    public IDocument Page(string url)
    {
        var path = url.Trim('/');
        var file = path.EndsWith(".html") ? path : Path.Combine(path, "index.html");
        Assert.True(Exists(file), $"no page at {url}");
        return new HtmlParser().ParseDocument(Text(file));
    }

    public static IEnumerable<(string Path, string Text)> Parse(string files)
    {
        string? path = null;
        var lines = new List<string>();
        foreach (var line in files.Replace("\r\n", "\n").Split('\n'))
        {
            if (line.StartsWith("-- ") && line.EndsWith(" --") && line.Length > 6)
            {
                if (path is not null) yield return (path, string.Join('\n', lines).TrimEnd('\n') + "\n");
                path = line[3..^3].Trim();
                lines.Clear();
            }
            else if (path is not null)
            {
                lines.Add(line);
            }
        }
        if (path is not null) yield return (path, string.Join('\n', lines).TrimEnd('\n') + "\n");
    }

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); } catch (IOException) { }
    }
}
