using Microsoft.Extensions.Hosting;

namespace Bantin.Preview;

/// <summary>
/// The preview server is started and stopped by its owner (the serve command, or a test). The default console
/// lifetime would install its own Ctrl+C and SIGTERM handlers and print "Application started" lines; this one
/// does nothing, so stopping stays in one place.
/// </summary>
public sealed class OwnerLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
