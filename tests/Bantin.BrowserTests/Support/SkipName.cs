namespace Bantin.BrowserTests.Support;

/// <summary>
/// The display name of a skipped test: <c>dotnet test</c> at its default verbosity prints the name and "[SKIP]" but not
/// xunit's Skip reason, so the reason rides in the name. The class comes from the file (one type per file).
/// </summary>
public static class SkipName
{
    public static string For(string file, string test, string reason) =>
        $"{Path.GetFileNameWithoutExtension(file.Replace('\\', '/').Split('/')[^1])}.{test} — bỏ qua / skipped: {reason}";
}
