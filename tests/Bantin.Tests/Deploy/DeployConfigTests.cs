using Bantin.Deploy;
using Bantin.Tests.Support;

namespace Bantin.Tests.Deploy;

public sealed class DeployConfigTests
{
    [Fact]
    public void Targets_are_read_into_their_typed_models_with_paths_resolved()
    {
        using var site = DeploySite.With("""
            deploy:
              - name: may-chu
                sftp: { host: 127.0.0.1, port: 2222, user: web, path: /var/www/congdoan/, known_hosts: keys/known_hosts, key: ~/.ssh/id_ed25519 }
              - name: github
                git: { repo: git@github.com:ldld/site.git }
              - name: usb
                folder: ../usb
            """);
        var bag = new Bantin.Diagnostics.DiagnosticBag(new Bantin.Diagnostics.Messages(Bantin.Formatting.Language.Vi));
        var targets = DeployConfigReader.Read(site.Root, bag);

        Assert.Empty(bag.Sorted());
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        Assert.Collection(targets,
            t => Assert.Equal(new SftpTarget("may-chu", t.Span, "127.0.0.1", 2222, "web", "/var/www/congdoan",
                Path.Combine(site.Root, "keys", "known_hosts"), Path.Combine(home, ".ssh", "id_ed25519")), t),
            t => Assert.Equal(new GitTarget("github", t.Span, "git@github.com:ldld/site.git", "gh-pages"), t),
            t => Assert.Equal(new FolderTarget("usb", t.Span, Path.GetFullPath(Path.Combine(site.Root, "..", "usb"))), t));
    }

    [Theory]
    [InlineData("deploy: usb", 1, "'deploy' phải là một danh sách")]
    [InlineData("deploy:\n  - folder: /tmp/x", 2, "thiếu 'name'")]
    [InlineData("deploy:\n  - name: a\n    folder: /tmp/x\n    git: { repo: r }", 2, "cần đúng một trong: folder, sftp, git")]
    [InlineData("deploy:\n  - name: a\n    folder: /tmp/x\n  - name: a\n    folder: /tmp/y", 4, "Hai nơi đăng cùng tên 'a'")]
    [InlineData("deploy:\n  - name: a\n    sftp: { host: h, path: /w }", 3, "thiếu 'user'")]
    [InlineData("deploy:\n  - name: a\n    sftp: { host: h, user: u, path: /w, port: 99999 }", 3, "Cổng '99999'")]
    [InlineData("deploy:\n  - name: a\n    sftp: { host: h, user: u, path: /w, password: bi-mat }", 3, "Không ghi 'password' trong site.yaml")]
    [InlineData("deploy:\n  - name: a\n    git: { branch: gh-pages }", 3, "thiếu 'repo'")]
    public void Bad_deploy_settings_are_errors_at_their_line_and_nothing_is_built_or_sent(string yaml, int line, string message)
    {
        using var site = TestSite.From($"""
            -- site.yaml --
            {TestSite.DefaultSiteYaml}
            {yaml}
            """);
        var bag = new Bantin.Diagnostics.DiagnosticBag(new Bantin.Diagnostics.Messages(Bantin.Formatting.Language.Vi));
        DeployConfigReader.Read(site.Root, bag);
        var error = Assert.Single(bag.Sorted(), d => d.Severity == Bantin.Diagnostics.Severity.Error);
        Assert.Equal("site.yaml", error.Span.File);
        Assert.Equal(line + 5, error.Span.Line);
        Assert.Contains(message, error.Message);
        Assert.NotNull(error.Fix);

        var (code, _, stderr) = site.Cli("deploy", "a", "--site", site.Root);
        Assert.Equal(1, code);
        Assert.Contains($"site.yaml:{line + 5}:", stderr);
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void A_build_does_not_read_the_deploy_settings()
    {
        using var site = TestSite.From($"""
            -- site.yaml --
            {TestSite.DefaultSiteYaml}
            deploy: usb
            -- content/a.md --
            ---
            title: A
            date: 2024-01-01
            ---
            x
            """);
        var result = site.BuildOk();
        Assert.Empty(result.Diagnostics);
    }
}
