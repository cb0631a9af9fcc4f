namespace Bantin.Deploy;

/// <summary>The few things a change-only deploy does to a target: a folder or an SFTP server.</summary>
public interface ITargetFiles
{
    /// <summary>The target's <see cref="DeployManifest"/> text, or null when it has none (a first deploy).</summary>
    string? ReadManifest();

    /// <summary>Writes the manifest so that a reader never sees half of it.</summary>
    void WriteManifest(string text);

    /// <summary>Puts a file at a '/'-path, replacing any file there at once: a reader sees the old or the new file, never a part.</summary>
    void Upload(string path, string localFile);

    /// <summary>Deletes a file if it is there, and any folder that leaves empty.</summary>
    void Delete(string path);
}
