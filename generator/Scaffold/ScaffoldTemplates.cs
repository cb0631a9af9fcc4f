using Bantin.Formatting;
using System.Text;
using Bantin.Model;

namespace Bantin.Scaffold;

/// <summary>
/// The files of a new site, embedded from generator/Scaffold/Files/{vi,en}/. Names there start with <c>dot-</c>
/// instead of a dot (<c>dot-gitignore</c>, <c>dot-github/</c>), so they do not act on this repository.
/// </summary>
public static class ScaffoldTemplates
{
    private const string Prefix = "scaffold/";
    private const string Dot = "dot-";

    /// <summary>Each file's path in the new site (with placeholders) and its text, in path order.</summary>
    public static IReadOnlyList<(string Path, string Text)> For(Language language)
    {
        var assembly = typeof(ScaffoldTemplates).Assembly;
        var prefix = Prefix + (language == Language.En ? "en/" : "vi/");
        // %(RecursiveDir) in the resource names has the build machine's separator.
        return assembly.GetManifestResourceNames()
            .Where(name => name.Replace('\\', '/').StartsWith(prefix, StringComparison.Ordinal))
            .OrderBy(name => name.Replace('\\', '/'), StringComparer.Ordinal)
            .Select(name => (SitePath(name.Replace('\\', '/')[prefix.Length..]), Read(assembly, name)))
            .ToList();
    }

    private static string SitePath(string resource) =>
        string.Join('/', resource.Split('/').Select(part => part.StartsWith(Dot, StringComparison.Ordinal) ? "." + part[Dot.Length..] : part));

    private static string Read(System.Reflection.Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream, new UTF8Encoding(false));
        return reader.ReadToEnd();
    }
}
