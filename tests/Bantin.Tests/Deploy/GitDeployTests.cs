using Bantin.Deploy;
using Bantin.Tests.Support;

namespace Bantin.Tests.Deploy;

/// <summary>Deploys to a branch of a local bare repository with the system git.</summary>
public sealed class GitDeployTests : IDisposable
{
    private readonly string _bare = DeploySite.TempFolder("bare");
    private readonly string _check = Path.Combine(Path.GetTempPath(), $"bantin-check-{Guid.NewGuid():N}");

    public GitDeployTests() => new GitRunner(_bare).Run("init", "--quiet", "--bare");

    public void Dispose()
    {
        foreach (var folder in new[] { _bare, _check }.Where(Directory.Exists)) DeleteTree(folder);
    }

    private TestSite Site() => DeploySite.With($$"""
        deploy:
          - name: github
            git: { repo: {{_bare}}, branch: gh-pages }
        """);

    /// <summary>A fresh clone of the branch: its files (without .git) and its number of commits.</summary>
    private (SortedSet<string> Files, int Commits) Branch()
    {
        if (Directory.Exists(_check)) DeleteTree(_check);
        new GitRunner(Path.GetTempPath()).Run("clone", "--quiet", "--branch", "gh-pages", _bare, _check);
        var files = DeploySite.Listing(_check);
        files.RemoveWhere(f => f.StartsWith(".git/", StringComparison.Ordinal));
        var commits = int.Parse(new GitRunner(_check).Run("rev-list", "--count", "HEAD").Trim());
        return (files, commits);
    }

    /// <summary>git makes its object files read-only.</summary>
    private static void DeleteTree(string folder)
    {
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)) File.SetAttributes(file, FileAttributes.Normal);
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public void Deploy_commits_the_site_with_the_users_CNAME_to_the_branch_and_pushes_it()
    {
        using var site = Site();
        Directory.CreateDirectory(site.Output);
        File.WriteAllText(Path.Combine(site.Output, "CNAME"), "congdoan.example.vn\n");

        var (code, stdout, stderr) = site.Cli("deploy", "github", "--site", site.Root);

        Assert.True(code == 0, stderr + stdout);
        var (files, commits) = Branch();
        var expected = new SortedSet<string>(DeploySite.Files(site.Output).Keys, StringComparer.Ordinal) { "CNAME" };
        Assert.Equal(expected, files);
        Assert.Equal(1, commits);
        Assert.Equal("congdoan.example.vn\n", File.ReadAllText(Path.Combine(_check, "CNAME")));
        DeploySite.AssertHolds(_check, site.Output);
    }

    [Fact]
    public void An_unchanged_site_makes_no_commit_and_a_changed_one_makes_one_with_only_its_changes()
    {
        using var site = Site();
        Assert.Equal(0, site.Cli("deploy", "--site", site.Root).Code);
        var (code, stdout, _) = site.Cli("deploy", "--site", site.Root);
        Assert.Equal(0, code);
        Assert.Contains("up to date", stdout);
        Assert.Equal(1, Branch().Commits);

        DeploySite.EditArticle(site);
        site.Delete("content/an-toan.md");
        (code, stdout, _) = site.Cli("deploy", "--site", site.Root);

        Assert.Equal(0, code);
        var (files, commits) = Branch();
        Assert.Equal(2, commits);
        Assert.Equal(new SortedSet<string>(DeploySite.Files(site.Output).Keys, StringComparer.Ordinal), files);
        Assert.DoesNotContain("2024/04/an-toan-lao-dong/index.html", files);
        Assert.Matches(@"[1-9]\d* tệp xóa", stdout);
        DeploySite.AssertHolds(_check, site.Output);
    }

    [Fact]
    public void Dry_run_pushes_nothing()
    {
        using var site = Site();
        var (code, stdout, _) = site.Cli("deploy", "github", "--dry-run", "--site", site.Root);
        Assert.Equal(0, code);
        Assert.Contains("+ index.html", stdout);
        Assert.Equal("", new GitRunner(_bare).Run("branch", "--list").Trim());
    }
}
