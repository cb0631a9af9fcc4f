using Bantin.Diagnostics;
using Bantin.Render;

namespace Bantin.Stages;

/// <summary>
/// What a preview remembers of rendered bodies: a body whose inputs did not change is not rendered again, and the
/// files beside it are looked up in the preview's file stamps. A one-shot build has none and renders everything.
/// </summary>
public interface IBodyCache
{
    bool Exists(string fullPath);

    RenderedBody Render(BodySource source, DiagnosticBag bag, Func<DiagnosticBag, RenderedBody> render);

    /// <summary>Checks the files beside a body with <paramref name="check"/>, or reports its last findings when nothing they depend on changed.</summary>
    void CheckFiles(BodySource source, RenderedBody body, DiagnosticBag bag, Action<DiagnosticBag> check);
}
