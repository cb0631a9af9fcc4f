using System.Text;
using System.Threading.Channels;
using Microsoft.AspNetCore.Http;

namespace Bantin.Preview;

/// <summary>
/// Tells open pages that a build finished, over server-sent events. The script injected into served pages
/// knows which build it was served from and reloads when the server announces another one, so a page that
/// loaded just before a rebuild still catches up when its event stream connects.
/// </summary>
public sealed class LiveReload
{
    /// <summary>At the server root, outside any site path, so no site page can ever be shadowed by it.</summary>
    public const string EventsPath = "/__bantin/events";

    private readonly Lock _gate = new();
    private readonly HashSet<Channel<string>> _clients = new();

    /// <summary>Announces a finished build (good or failed: a failed one must show its overlay) to every open page.</summary>
    public void Publish(string build)
    {
        lock (_gate)
        {
            foreach (var client in _clients) client.Writer.TryWrite(build);
        }
    }

    /// <summary>Streams build announcements until the page goes away or the server stops.</summary>
    public async Task StreamAsync(HttpContext context, Func<string> currentBuild, CancellationToken stopping)
    {
        // Only the newest build matters to a page, so a slow client keeps one pending announcement, not a backlog.
        var channel = Channel.CreateBounded<string>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropOldest });
        lock (_gate) _clients.Add(channel);
        using var both = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
        try
        {
            var response = context.Response;
            response.ContentType = "text/event-stream; charset=utf-8";
            response.Headers.CacheControl = "no-store";
            // Subscribed before reading the current build, so a build finishing in between is announced, not lost.
            await Send(response, $"retry: 1000\n\n{Event(currentBuild())}", both.Token);
            while (await channel.Reader.WaitToReadAsync(both.Token))
                while (channel.Reader.TryRead(out var build))
                    await Send(response, Event(build), both.Token);
        }
        catch (OperationCanceledException)
        {
            // The page closed or the server is stopping: both are the normal end of a stream.
        }
        catch (IOException)
        {
            // The connection dropped mid-write.
        }
        finally
        {
            lock (_gate) _clients.Remove(channel);
        }
    }

    /// <summary>The script for a page served from <paramref name="build"/>. Added by the preview server only, never written by a build.</summary>
    public static string Script(string build) =>
        "<script data-bantin-preview>\n" +
        "(function () {\n" +
        $"  var served = \"{build}\";\n" +
        $"  var events = new EventSource(\"{EventsPath}\");\n" +
        "  events.addEventListener(\"build\", function (e) {\n" +
        "    if (JSON.parse(e.data).build !== served) { events.close(); location.reload(); }\n" +
        "  });\n" +
        "})();\n" +
        "</script>\n";

    private static string Event(string build) => $"event: build\ndata: {{\"build\":\"{build}\"}}\n\n";

    private static async Task Send(HttpResponse response, string text, CancellationToken token)
    {
        await response.Body.WriteAsync(Encoding.UTF8.GetBytes(text), token);
        await response.Body.FlushAsync(token);
    }
}
