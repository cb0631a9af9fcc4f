using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Bantin.Tests.Support;

/// <summary>
/// A real OpenSSH server for one test: <c>sshd -D -e</c> on a free local port with a throw-away host key, one
/// throw-away client key allowed in, and a temporary folder to deploy into. Killed (with its sessions) on dispose.
/// </summary>
public sealed class Sshd : IDisposable
{
    public const string Program = "/usr/sbin/sshd";

    private readonly string _dir;
    private Process _process;

    private Sshd(string dir, int port)
    {
        _dir = dir;
        Port = port;
        _process = Launch();
    }

    public int Port { get; }
    public string User => Environment.UserName;
    public string ClientKey => Path.Combine(_dir, "client_key");
    public string KnownHosts => Path.Combine(_dir, "known_hosts");
    public string Remote => Path.Combine(_dir, "www");

    /// <summary>The known_hosts line that trusts this server's key.</summary>
    public string KnownHostsLine => $"[127.0.0.1]:{Port} " + string.Join(' ', File.ReadAllText(Path.Combine(_dir, "host_key.pub")).Split(' ').Take(2));

    public static Sshd Start()
    {
        var dir = Path.Combine(Path.GetTempPath(), "bantin-sshd-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(dir, "www"));
        var port = FreePort();
        Prepare(dir, port);
        var server = new Sshd(dir, port);
        File.WriteAllText(server.KnownHosts, server.KnownHostsLine + "\n");
        return server;
    }

    /// <summary>Why sshd cannot run here, or null when it can (checked with <c>sshd -t</c> on a throw-away configuration).</summary>
    public static string? Unavailable()
    {
        if (!File.Exists(Program)) return $"{Program} is not installed (apt-get install -y openssh-server)";
        var dir = Path.Combine(Path.GetTempPath(), "bantin-sshd-probe-" + Guid.NewGuid().ToString("N"));
        try
        {
            Directory.CreateDirectory(dir);
            Prepare(dir, FreePort());
            var (code, output) = Run(Program, "-t", "-f", Path.Combine(dir, "sshd_config"));
            return code == 0 ? null : $"sshd cannot run here: {output.Trim()}";
        }
        catch (Exception e) when (e is IOException or System.ComponentModel.Win32Exception or UnauthorizedAccessException)
        {
            return $"sshd cannot run here: {e.Message}";
        }
        finally
        {
            try { Directory.Delete(dir, recursive: true); } catch (IOException) { }
        }
    }

    /// <summary>Kills the server and every session it forked: a connection lost mid-upload.</summary>
    public void Kill()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    /// <summary>Starts the same server again (same port, host key and folder) after <see cref="Kill"/>.</summary>
    public void Restart()
    {
        Kill();
        _process.Dispose();
        _process = Launch();
    }

    public void Dispose()
    {
        Kill();
        _process.Dispose();
        try { Directory.Delete(_dir, recursive: true); } catch (IOException) { }
    }

    private static void Prepare(string dir, int port)
    {
        Keygen(Path.Combine(dir, "host_key"));
        Keygen(Path.Combine(dir, "client_key"));
        File.Copy(Path.Combine(dir, "client_key.pub"), Path.Combine(dir, "authorized_keys"));
        File.WriteAllText(Path.Combine(dir, "sshd_config"), $"""
            Port {port}
            ListenAddress 127.0.0.1
            HostKey {dir}/host_key
            AuthorizedKeysFile {dir}/authorized_keys
            PidFile {dir}/sshd.pid
            StrictModes no
            UsePAM no
            PubkeyAuthentication yes
            PasswordAuthentication no
            KbdInteractiveAuthentication no
            PermitRootLogin prohibit-password
            Subsystem sftp internal-sftp
            LogLevel ERROR

            """);
        // As root, sshd wants its privilege separation folder; a fresh container has none.
        if (Environment.UserName == "root") Directory.CreateDirectory("/run/sshd");
    }

    private static void Keygen(string path)
    {
        var (code, output) = Run("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", "bantin-test", "-f", path);
        if (code != 0) throw new IOException($"ssh-keygen failed: {output}");
    }

    private Process Launch()
    {
        var start = new ProcessStartInfo(Program) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var arg in new[] { "-D", "-e", "-p", Port.ToString(), "-f", Path.Combine(_dir, "sshd_config") }) start.ArgumentList.Add(arg);
        var process = Process.Start(start)!;
        process.ErrorDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        var until = DateTime.UtcNow.AddSeconds(15);
        while (DateTime.UtcNow < until)
        {
            if (process.HasExited) throw new IOException($"sshd exited with {process.ExitCode}");
            try
            {
                using var probe = new TcpClient();
                probe.Connect(IPAddress.Loopback, Port);
                return process;
            }
            catch (SocketException) { Thread.Sleep(50); }
        }
        process.Kill(entireProcessTree: true);
        throw new IOException("sshd did not start listening within 15 s");
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private static (int Code, string Output) Run(string program, params string[] args)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output + error.Result);
    }
}
