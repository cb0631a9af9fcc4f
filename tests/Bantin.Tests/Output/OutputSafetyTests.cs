using System.Security.Cryptography;
using Bantin.Cli;
using Bantin.Output;
using Bantin.Tests.Support;

namespace Bantin.Tests.Output;

/// <summary>
/// Bantin replaces or deletes only what it wrote: every slip of <c>--output</c> that used to delete a site (or the
/// folders beside it) is refused with exit 2, and the user's files are byte for byte as they were.
/// </summary>
public sealed class OutputSafetyTests : IDisposable
{
    private readonly string _home = Path.Combine(Path.GetTempPath(), "bantin-safety-" + Guid.NewGuid().ToString("N"));

    public OutputSafetyTests()
    {
        // A folder holding the site and, beside it, another folder of the user's: --output .. must spare both.
        foreach (var (path, text) in TestSite.Parse(Site)) Write(Path.Combine("site", path), text);
        Write("site/notes.txt", "ghi chú của tôi");
        Write("ben-canh/bao-cao.docx", "không phải của Bantin");
    }

    private const string Site = """
        -- site.yaml --
        title: Công đoàn thử
        base_url: https://example.org/congdoan/
        -- content/2024/05/bai-mot.md --
        ---
        title: Bài một
        date: 2024-05-02
        ---
        Nội dung.
        -- content/2024/05/bai-hai.md --
        ---
        title: Bài hai
        date: 2024-05-03
        ---
        Nội dung hai.
        -- data/units.yaml --
        - id: ha-noi
          name: LĐLĐ Hà Nội
        -- templates/assets/rieng.css --
        body { color: black }
        """;

    private string SiteRoot => Path.Combine(_home, "site");

    public void Dispose()
    {
        if (Directory.Exists(_home)) Directory.Delete(_home, recursive: true);
    }

    public static TheoryData<string> Slips => new()
    {
        ".",            // the site itself: one slip of --output .
        "./.",
        "..",           // the folder that holds the site and its siblings
        "content",
        "content/2024",
        "data",
        "templates",
        "templates/assets",
    };

    [Theory]
    [MemberData(nameof(Slips))]
    public void An_output_that_would_replace_the_site_or_its_neighbours_is_refused_and_nothing_changes(string output)
    {
        var before = Snapshot(_home);
        var (code, _, err) = Cli("build", "--site", SiteRoot, "--output", Path.Combine(SiteRoot, output), "--build-time", "2025-01-01T00:00:00Z");
        Assert.Equal(BantinCli.BadUsage, code);
        Assert.Contains("Không dựng vào", err);
        Assert.Contains("→ Chọn một thư mục riêng cho kết quả", err);
        AssertSame(before, Snapshot(_home));
    }

    [Fact]
    public void A_folder_holding_files_Bantin_did_not_write_is_refused_with_their_names()
    {
        var before = Snapshot(_home);
        var (code, _, err) = Cli("build", "--site", SiteRoot, "--output", Path.Combine(_home, "ben-canh"));
        Assert.Equal(BantinCli.BadUsage, code);
        Assert.Contains("1 tệp không do Bantin ghi (bao-cao.docx)", err);
        Assert.Contains("keep:", err);
        AssertSame(before, Snapshot(_home));
    }

    [Theory]
    [InlineData("--output", "")]
    [InlineData("--site", "")]
    [InlineData("--output", "/")]
    public void An_empty_or_root_folder_is_bad_usage(string option, string value)
    {
        var before = Snapshot(_home);
        var args = option == "--site" ? new[] { "build", "--site", value } : ["build", "--site", SiteRoot, option, value];
        var (code, _, err) = Cli(args);
        Assert.Equal(BantinCli.BadUsage, code);
        Assert.DoesNotContain("   at ", err);
        AssertSame(before, Snapshot(_home));
    }

    [Fact]
    public void A_file_system_root_the_home_folder_and_a_file_are_refused()
    {
        Assert.Equal(OutputProblem.IsFileSystemRoot, OutputGuard.Check(SiteRoot, Path.GetPathRoot(SiteRoot)!, KeepRules.None).Problem);
        Assert.Equal(OutputProblem.IsHomeFolder, OutputGuard.Check(SiteRoot, Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), KeepRules.None).Problem);
        Assert.Equal(OutputProblem.IsAFile, OutputGuard.Check(SiteRoot, Path.Combine(SiteRoot, "notes.txt"), KeepRules.None).Problem);
    }

    [Fact]
    public void A_link_to_the_site_is_seen_through()
    {
        if (OperatingSystem.IsWindows()) return;
        var link = Path.Combine(_home, "loi-tat");
        File.CreateSymbolicLink(link, SiteRoot);
        Assert.Equal(OutputProblem.IsSiteFolder, OutputGuard.Check(SiteRoot, link, KeepRules.None).Problem);
    }

    [Fact]
    public void A_git_work_tree_keeps_its_git_folder_CNAME_and_well_known_files_across_builds()
    {
        var output = Path.Combine(SiteRoot, "public");
        Write("site/public/.git/HEAD", "ref: refs/heads/gh-pages\n");
        Write("site/public/.git/objects/ab/cdef", "blob");
        Write("site/public/CNAME", "congdoan.example.org\n");
        Write("site/public/.nojekyll", "");
        Write("site/public/.well-known/security.txt", "Contact: mailto:a@example.org\n");
        var kept = Snapshot(output);

        Assert.Equal(BantinCli.Ok, Build(output).Code);
        Assert.True(File.Exists(Path.Combine(output, "2024/05/bai-hai/index.html")));
        File.Delete(Path.Combine(SiteRoot, "content/2024/05/bai-hai.md"));
        Assert.Equal(BantinCli.Ok, Build(output).Code);

        Assert.False(Directory.Exists(Path.Combine(output, "2024/05/bai-hai")), "a page Bantin no longer makes is removed");
        Assert.True(File.Exists(Path.Combine(output, "2024/05/bai-mot/index.html")));
        var after = Snapshot(output);
        foreach (var (path, hash) in kept) Assert.Equal(hash, after[path]);
        AssertNoStagingBeside(output);
    }

    [Fact]
    public void Files_listed_under_keep_stay_even_inside_folders_Bantin_writes()
    {
        Write("site/site.yaml", "title: Công đoàn thử\nbase_url: https://example.org/congdoan/\nkeep: [2024/05/bang-gia.pdf, tai-lieu]\n");
        var output = Path.Combine(SiteRoot, "public");
        Assert.Equal(BantinCli.Ok, Build(output).Code);
        Write("site/public/2024/05/bang-gia.pdf", "%PDF-1.4");
        Write("site/public/tai-lieu/a.txt", "a");
        var kept = Snapshot(output).Where(f => f.Value != "" && (f.Key.StartsWith("tai-lieu/") || f.Key.EndsWith(".pdf"))).ToList();
        Assert.Equal(2, kept.Count);

        Assert.Equal(BantinCli.Ok, Build(output).Code);
        var after = Snapshot(output);
        foreach (var (path, hash) in kept) Assert.Equal(hash, after[path]);
        Assert.DoesNotContain("2024/05/bang-gia.pdf", File.ReadAllLines(Path.Combine(output, Manifest.FileName)));
    }

    [Fact]
    public void A_user_file_dropped_into_a_built_output_stops_the_next_build_instead_of_being_deleted()
    {
        var output = Path.Combine(SiteRoot, "public");
        Assert.Equal(BantinCli.Ok, Build(output).Code);
        Write("site/public/2024/ghi-chu.txt", "của tôi");
        var before = Snapshot(_home);
        var (code, _, err) = Build(output);
        Assert.Equal(BantinCli.BadUsage, code);
        Assert.Contains("2024/ghi-chu.txt", err);
        AssertSame(before, Snapshot(_home));
    }

    [Fact]
    public void An_output_of_an_older_Bantin_without_a_manifest_is_adopted_and_its_unknown_files_kept()
    {
        var output = Path.Combine(SiteRoot, "public");
        Assert.Equal(BantinCli.Ok, Build(output).Code);
        File.Delete(Path.Combine(output, Manifest.FileName));
        Write("site/public/2023/cu/index.html", "<p>trang cũ</p>");

        var (code, _, err) = Build(output);
        Assert.Equal(BantinCli.Ok, code);
        Assert.Contains("phiên bản Bantin cũ", err);
        Assert.Equal("<p>trang cũ</p>", File.ReadAllText(Path.Combine(output, "2023/cu/index.html")));
        Assert.True(File.Exists(Path.Combine(output, Manifest.FileName)));
    }

    [Fact]
    public void Staging_folders_of_killed_builds_are_removed_but_not_a_running_builds_or_a_users()
    {
        var output = Path.Combine(SiteRoot, "public");
        var dead = DeadProcessId();
        var killed = Path.Combine(SiteRoot, $".bantin-staging-{dead}-0123abcd");
        var killedOld = Path.Combine(SiteRoot, $".bantin-staging-public-{dead}-{Guid.NewGuid():N}");
        var running = Path.Combine(SiteRoot, $".bantin-staging-{Environment.ProcessId}-4567cdef");
        var users = Path.Combine(SiteRoot, $".bantin-staging-{dead}-89abcdef");
        foreach (var folder in new[] { killed, running })
        {
            Write(Path.Combine(folder, "index.html"), "x");
            Manifest.Write(folder, []);
        }
        Write(Path.Combine(killedOld, "index.html"), "x");
        Write(Path.Combine(users, "cua-toi.txt"), "không có danh sách của Bantin");

        Assert.Equal(BantinCli.Ok, Build(output).Code);
        Assert.False(Directory.Exists(killed));
        Assert.False(Directory.Exists(killedOld));
        Assert.True(Directory.Exists(running), "a build still running keeps its staging folder");
        Assert.True(File.Exists(Path.Combine(users, "cua-toi.txt")), "a folder without Bantin's manifest is not Bantin's");
    }

    [Fact]
    public void Preview_sessions_of_killed_previews_are_removed_but_not_a_running_ones_or_a_users()
    {
        var previews = Path.Combine(SiteRoot, ".bantin-preview");
        var dead = DeadProcessId();
        var killed = Path.Combine(previews, $"{dead}-0123abcd");
        var running = Path.Combine(previews, $"{Environment.ProcessId}-4567cdef");
        var users = Path.Combine(previews, $"{dead}-89abcdef");
        foreach (var folder in new[] { killed, running })
        {
            Write(Path.Combine(folder, "index.html"), "x");
            Manifest.Write(folder, ["index.html"]);
        }
        Write(Path.Combine(users, "cua-toi.txt"), "x");

        Assert.Equal(1, LeftoverStaging.CleanPreviews(previews));
        Assert.False(Directory.Exists(killed));
        Assert.True(Directory.Exists(running));
        Assert.True(Directory.Exists(users));
    }

    [Fact]
    public void An_output_that_cannot_be_written_is_an_error_on_the_output_not_a_crash()
    {
        // A file where a folder must go: as good as a read-only or full disk for the build, and testable as root.
        var output = Path.Combine(SiteRoot, "notes.txt", "public");
        var before = Snapshot(_home);
        var (code, _, err) = Build(output);
        Assert.Equal(BantinCli.ContentErrors, code);
        Assert.Contains("Không ghi được thư mục kết quả", err);
        Assert.DoesNotContain("   at ", err);
        AssertSame(before, Snapshot(_home));
    }

    [Fact]
    public void A_stopped_build_leaves_the_old_output_and_no_staging_folder()
    {
        var output = Path.Combine(SiteRoot, "public");
        Assert.Equal(BantinCli.Ok, Build(output).Code);
        var before = Snapshot(output);
        File.WriteAllText(Path.Combine(SiteRoot, "content/2024/05/bai-mot.md"), "---\ntitle: Đổi\ndate: 2024-05-02\n---\nKhác.");
        using var stop = new CancellationTokenSource();
        stop.Cancel();

        var result = new SiteBuilder().Build(new BuildOptions(SiteRoot, output, BuildTime: TestSite.BuildTime) { Cancel = stop.Token });
        Assert.True(result.Stopped);
        Assert.False(result.Succeeded);
        AssertSame(before, Snapshot(output));
        AssertNoStagingBeside(output);
    }

    private (int Code, string Out, string Err) Build(string output) =>
        Cli("build", "--site", SiteRoot, "--output", output, "--build-time", "2025-01-01T00:00:00Z");

    private static (int Code, string Out, string Err) Cli(params string[] args)
    {
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        var code = BantinCli.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    internal static void AssertNoStagingBeside(string output) =>
        Assert.Empty(Directory.EnumerateDirectories(Path.GetDirectoryName(output)!, ".bantin-*"));

    /// <summary>A process id no process has now: one that just ran and exited.</summary>
    internal static int DeadProcessId()
    {
        using var process = System.Diagnostics.Process.Start("true")!;
        process.WaitForExit();
        return process.Id;
    }

    private void Write(string relative, string text)
    {
        var full = Path.Combine(_home, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
    }

    /// <summary>Every file under <paramref name="folder"/> with a hash of its bytes, and every folder (hash "").</summary>
    internal static Dictionary<string, string> Snapshot(string folder) =>
        Directory.EnumerateFileSystemEntries(folder, "*", SearchOption.AllDirectories).ToDictionary(
            path => Path.GetRelativePath(folder, path).Replace('\\', '/'),
            path => File.Exists(path) ? Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path))) : "");

    internal static void AssertSame(Dictionary<string, string> before, Dictionary<string, string> after)
    {
        Assert.Equal(before.Keys.Order(StringComparer.Ordinal), after.Keys.Order(StringComparer.Ordinal));
        foreach (var (path, hash) in before) Assert.True(hash == after[path], $"{path} changed");
    }
}
