using Bantin.Cli;
using Bantin.Tests.Support;

namespace Bantin.Tests.Preview;

/// <summary>Bad uses of <c>bantin serve</c> end at once with exit code 2 and a message with its fix, never a stack trace.</summary>
public sealed class ServeCommandTests
{
    [Theory]
    [InlineData("--bind", "example.org", "không phải địa chỉ IP")]
    [InlineData("--port", "70000", "phải từ 0 đến 65535")]
    [InlineData("--port", "-1", "phải từ 0 đến 65535")]
    [InlineData("--drafts", "--no-drafts", "--drafts và --no-drafts")]
    public void Bad_options_are_usage_errors(string option, string value, string message)
    {
        using var site = TestSite.From("-- content/a.md --\n" + Md.Article("A", "2020-01-01"));
        var (code, _, err) = site.Cli("serve", "--site", site.Root, option, value);

        Assert.Equal(BantinCli.BadUsage, code);
        Assert.Contains(message, err);
        Assert.DoesNotContain("   at ", err);
    }

    [Fact]
    public void A_missing_site_folder_is_a_usage_error()
    {
        using var site = TestSite.From("");
        var (code, _, err) = site.Cli("serve", "--site", Path.Combine(site.Root, "khong-co"), "--port", "0");

        Assert.Equal(BantinCli.BadUsage, code);
        Assert.Contains("Không có thư mục", err);
    }

    [Fact]
    public void A_port_in_use_is_reported_with_a_fix()
    {
        using var site = TestSite.From("""
            -- site.yaml --
            title: Union news
            language: en
            """);
        using var taken = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        taken.Start();
        var port = ((System.Net.IPEndPoint)taken.LocalEndpoint).Port;

        var (code, _, err) = site.Cli("serve", "--site", site.Root, "--port", port.ToString());

        Assert.Equal(BantinCli.BadUsage, code);
        Assert.Contains($"Cannot listen on 127.0.0.1:{port}", err);
        Assert.Contains("--port (0 = any free port)", err);
        Assert.DoesNotContain("   at ", err);
        Assert.False(Directory.Exists(Path.Combine(site.Root, ".bantin-preview")), "a server that never started leaves nothing behind");
    }

    [Fact]
    public void Help_lists_the_options()
    {
        using var site = TestSite.From("");
        var (code, output, _) = site.Cli("serve", "--help");

        Assert.Equal(BantinCli.Ok, code);
        foreach (var option in new[] { "--site", "--port", "--bind", "--drafts", "--no-drafts" }) Assert.Contains(option, output);
    }
}
