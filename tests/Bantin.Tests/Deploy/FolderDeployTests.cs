using Bantin.Deploy;
using Bantin.Tests.Support;

namespace Bantin.Tests.Deploy;

public sealed class FolderDeployTests : IDisposable
{
    private readonly string _target = DeploySite.TempFolder("usb");

    public void Dispose() => Directory.Delete(_target, recursive: true);

    private TestSite Site() => DeploySite.With($"""
        deploy:
          - name: usb
            folder: {_target}
        """);

    [Fact]
    public void First_deploy_copies_the_whole_site_and_keeps_the_users_files()
    {
        using var site = Site();
        File.WriteAllText(Path.Combine(_target, "ghi-chu.txt"), "của tôi");
        var (code, stdout, stderr) = site.Cli("deploy", "usb", "--site", site.Root);
        Assert.True(code == 0, stderr);
        DeploySite.AssertHolds(_target, site.Output);
        var expected = new SortedSet<string>(DeploySite.Files(site.Output).Keys, StringComparer.Ordinal) { "ghi-chu.txt" };
        Assert.Equal(expected, DeploySite.Listing(_target));
        Assert.Equal("của tôi", File.ReadAllText(Path.Combine(_target, "ghi-chu.txt")));
        Assert.Contains($"{DeploySite.Files(site.Output).Count} tệp mới", stdout);
    }

    [Fact]
    public void Second_deploy_after_editing_one_article_sends_only_the_files_that_changed()
    {
        using var site = Site();
        Assert.Equal(0, site.Cli("deploy", "--site", site.Root).Code);
        var before = DeploySite.Files(site.Output);
        DeploySite.EditArticle(site);
        site.BuildOk();
        var after = DeploySite.Files(site.Output);
        var differ = after.Where(f => !before.TryGetValue(f.Key, out var was) || was != f.Value).Select(f => f.Key).ToHashSet();

        var sent = new List<string>();
        var result = DeployRun.To(new FolderTarget("usb", default, _target), site.Output, dryRun: false, sent.Add);

        Assert.Equal(differ.Order(), sent.Order());
        Assert.Contains("2024/03/dai-hoi-cong-doan/index.html", sent);
        Assert.DoesNotContain("2024/04/an-toan-lao-dong/index.html", sent);
        Assert.True(sent.Count < after.Count / 2, $"{sent.Count} of {after.Count} sent");
        Assert.Equal(after.Count - sent.Count, result.Plan.Unchanged);
        DeploySite.AssertHolds(_target, site.Output);
    }

    [Fact]
    public void A_removed_article_is_deleted_last_and_only_files_the_last_deploy_wrote_are_deleted()
    {
        using var site = Site();
        Assert.Equal(0, site.Cli("deploy", "--site", site.Root).Code);
        var page = Path.Combine(_target, "2024", "04", "an-toan-lao-dong", "index.html");
        Assert.True(File.Exists(page));
        // The user's file beside the page, and one named like a page the site never wrote.
        File.WriteAllText(Path.Combine(_target, "2024", "04", "an-toan-lao-dong", "anh-goc.jpg"), "x");
        File.WriteAllText(Path.Combine(_target, "2024", "cu.html"), "x");

        site.Delete("content/an-toan.md");
        var (code, stdout, stderr) = site.Cli("deploy", "usb", "--site", site.Root);

        Assert.True(code == 0, stderr);
        Assert.False(File.Exists(page));
        Assert.True(File.Exists(Path.Combine(_target, "2024", "04", "an-toan-lao-dong", "anh-goc.jpg")));
        Assert.True(File.Exists(Path.Combine(_target, "2024", "cu.html")));
        Assert.Matches(@"[1-9]\d* tệp xóa", stdout);
        DeploySite.AssertHolds(_target, site.Output);
    }

    [Fact]
    public void Dry_run_lists_what_would_change_and_changes_nothing()
    {
        using var site = Site();
        Assert.Equal(0, site.Cli("deploy", "--site", site.Root).Code);
        var manifest = File.ReadAllText(Path.Combine(_target, DeployManifest.FileName));
        DeploySite.EditArticle(site);

        var (code, stdout, _) = site.Cli("deploy", "usb", "--dry-run", "--site", site.Root);

        Assert.Equal(0, code);
        Assert.Contains("~ 2024/03/dai-hoi-cong-doan/index.html", stdout);
        Assert.DoesNotContain("an-toan-lao-dong", stdout);
        Assert.Contains("--dry-run", stdout);
        Assert.Equal(manifest, File.ReadAllText(Path.Combine(_target, DeployManifest.FileName)));
        Assert.DoesNotContain("đã sửa", File.ReadAllText(Path.Combine(_target, "2024", "03", "dai-hoi-cong-doan", "index.html")));
    }

    [Fact]
    public void A_failed_build_deploys_nothing()
    {
        using var site = Site();
        site.Write("content/hong.md", "---\ntitle: Hỏng\ndate: 2024-13-45\n---\nx\n");
        var (code, _, stderr) = site.Cli("deploy", "usb", "--site", site.Root);
        Assert.Equal(1, code);
        Assert.Contains("Nothing deployed", stderr);
        Assert.Empty(Directory.EnumerateFileSystemEntries(_target));
    }

    [Theory]
    [InlineData("may-chu", "Không có nơi đăng 'may-chu'")]
    [InlineData(null, "Chọn một nơi đăng")]
    public void An_unknown_or_unnamed_target_is_a_usage_error_before_any_build(string? name, string message)
    {
        using var site = DeploySite.With($"""
            deploy:
              - name: usb
                folder: {_target}
              - name: usb2
                folder: {_target}2
            """);
        var (code, _, stderr) = name is null ? site.Cli("deploy", "--site", site.Root) : site.Cli("deploy", name, "--site", site.Root);
        Assert.Equal(2, code);
        Assert.Contains(message, stderr);
        Assert.Contains("usb, usb2", stderr);
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void A_deploy_that_breaks_off_leaves_every_live_file_whole_and_the_next_one_finishes()
    {
        using var site = Site();
        Assert.Equal(0, site.Cli("deploy", "--site", site.Root).Code);
        var old = DeploySite.Files(site.Output);
        site.Delete("content/an-toan.md");
        DeploySite.EditArticle(site);
        site.Write("content/moi.md", "---\ntitle: Bài mới\ndate: 2024-05-01\n---\nMới.\n");
        site.BuildOk();
        var next = DeploySite.Files(site.Output);

        var breaking = new BreaksAfter(new FolderFiles(_target), uploads: 3);
        Assert.Throws<IOException>(() => ChangeOnlyDeploy.Run(site.Output, breaking, dryRun: false));

        // Nothing the old site had is gone, and each file is the old or the new one, never a mix.
        foreach (var (path, hash) in old)
        {
            var there = Path.Combine(_target, path);
            Assert.True(File.Exists(there), $"{path} gone after a broken deploy");
            var now = DeployManifest.Hash(there);
            Assert.True(now == hash || (next.TryGetValue(path, out var fresh) && now == fresh), $"{path} is neither old nor new");
        }
        Assert.Empty(Directory.EnumerateFiles(_target, "*.bantin-partial", SearchOption.AllDirectories));

        var finish = ChangeOnlyDeploy.Run(site.Output, new FolderFiles(_target), dryRun: false);
        Assert.NotEmpty(finish.Plan.Deleted);
        DeploySite.AssertHolds(_target, site.Output);
        Assert.Equal(new SortedSet<string>(next.Keys, StringComparer.Ordinal), DeploySite.Listing(_target));
    }

    [Fact]
    public void A_doctored_manifest_cannot_make_a_deploy_delete_outside_the_target()
    {
        using var site = Site();
        var outside = Path.Combine(Path.GetDirectoryName(_target)!, $"ngoai-{Guid.NewGuid():N}.txt");
        File.WriteAllText(outside, "x");
        File.WriteAllText(Path.Combine(_target, DeployManifest.FileName),
            DeployManifest.Header + $"\nabc ../{Path.GetFileName(outside)}\nabc /etc/hostname\n");
        try
        {
            Assert.Equal(0, site.Cli("deploy", "--site", site.Root).Code);
            Assert.True(File.Exists(outside));
        }
        finally { File.Delete(outside); }
    }

    /// <summary>A target whose connection drops after some uploads.</summary>
    private sealed class BreaksAfter(ITargetFiles inner, int uploads) : ITargetFiles
    {
        private int _left = uploads;
        public string? ReadManifest() => inner.ReadManifest();
        public void WriteManifest(string text) => inner.WriteManifest(text);
        public void Delete(string path) => inner.Delete(path);
        public void Upload(string path, string localFile)
        {
            if (_left-- == 0) throw new IOException("connection lost");
            inner.Upload(path, localFile);
        }
    }
}
