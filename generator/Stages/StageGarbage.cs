namespace Bantin.Stages;

/// <summary>
/// Gives back, between two stages of a large build, the memory the last stage left as garbage. Left to itself the
/// collector lets the heap of a 100,000-article build grow to about one and a half times what is alive before it
/// collects the oldest generation: the Markdown of every article after the bodies stage (about 1.2 GB), the drawn
/// pages' leftovers when the files stage makes its own large buffers (sitemap, search index, downloads) on top of them.
/// One full, compacting collection where a stage ends costs a second or two at that size and nothing for a small site,
/// which never asks for one.
/// </summary>
public static class StageGarbage
{
    /// <param name="large">True for a build large enough to keep its bodies packed (<see cref="BuildOptions.PackBodiesFrom"/>).</param>
    public static void Release(bool large)
    {
        if (!large) return;
        // Aggressive: compacts the large object heap too and returns the freed memory to the system at once.
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
    }
}
