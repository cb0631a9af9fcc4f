using Bantin.Diagnostics;
using Bantin.Render;
using Bantin.Stages;

namespace Bantin.Incremental;

/// <summary>The preview's <see cref="IBodyCache"/>: bodies kept by their inputs, files looked up by their stamps.</summary>
public sealed class MemoryBodies(BuildMemory memory, string root) : IBodyCache
{
    public bool Exists(string fullPath) => memory.Files.Exists(fullPath);

    public RenderedBody Render(BodySource source, DiagnosticBag bag, Func<DiagnosticBag, RenderedBody> render) =>
        memory.Bodies.Render(source.Item, source.SourcePath, source.Markdown, source.Unit, memory.DataVersions, memory.Templates.Version,
            body => Stamp(source.SourceFolder, body, null), bag, render);

    public void CheckFiles(BodySource source, RenderedBody body, DiagnosticBag bag, Action<DiagnosticBag> check) =>
        memory.FileChecks.Check(source, body, Stamp(source.SourceFolder, body, source.Image), memory.Files.Changed is not null, bag, check);

    /// <summary>The stamps of the images beside a source that its body and card use: their sizes are written into the HTML.</summary>
    public long Stamp(string folder, RenderedBody body, string? image)
    {
        var stamp = 0L;
        var files = body.LocalFiles;
        for (var i = 0; i < files.Count; i++)
            if (LocalFileName.IsUsable(files[i].RelativePath)) stamp = HashCode.Combine(stamp, memory.Files.Stamp(FullPath(folder, files[i].RelativePath)));
        if (image is not null && MarkdownRenderer.IsLocal(image) && LocalFileName.IsUsable(image))
            stamp = HashCode.Combine(stamp, memory.Files.Stamp(FullPath(folder, image)));
        return stamp;
    }

    /// <summary>As <see cref="Path.GetFullPath(string)"/> gives it (the watcher's changed files are named so).</summary>
    private string FullPath(string folder, string relative) => memory.Paths.Of(root, folder, relative);
}
