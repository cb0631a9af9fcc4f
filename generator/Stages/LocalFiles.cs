using Bantin.Diagnostics;
using Bantin.Output;
using Bantin.Render;
using Bantin.Sources;

namespace Bantin.Stages;

/// <summary>The files beside a source that its page uses (images, downloads): checked, then copied next to the page.</summary>
public static class LocalFiles
{
    /// <summary>Each file the body and the card image name must be a usable file inside the item's folder.</summary>
    public static void Check(SiteFiles files, BodySource source, RenderedBody body, DiagnosticBag bag, Func<string, bool> exists)
    {
        foreach (var file in body.LocalFiles)
            CheckOne(files, source.SourceFolder, file.RelativePath, new SourceSpan(source.SourcePath, file.Line, file.Column), bag, exists);
        if (source.Image is { } image && MarkdownRenderer.IsLocal(image))
            CheckOne(files, source.SourceFolder, image, new SourceSpan(source.SourcePath, 1, 1), bag, exists);
    }

    private static void CheckOne(SiteFiles files, string folder, string relative, SourceSpan span, DiagnosticBag bag, Func<string, bool> exists)
    {
        // NUL cannot be in a path: an error at the link, rather than an exception from the path functions.
        if (!LocalFileName.IsUsable(relative))
        {
            bag.Error(span, bag.Messages.LocalFileBadName(LocalFileName.Shown(relative)));
            return;
        }
        var full = Path.GetFullPath(Path.Combine(files.Root, folder, relative));
        var inside = full.StartsWith(Path.GetFullPath(Path.Combine(files.Root, folder)) + Path.DirectorySeparatorChar, StringComparison.Ordinal);
        if (!inside || !exists(full))
        {
            // A link that dangles or loops does not "exist" either: say which.
            string? dangling = null;
            var problem = inside ? files.Check(SitePaths.Relative(files.Root, full), text: false, out dangling) : FileProblem.Missing;
            bag.Error(span, problem is FileProblem.Dangling or FileProblem.Loop
                ? bag.Messages.UnusableFile(problem, dangling, SiteFiles.MaxTextBytes) : bag.Messages.LocalFileMissing(relative));
            return;
        }
        // Copied into the output as it is: never from outside the site, never a FIFO or a device.
        if (files.Check(SitePaths.Relative(files.Root, full), text: false, out var target) is not FileProblem.None and var unusable)
            bag.Error(span, bag.Messages.UnusableFile(unusable, target, SiteFiles.MaxTextBytes));
    }

    public static void Copy(string root, IEnumerable<(string Folder, string Url, RenderedBody Body, string? Image)> items, ISiteOutput output)
    {
        foreach (var (folder, url, body, image) in items)
            foreach (var file in Used(body, image))
                output.CopyFile(url + file, Path.Combine(root, folder, file));
    }

    /// <summary>The files beside a source that its page needs copied: those its body uses, and its card image.</summary>
    /// <remarks>In the order named, each once. Most bodies name a few files: a linear look among them beats a hash set per item.</remarks>
    public static IReadOnlyList<string> Used(RenderedBody body, string? image)
    {
        var local = image is not null && MarkdownRenderer.IsLocal(image);
        if (body.LocalFiles.Count == 0) return local ? [image!] : [];
        if (body.LocalFiles.Count > 16) return body.LocalFiles.Select(f => f.RelativePath).Concat(local ? [image!] : []).Distinct(StringComparer.Ordinal).ToList();
        var files = new List<string>(body.LocalFiles.Count + 1);
        foreach (var file in body.LocalFiles) AddOnce(files, file.RelativePath);
        if (local) AddOnce(files, image!);
        return files;
    }

    private static void AddOnce(List<string> files, string file)
    {
        foreach (var known in files)
            if (string.Equals(known, file, StringComparison.Ordinal)) return;
        files.Add(file);
    }
}
