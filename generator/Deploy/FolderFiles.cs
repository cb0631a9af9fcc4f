namespace Bantin.Deploy;

/// <summary>A local or mounted folder as a deploy target. Each file is copied beside its place, then moved over it.</summary>
public sealed class FolderFiles(string root) : ITargetFiles
{
    private const string Partial = ".bantin-partial";

    public string? ReadManifest()
    {
        var path = Path.Combine(root, DeployManifest.FileName);
        return File.Exists(path) ? File.ReadAllText(path) : null;
    }

    public void WriteManifest(string text)
    {
        Directory.CreateDirectory(root);
        var path = Path.Combine(root, DeployManifest.FileName);
        File.WriteAllText(path + Partial, text);
        File.Move(path + Partial, path, overwrite: true);
    }

    public void Upload(string path, string localFile)
    {
        var full = Full(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.Copy(localFile, full + Partial, overwrite: true);
        File.Move(full + Partial, full, overwrite: true);
    }

    public void Delete(string path)
    {
        var full = Full(path);
        if (File.Exists(full)) File.Delete(full);
        // Folders the site made and left empty go too; a folder holding anything (the user's files) stays.
        for (var folder = Path.GetDirectoryName(full); folder is not null && folder.Length > root.Length; folder = Path.GetDirectoryName(folder))
        {
            if (!Directory.Exists(folder) || Directory.EnumerateFileSystemEntries(folder).Any()) break;
            Directory.Delete(folder);
        }
    }

    private string Full(string path) => Path.Combine(root, path.Replace('/', Path.DirectorySeparatorChar));
}
