using Renci.SshNet;

namespace Bantin.Deploy;

/// <summary>
/// A folder on an SFTP server as a deploy target. Each file is uploaded beside its place, then renamed over it with
/// OpenSSH's posix-rename, which replaces the old file in one step.
/// </summary>
public sealed class SftpFiles(SftpClient client, string root) : ITargetFiles
{
    private const string Partial = ".bantin-partial";
    private readonly HashSet<string> _folders = new(StringComparer.Ordinal);

    public string? ReadManifest()
    {
        var path = Remote(DeployManifest.FileName);
        return client.Exists(path) ? client.ReadAllText(path) : null;
    }

    public void WriteManifest(string text)
    {
        using var stream = new MemoryStream(new System.Text.UTF8Encoding(false).GetBytes(text));
        Put(DeployManifest.FileName, stream);
    }

    public void Upload(string path, string localFile)
    {
        using var stream = File.OpenRead(localFile);
        Put(path, stream);
    }

    public void Delete(string path)
    {
        var full = Remote(path);
        if (client.Exists(full)) client.DeleteFile(full);
        var folder = path;
        while (folder.LastIndexOf('/') is var slash and > 0)
        {
            folder = folder[..slash];
            if (client.ListDirectory(Remote(folder)).Any(e => e.Name is not ("." or ".."))) break;
            client.DeleteDirectory(Remote(folder));
            _folders.Remove(folder);
        }
    }

    private void Put(string path, Stream content)
    {
        MakeFolders(path);
        var full = Remote(path);
        client.UploadFile(content, full + Partial, canOverride: true);
        client.RenameFile(full + Partial, full, isPosix: true);
    }

    private void MakeFolders(string path)
    {
        var parts = path.Split('/');
        var folder = "";
        for (var i = -1; i < parts.Length - 1; i++)
        {
            folder = i < 0 ? "" : folder.Length == 0 ? parts[i] : folder + "/" + parts[i];
            if (!_folders.Add(folder)) continue;
            var full = Remote(folder);
            if (!client.Exists(full)) client.CreateDirectory(full);
        }
    }

    private string Remote(string path) => path.Length == 0 ? root : root.TrimEnd('/') + "/" + path;
}
