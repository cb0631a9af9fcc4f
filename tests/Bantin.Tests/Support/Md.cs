namespace Bantin.Tests.Support;

/// <summary>Short article files for inline test sites.</summary>
public static class Md
{
    public static string Article(string title, string date, string? category = null, string? tags = null, string body = "Nội dung.", string extra = "") =>
        $"---\ntitle: {title}\ndate: {date}\n" +
        (category is null ? "" : $"category: {category}\n") +
        (tags is null ? "" : $"tags: [{tags}]\n") +
        extra +
        $"---\n{body}\n";
}
