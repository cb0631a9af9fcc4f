using System.Net;
using System.Net.Sockets;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Bantin.Preview;

namespace Bantin.Tests.Support;

/// <summary>
/// A real preview server on 127.0.0.1 with a free port, serving a <see cref="TestSite"/>, and an HTTP client for it.
/// Every wait is bounded, and disposing always stops the server.
/// </summary>
public sealed class LivePreview : IAsyncDisposable
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private readonly StringWriter _out;
    private readonly StringWriter _err;
    private readonly TextWriter _syncOut;
    private readonly TextWriter _syncErr;

    private LivePreview(PreviewServer server, StringWriter stdout, TextWriter syncOut, StringWriter stderr, TextWriter syncErr)
    {
        Server = server;
        (_out, _syncOut, _err, _syncErr) = (stdout, syncOut, stderr, syncErr);
        Http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = server.Address, Timeout = Patience };
    }

    public PreviewServer Server { get; }
    public HttpClient Http { get; }

    /// <summary>What the server printed so far: standard output, then standard error.</summary>
    public string Console
    {
        get
        {
            // The synchronized writers lock themselves while writing; reading under the same locks sees whole lines.
            string stdout, stderr;
            lock (_syncOut) stdout = _out.ToString();
            lock (_syncErr) stderr = _err.ToString();
            return stdout + "\n" + stderr;
        }
    }

    public static async Task<LivePreview> StartAsync(TestSite site, bool drafts = true)
    {
        var options = new PreviewOptions(site.Root, IPAddress.Loopback, 0, drafts, TestSite.BuildTime) { Debounce = TimeSpan.FromMilliseconds(50) };
        StringWriter stdout = new(), stderr = new();
        TextWriter syncOut = TextWriter.Synchronized(stdout), syncErr = TextWriter.Synchronized(stderr);
        var server = await PreviewServer.StartAsync(options, syncOut, syncErr);
        return new LivePreview(server, stdout, syncOut, stderr, syncErr);
    }

    public async Task<(HttpStatusCode Status, string? Type, string Body)> GetAsync(string path)
    {
        using var response = await Http.GetAsync(path);
        return (response.StatusCode, response.Content.Headers.ContentType?.ToString(), await response.Content.ReadAsStringAsync());
    }

    public static IDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    /// <summary>
    /// The console once <paramref name="done"/> holds for it. A rebuild moves its files into the served folder before
    /// the server prints its line, so a page can show an edit a moment before the console says so.
    /// </summary>
    public async Task<string> ConsoleAsync(Func<string, bool> done)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (DateTime.UtcNow < deadline && !done(Console)) await Task.Delay(20);
        return Console;
    }

    /// <summary>Asks for <paramref name="path"/> until <paramref name="done"/> holds, for at most <see cref="Patience"/>.</summary>
    public async Task<string> PollAsync(string path, Func<string, bool> done, string what)
    {
        var deadline = DateTime.UtcNow + Patience;
        var body = "";
        while (DateTime.UtcNow < deadline)
        {
            body = (await GetAsync(path)).Body;
            if (done(body)) return body;
            await Task.Delay(50);
        }
        Assert.Fail($"{what}: not seen at {path} within {Patience.TotalSeconds} s.\nConsole:\n{Console}\nLast body:\n{body}");
        return body;
    }

    /// <summary>
    /// Sends <paramref name="target"/> byte for byte over a socket, as an attacker would: HttpClient would tidy dot
    /// segments and escapes before they ever reached the server.
    /// </summary>
    public async Task<(int Status, string Text)> RawGetAsync(string target)
    {
        using var client = new TcpClient();
        using var timeout = new CancellationTokenSource(Patience);
        await client.ConnectAsync(IPAddress.Loopback, Server.Address.Port, timeout.Token);
        await using var stream = client.GetStream();
        var request = $"GET {target} HTTP/1.1\r\nHost: 127.0.0.1:{Server.Address.Port}\r\nConnection: close\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(request), timeout.Token);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var text = await reader.ReadToEndAsync(timeout.Token);
        var status = text.StartsWith("HTTP/1.1 ", StringComparison.Ordinal) ? int.Parse(text.AsSpan(9, 3)) : 0;
        return (status, text);
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Server.DisposeAsync();
    }
}
