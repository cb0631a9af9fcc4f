using Bantin.Deploy;
using Bantin.Tests.Support;

namespace Bantin.Tests.Deploy;

/// <summary>Deploys to a real OpenSSH server started by each test (<see cref="Sshd"/>).</summary>
public sealed class SftpDeployTests
{
    private static TestSite Site(Sshd sshd) => DeploySite.With($$"""
        deploy:
          - name: may-chu
            sftp: { host: 127.0.0.1, port: {{sshd.Port}}, user: {{sshd.User}}, path: {{sshd.Remote}}/congdoan, known_hosts: {{sshd.KnownHosts}}, key: {{sshd.ClientKey}} }
        """);

    private static SftpTarget Target(Sshd sshd) =>
        new("may-chu", default, "127.0.0.1", sshd.Port, sshd.User, sshd.Remote + "/congdoan", sshd.KnownHosts, sshd.ClientKey);

    [SshdFact]
    public void Deploy_puts_the_site_on_the_server_and_a_second_one_sends_only_what_changed()
    {
        using var sshd = Sshd.Start();
        using var site = Site(sshd);
        var remote = Path.Combine(sshd.Remote, "congdoan");

        var (code, stdout, stderr) = site.Cli("deploy", "may-chu", "--site", site.Root);

        Assert.True(code == 0, stderr + stdout);
        var files = DeploySite.Files(site.Output);
        Assert.Equal(new SortedSet<string>(files.Keys, StringComparer.Ordinal), DeploySite.Listing(remote));
        DeploySite.AssertHolds(remote, site.Output);
        Assert.Contains($"{files.Count} tệp mới", stdout);

        DeploySite.EditArticle(site);
        site.BuildOk();
        var after = DeploySite.Files(site.Output);
        var differ = after.Where(f => !files.TryGetValue(f.Key, out var was) || was != f.Value).Select(f => f.Key).Order().ToList();
        var sent = new List<string>();
        DeployRun.To(Target(sshd), site.Output, dryRun: false, sent.Add);

        Assert.Equal(differ, sent.Order());
        Assert.Contains("2024/03/dai-hoi-cong-doan/index.html", sent);
        Assert.True(sent.Count < after.Count / 2, $"{sent.Count} of {after.Count} sent");
        DeploySite.AssertHolds(remote, site.Output);

        var again = new List<string>();
        DeployRun.To(Target(sshd), site.Output, dryRun: false, again.Add);
        Assert.Empty(again);
    }

    [SshdFact]
    public void An_unknown_host_key_is_refused_before_anything_is_sent()
    {
        using var sshd = Sshd.Start();
        File.WriteAllText(sshd.KnownHosts, "# trống\n");
        using var site = Site(sshd);

        var (code, _, stderr) = site.Cli("deploy", "may-chu", "--site", site.Root);

        Assert.Equal(Bantin.Cli.DeployCommand.DeployFailed, code);
        Assert.Contains("chưa có trong", stderr);
        Assert.Contains("is not in", stderr);
        Assert.False(Directory.Exists(Path.Combine(sshd.Remote, "congdoan")));
    }

    [SshdFact]
    public void A_changed_host_key_is_refused_with_a_warning()
    {
        using var sshd = Sshd.Start();
        using var other = Sshd.Start();
        // known_hosts remembers another server's key for this address and port.
        File.WriteAllText(sshd.KnownHosts, other.KnownHostsLine.Replace($":{other.Port} ", $":{sshd.Port} ") + "\n");
        using var site = Site(sshd);

        var (code, _, stderr) = site.Cli("deploy", "may-chu", "--site", site.Root);

        Assert.Equal(Bantin.Cli.DeployCommand.DeployFailed, code);
        Assert.Contains("has CHANGED", stderr);
        Assert.False(Directory.Exists(Path.Combine(sshd.Remote, "congdoan")));
    }

    [SshdFact]
    public void A_connection_killed_mid_upload_leaves_the_live_folder_a_complete_site()
    {
        using var sshd = Sshd.Start();
        using var site = Site(sshd);
        var remote = Path.Combine(sshd.Remote, "congdoan");
        Assert.Equal(0, site.Cli("deploy", "may-chu", "--site", site.Root).Code);
        var old = DeploySite.Files(site.Output);
        site.Delete("content/an-toan.md");
        DeploySite.EditArticle(site);
        site.Write("content/moi.md", "---\ntitle: Bài mới\ndate: 2024-05-01\n---\nMới.\n");
        site.BuildOk();
        var next = DeploySite.Files(site.Output);

        var sent = 0;
        var failure = Assert.Throws<DeployFailure>(() => DeployRun.To(Target(sshd), site.Output, dryRun: false, _ =>
        {
            if (++sent == 3) sshd.Kill();
        }));
        Assert.Contains("run bantin deploy again", failure.Message);

        foreach (var (path, hash) in old)
        {
            var there = Path.Combine(remote, path);
            Assert.True(File.Exists(there), $"{path} gone after a broken deploy");
            var now = DeployManifest.Hash(there);
            Assert.True(now == hash || (next.TryGetValue(path, out var fresh) && now == fresh), $"{path} is neither old nor new");
        }

        sshd.Restart();
        DeployRun.To(Target(sshd), site.Output, dryRun: false);
        var listing = DeploySite.Listing(remote);
        listing.RemoveWhere(p => p.EndsWith(".bantin-partial", StringComparison.Ordinal));
        Assert.Equal(new SortedSet<string>(next.Keys, StringComparer.Ordinal), listing);
        DeploySite.AssertHolds(remote, site.Output);
    }
}
