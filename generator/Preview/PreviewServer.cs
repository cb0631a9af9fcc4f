using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Bantin.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Bantin.Preview;

/// <summary>
/// <c>bantin serve</c>: builds the site into a private folder, serves it over HTTP under base_url's sub-path, and
/// rebuilds when a source file changes, telling open pages to reload. A failed rebuild keeps the last good site in
/// service with an overlay listing the errors.
/// </summary>
public sealed class PreviewServer : IAsyncDisposable
{
    private readonly PreviewOptions _options;
    private readonly WebApplication _app;
    private readonly LiveReload _reload = new();
    private readonly CancellationTokenSource _stopping = new();
    private readonly TextWriter _out;
    private readonly TextWriter _err;
    // The process id in the name lets a later preview remove this one's folder should it be killed (LeftoverStaging).
    private readonly string _session = $"{Environment.ProcessId}-{Guid.NewGuid().ToString("N")[..8]}";
    private readonly string _outputRoot;
    private SiteWatcher? _watcher;
    private Rebuilder? _rebuilder;
    private Task _loop = Task.CompletedTask;
    private volatile PreviewState _state;
    private int _builds;
    private int _disposed;

    private PreviewServer(PreviewOptions options, TextWriter stdout, TextWriter stderr)
    {
        _options = options;
        _out = stdout;
        _err = stderr;
        _outputRoot = Path.Combine(options.PreviewRoot, _session);
        Output.LeftoverStaging.CleanPreviews(options.PreviewRoot);
        var basics = SiteBasics.Read(options.SiteRoot, SiteBasics.Default);
        _state = new PreviewState(BuildName(0), basics, null, null, new Messages(basics.Language));

        // The empty builder reads no appsettings.json or environment variables (a site folder must not be able to
        // re-bind the server), watches no configuration files, and logs nothing: the preview prints its own lines.
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions { Args = [], ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.UseKestrelCore();
        builder.Services.AddSingleton<IHostLifetime, OwnerLifetime>();
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(2));
        builder.WebHost.ConfigureKestrel(k => k.Listen(options.Bind, options.Port));
        _app = builder.Build();
        var requests = new SiteRequests(() => _state, _reload, _stopping.Token);
        _app.Run(requests.HandleAsync);
    }

    /// <summary>The server root as bound, e.g. http://127.0.0.1:41234/ (the real port when 0 was asked for).</summary>
    public Uri Address { get; private set; } = null!;

    /// <summary>The site's home page on this server: the address plus base_url's sub-path.</summary>
    public Uri SiteUrl => new(Address, _state.Basics.BasePath);

    /// <summary>The folder of the build being served, or null before the first good build.</summary>
    public string? ServedFolder => _state.Folder;

    /// <summary>The site language, as of the last build, for the caller's own messages.</summary>
    public Messages Messages => _state.Messages;

    /// <summary>
    /// Listens, runs the first build, then watches the sources. Returns once the first build is served (good or
    /// failed). Throws <see cref="IOException"/> when the address cannot be bound (port in use, address not here).
    /// </summary>
    public static async Task<PreviewServer> StartAsync(PreviewOptions options, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken = default)
    {
        var server = new PreviewServer(options, stdout, stderr);
        try
        {
            await server.StartCoreAsync(cancellationToken);
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    private async Task StartCoreAsync(CancellationToken cancellationToken)
    {
        try
        {
            await _app.StartAsync(cancellationToken);
        }
        catch (SocketException e)
        {
            // Kestrel reports some bind failures as IOException and others as SocketException: callers see one kind.
            throw new IOException(e.Message, e);
        }
        var bound = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var port = new Uri(bound).Port;
        Address = new Uri($"http://{UrlHost(_options.Bind)}:{port}/");

        _rebuilder = new Rebuilder(_options, _outputRoot, basics => new Uri(Address, basics.BasePath).ToString());
        // Watch before the first build, so a file saved while it runs still starts a rebuild.
        _watcher = TryWatch();
        await BuildAsync(ChangeSet.Initial, cancellationToken);
        if (_watcher is not null) _loop = Task.Run(() => WatchLoopAsync(_watcher, _stopping.Token), CancellationToken.None);
    }

    /// <summary>Without file watching (the system's inotify limits reached) the preview still serves; it says so once.</summary>
    private SiteWatcher? TryWatch()
    {
        try
        {
            return new SiteWatcher(_options.SiteRoot);
        }
        catch (IOException e)
        {
            var text = _state.Messages.PreviewCannotWatch(e.Message);
            _err.WriteLine($"{text.What}\n    → {text.Fix}");
            return null;
        }
    }

    /// <summary>Collects changes until the sources have been quiet for the debounce time, then rebuilds once for all of them.</summary>
    private async Task WatchLoopAsync(SiteWatcher watcher, CancellationToken stopping)
    {
        var reader = watcher.Changes;
        try
        {
            while (await reader.WaitToReadAsync(stopping))
            {
                var events = new List<FileEvent>();
                // A bounded number of rounds, so a file rewritten without pause still gets built now and then.
                for (var round = 0; round < 50 && reader.TryPeek(out _); round++)
                {
                    while (reader.TryRead(out var e)) events.Add(e);
                    await Task.Delay(_options.Debounce, stopping);
                }
                var changes = ChangeSet.From(events, _options.SiteRoot);
                // Only temporary files came and went: nothing to build, nothing to reload.
                if (!changes.IsEmpty) await BuildAsync(changes, stopping);
                await FinishAsync(watcher, stopping);
            }
        }
        catch (OperationCanceledException)
        {
            // Stopping.
        }
    }

    private async Task BuildAsync(ChangeSet changes, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var outcome = await Task.Run(() => _rebuilder!.Rebuild(changes), cancellationToken);
        var elapsed = clock.ElapsedMilliseconds;
        var build = BuildName(Interlocked.Increment(ref _builds));
        var messages = outcome.Result.Messages;
        var previous = _state;
        _state = outcome.Succeeded
            ? new PreviewState(build, outcome.Basics, outcome.Folder, null, messages) { Prose = outcome.Prose }
            : new PreviewState(build, previous.Folder is null ? outcome.Basics : previous.Basics, previous.Folder,
                ErrorOverlay.Render(outcome.Problems, messages, servingLastGood: previous.Folder is not null), messages) { Prose = previous.Prose };
        Report(outcome, elapsed);
        // base_url's sub-path changed in site.yaml: the site now lives at another address, so say where.
        if (!changes.IsInitial && _state.Basics.BasePath != previous.Basics.BasePath)
            _out.WriteLine(messages.PreviewServing(SiteUrl.ToString(), _options.IncludeDrafts).What);
        _reload.Publish(build);
    }

    /// <summary>
    /// Runs the deferred part of the build (the search index, about a second at 10,000 articles) until it is done or
    /// the next save arrives: that save's build makes the index again, and its page should not wait for this one.
    /// </summary>
    /// <remarks>Left unfinished, the work stays with the rebuilder: the next round runs it or a good build replaces it.</remarks>
    private async Task FinishAsync(SiteWatcher watcher, CancellationToken stopping)
    {
        using var superseded = CancellationTokenSource.CreateLinkedTokenSource(stopping);
        var finish = Task.Run(() => _rebuilder!.Finish(superseded.Token), CancellationToken.None);
        var saved = watcher.Changes.WaitToReadAsync(superseded.Token).AsTask();
        await Task.WhenAny(finish, saved);
        superseded.Cancel();
        try
        {
            await saved;
        }
        catch (OperationCanceledException)
        {
            // Finished first, or stopping.
        }
        await finish;
    }

    /// <summary>One line per build, then every diagnostic (the errors of a failed build, the warnings of a good one) with its source lines.</summary>
    private void Report(RebuildOutcome outcome, long milliseconds)
    {
        var messages = outcome.Result.Messages;
        var changes = outcome.Changes.Describe(messages);
        var pages = outcome.Result.PagesWritten;
        var errors = Math.Max(1, outcome.Result.Errors.Count());
        var line = (outcome.Succeeded, outcome.Changes.IsInitial) switch
        {
            (true, true) => messages.PreviewBuilt(pages, milliseconds),
            (true, false) => messages.PreviewRebuilt(changes, pages, outcome.Result.FilesWritten, milliseconds),
            (false, true) => messages.PreviewFirstBuildFailed(errors, milliseconds),
            (false, false) => messages.PreviewRebuildFailed(changes, errors, milliseconds),
        };
        (outcome.Succeeded ? _out : _err).WriteLine($"[{DateTime.Now:HH:mm:ss}] {line.What}");
        if (_options.Timings) foreach (var timing in TimingLines.Of(outcome.Result)) _out.WriteLine(timing);
        foreach (var problem in outcome.Problems) _err.WriteLine(string.Join('\n', problem.Format()));
    }

    private string BuildName(int count) => $"{_session}-{count}";

    private static string UrlHost(IPAddress bind)
    {
        // A wildcard address is not somewhere a browser can go; this machine's name for itself is.
        if (bind.Equals(IPAddress.Any) || bind.Equals(IPAddress.IPv6Any)) return "localhost";
        return bind.AddressFamily == AddressFamily.InterNetworkV6 ? $"[{bind}]" : bind.ToString();
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1) return;
        await _stopping.CancelAsync();
        _watcher?.Dispose();
        await _loop;
        try
        {
            await _app.StopAsync(CancellationToken.None);
        }
        catch (OperationCanceledException)
        {
            // Open connections outlived the shutdown timeout; they are closed anyway.
        }
        await _app.DisposeAsync();
        _stopping.Dispose();
        TryDelete(_outputRoot);
        TryDelete(_options.PreviewRoot, onlyIfEmpty: true);
    }

    private static void TryDelete(string folder, bool onlyIfEmpty = false)
    {
        try
        {
            if (!Directory.Exists(folder) || (onlyIfEmpty && Directory.EnumerateFileSystemEntries(folder).Any())) return;
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException) { /* a leftover is harmless: git ignores .bantin-* folders */ }
        catch (UnauthorizedAccessException) { }
    }
}
