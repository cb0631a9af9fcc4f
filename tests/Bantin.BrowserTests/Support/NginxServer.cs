using System.Diagnostics;
using System.Net.Sockets;

namespace Bantin.BrowserTests.Support;

/// <summary>
/// The example site built for http://127.0.0.1:{port}/congdoan/ and served by a private nginx (own config, pid, logs
/// and temp folders in a temporary folder), as a real static host would: /congdoan/ holds the site, 404.html answers
/// what is missing, and nothing is served outside the sub-path.
/// </summary>
public sealed class NginxServer : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _folder;

    private NginxServer(Process process, string folder, string site, string baseUrl)
    {
        _process = process;
        _folder = folder;
        Site = site;
        BaseUrl = baseUrl;
    }

    public string Site { get; }

    public string BaseUrl { get; }

    public static async Task<NginxServer> StartAsync()
    {
        var nginx = Tools.Nginx ?? throw new InvalidOperationException(Tools.Missing(Tool.Nginx));
        var port = FreePort.Next();
        var baseUrl = $"http://127.0.0.1:{port}{SiteFixture.SubPath}";
        var built = BuiltSite.Build(baseUrl);
        // nginx maps /congdoan/x to <www>/congdoan/x with `root`, which avoids alias's surprises with try_files.
        var folder = Path.GetDirectoryName(built)!;
        var www = Path.Combine(folder, "www");
        Directory.CreateDirectory(www);
        var site = Path.Combine(www, SiteFixture.SubPath.Trim('/'));
        Directory.Move(built, site);
        foreach (var temp in new[] { "client", "proxy", "fastcgi", "uwsgi", "scgi" }) Directory.CreateDirectory(Path.Combine(folder, "temp", temp));

        var config = Path.Combine(folder, "nginx.conf");
        File.WriteAllText(config, $$"""
            {{(Environment.UserName == "root" ? "user root;" : "")}}
            worker_processes 1;
            daemon off;
            pid {{folder}}/nginx.pid;
            error_log {{folder}}/error.log;
            events { worker_connections 64; }
            http {
                include /etc/nginx/mime.types;
                types { application/manifest+json webmanifest; }
                access_log off;
                client_body_temp_path {{folder}}/temp/client;
                proxy_temp_path {{folder}}/temp/proxy;
                fastcgi_temp_path {{folder}}/temp/fastcgi;
                uwsgi_temp_path {{folder}}/temp/uwsgi;
                scgi_temp_path {{folder}}/temp/scgi;
                server {
                    listen 127.0.0.1:{{port}};
                    root {{www}};
                    location {{SiteFixture.SubPath}} {
                        try_files $uri $uri/ =404;
                        error_page 404 {{SiteFixture.SubPath}}404.html;
                    }
                    location / { return 404; }
                }
            }
            """);
        var start = new ProcessStartInfo(nginx) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in new[] { "-p", folder, "-e", Path.Combine(folder, "error.log"), "-c", config }) start.ArgumentList.Add(arg);
        var process = Process.Start(start)!;
        var server = new NginxServer(process, folder, site, baseUrl);
        for (var waited = 0; ; waited += 100)
        {
            if (process.HasExited)
            {
                var log = File.Exists(Path.Combine(folder, "error.log")) ? File.ReadAllText(Path.Combine(folder, "error.log")) : "";
                throw new InvalidOperationException($"nginx stopped (exit {process.ExitCode}): {await process.StandardError.ReadToEndAsync()} {log}");
            }
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync("127.0.0.1", port);
                return server;
            }
            catch (SocketException) when (waited < 10_000)
            {
                await Task.Delay(100);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            // SIGTERM lets the master stop its worker; a plain Kill would leave the worker behind.
            using (var kill = Process.Start("kill", ["-TERM", _process.Id.ToString()])) await kill.WaitForExitAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            try { await _process.WaitForExitAsync(timeout.Token); }
            catch (OperationCanceledException) { _process.Kill(entireProcessTree: true); }
        }
        _process.Dispose();
        Directory.Delete(_folder, recursive: true);
    }
}
