using Bantin.Deploy;
using Bantin.Tests.Support;

namespace Bantin.Tests.Deploy;

/// <summary>
/// <c>releases: N</c> on an SFTP target: each deploy uploads the site into a new folder under <c>releases/</c>, then
/// swaps the <c>current</c> link to it in one step and keeps the last N. Tested against a real OpenSSH server.
/// </summary>
public sealed class SftpReleaseTests
{
    private static TestSite Site(Sshd sshd, int releases) => DeploySite.With($$"""
        deploy:
          - name: may-chu
            sftp: { host: 127.0.0.1, port: {{sshd.Port}}, user: {{sshd.User}}, path: {{sshd.Remote}}/congdoan, known_hosts: {{sshd.KnownHosts}}, key: {{sshd.ClientKey}}, releases: {{releases}} }
        """);

    private static SftpTarget Target(Sshd sshd, int releases) =>
        new("may-chu", default, "127.0.0.1", sshd.Port, sshd.User, sshd.Remote + "/congdoan", sshd.KnownHosts, sshd.ClientKey) { Releases = releases };

    private static string Current(Sshd sshd) => Path.Combine(sshd.Remote, "congdoan", "current");

    private static string[] Releases(Sshd sshd) =>
        Directory.GetDirectories(Path.Combine(sshd.Remote, "congdoan", "releases")).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray()!;

    [SshdFact]
    public void Each_deploy_is_a_new_release_the_current_link_switches_to_and_only_the_last_n_stay()
    {
        using var sshd = Sshd.Start();
        using var site = Site(sshd, 2);

        var (code, stdout, stderr) = site.Cli("deploy", "may-chu", "--site", site.Root);

        Assert.True(code == 0, stderr + stdout);
        var link = new FileInfo(Current(sshd));
        // Relative, so it holds wherever the folder is mounted (a chrooted account sees other absolute paths).
        Assert.Equal("releases/" + Releases(sshd).Single(), link.LinkTarget);
        Assert.Equal(DeploySite.Listing(Current(sshd)), new SortedSet<string>(DeploySite.Files(site.Output).Keys, StringComparer.Ordinal));
        DeploySite.AssertHolds(Current(sshd), site.Output);
        var first = Releases(sshd).Single();

        DeploySite.EditArticle(site);
        site.BuildOk();
        DeployRun.To(Target(sshd, 2), site.Output, dryRun: false);
        DeploySite.AssertHolds(Current(sshd), site.Output);
        Assert.Equal(2, Releases(sshd).Length);
        Assert.Equal(Releases(sshd)[1], Path.GetFileName(new FileInfo(Current(sshd)).LinkTarget));

        site.Write("content/moi.md", "---\ntitle: Bài mới\ndate: 2024-05-01\n---\nMới.\n");
        site.BuildOk();
        DeployRun.To(Target(sshd, 2), site.Output, dryRun: false);
        DeploySite.AssertHolds(Current(sshd), site.Output);
        Assert.Equal(2, Releases(sshd).Length);
        Assert.DoesNotContain(first, Releases(sshd));
    }

    [SshdFact]
    public void A_connection_killed_mid_upload_leaves_the_live_release_untouched_and_the_next_deploy_cleans_up()
    {
        using var sshd = Sshd.Start();
        using var site = Site(sshd, 3);
        Assert.Equal(0, site.Cli("deploy", "may-chu", "--site", site.Root).Code);
        var live = new FileInfo(Current(sshd)).LinkTarget;
        var old = DeploySite.Files(site.Output);
        site.Delete("content/an-toan.md");
        DeploySite.EditArticle(site);
        site.BuildOk();

        var sent = 0;
        var failure = Assert.Throws<DeployFailure>(() => DeployRun.To(Target(sshd, 3), site.Output, dryRun: false, _ =>
        {
            if (++sent == 5) sshd.Kill();
        }));
        Assert.Contains("run bantin deploy again", failure.Message);

        // The live site is the old release, whole: not one file of it was touched.
        Assert.Equal(live, new FileInfo(Current(sshd)).LinkTarget);
        Assert.Equal(new SortedSet<string>(old.Keys, StringComparer.Ordinal), DeploySite.Listing(Current(sshd)));
        foreach (var (path, hash) in old) Assert.Equal(hash, DeployManifest.Hash(Path.Combine(Current(sshd), path)));
        Assert.Equal(2, Releases(sshd).Length);

        sshd.Restart();
        DeployRun.To(Target(sshd, 3), site.Output, dryRun: false);
        DeploySite.AssertHolds(Current(sshd), site.Output);
        Assert.Equal(new SortedSet<string>(DeploySite.Files(site.Output).Keys, StringComparer.Ordinal), DeploySite.Listing(Current(sshd)));
        // The broken release is gone; the old one stays to go back to.
        Assert.Equal(2, Releases(sshd).Length);
        Assert.Contains(Path.GetFileName(live), Releases(sshd));
    }

    [SshdFact]
    public void A_folder_where_the_current_link_goes_is_refused_not_replaced()
    {
        using var sshd = Sshd.Start();
        Directory.CreateDirectory(Path.Combine(Current(sshd), "cua-toi"));
        using var site = Site(sshd, 3);

        var (code, _, stderr) = site.Cli("deploy", "may-chu", "--site", site.Root);

        Assert.Equal(Bantin.Cli.DeployCommand.DeployFailed, code);
        Assert.Contains("không phải liên kết", stderr);
        Assert.True(Directory.Exists(Path.Combine(Current(sshd), "cua-toi")));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("ba")]
    [InlineData("1000")]
    public void A_bad_number_of_releases_is_an_error_at_the_value(string value)
    {
        using var site = DeploySite.With($$"""
            deploy:
              - name: may-chu
                sftp: { host: h, user: u, path: /var/www, releases: {{value}} }
            """);

        var (code, _, stderr) = site.Cli("deploy", "may-chu", "--site", site.Root, "--dry-run");

        Assert.Equal(1, code);
        Assert.Contains("releases", stderr);
        Assert.Contains($"\"{value}\"", stderr);
    }
}
