namespace Bantin.Model;

/// <summary>
/// site.yaml <c>allow_symlinks_outside</c>: whether a symbolic link in the site may lead outside it. By default none
/// may: a link to another folder would publish whatever is there. <c>true</c> allows every target; a list allows
/// targets inside those folders (relative to the site, or absolute).
/// </summary>
public sealed record SymlinkPolicy(bool AllowAll, IReadOnlyList<string> Folders)
{
    public static SymlinkPolicy Default { get; } = new(false, []);
}
