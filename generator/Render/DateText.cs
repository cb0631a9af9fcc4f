using System.Globalization;
using Bantin.Diagnostics;
using Bantin.Formatting;
using Bantin.Model;

namespace Bantin.Render;

/// <summary>Dates as the portals print them: <c>Thứ Bảy, 27/04/2019 14:23</c>; and the machine forms feeds need.</summary>
public static class DateText
{
    private static readonly string[] ViDays = ["Chủ Nhật", "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy"];
    private static readonly string[] EnDays = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
    private static readonly string[] EnMonths =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    public static string Long(DateTime local, Language language) => language == Language.En
        ? $"{EnDays[(int)local.DayOfWeek]}, {local.Day} {EnMonths[local.Month - 1]} {local.Year} {local:HH:mm}"
        : $"{ViDays[(int)local.DayOfWeek]}, {local.ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture)}";

    public static string Short(DateTime local, Language language) => language == Language.En
        ? $"{local.Day} {EnMonths[local.Month - 1][..3]} {local.Year}"
        : local.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    public static string Month(int year, int month, Language language) =>
        language == Language.En ? $"{EnMonths[month - 1]} {year}" : $"Tháng {month}/{year}";

    public static string Year(int year, Language language) => language == Language.En ? $"{year}" : $"Năm {year}";

    /// <summary>ISO 8601 with the site-zone offset, for &lt;time datetime&gt; and sitemaps.</summary>
    public static string Iso(DateTimeOffset date) => date.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    /// <summary>RFC 822 as RSS 2.0 wants it: <c>Sat, 27 Apr 2019 14:23:00 +0700</c>.</summary>
    public static string Rfc822(DateTimeOffset date)
    {
        var offset = date.Offset;
        var sign = offset < TimeSpan.Zero ? "-" : "+";
        var abs = offset.Duration();
        return date.ToString("ddd, dd MMM yyyy HH:mm:ss ", CultureInfo.InvariantCulture) + $"{sign}{abs.Hours:D2}{abs.Minutes:D2}";
    }
}
