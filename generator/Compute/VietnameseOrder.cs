using System.Globalization;

namespace Bantin.Compute;

/// <summary>Sorting by name the way a Vietnamese reader expects (a, ă, â, b, … đ after d), the same on every run.</summary>
public static class VietnameseOrder
{
    public static StringComparer Names { get; } =
        StringComparer.Create(CultureInfo.GetCultureInfo("vi-VN"), CompareOptions.None);

    /// <summary>Newest first; the source path breaks ties so equal dates never reorder between builds.</summary>
    public static int NewestFirst(Model.Article a, Model.Article b)
    {
        var byDate = b.Date.CompareTo(a.Date);
        return byDate != 0 ? byDate : string.CompareOrdinal(a.SourcePath, b.SourcePath);
    }
}
