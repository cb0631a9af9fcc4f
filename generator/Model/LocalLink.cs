namespace Bantin.Model;

/// <summary>A link or image that names a file beside its source (copied into the output), not a page, anchor or address.</summary>
public static class LocalLink
{
    public static bool Is(string? url) =>
        !string.IsNullOrEmpty(url) && !url.StartsWith('/') && !url.StartsWith('#') && !url.Contains("://") &&
        !url.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase) && !url.StartsWith("data:", StringComparison.OrdinalIgnoreCase);
}
