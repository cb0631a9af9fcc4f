using System.Net;
using System.Net.Sockets;

namespace Bantin.BrowserTests.Support;

/// <summary>A port free right now: the site is built for its base_url before the server listens on it.</summary>
public static class FreePort
{
    public static int Next()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        try { return ((IPEndPoint)listener.LocalEndpoint).Port; }
        finally { listener.Stop(); }
    }
}
