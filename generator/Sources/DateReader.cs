using System.Globalization;

namespace Bantin.Sources;

/// <summary>Front-matter dates: local time in the site's zone unless an offset is written.</summary>
public static class DateReader
{
    private static readonly string[] LocalFormats =
    [
        "yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd",
        "yyyy-M-d H:mm", "yyyy-M-d",
    ];

    private static readonly string[] OffsetFormats =
    [
        "yyyy-MM-dd HH:mm zzz", "yyyy-MM-dd HH:mm:ss zzz", "yyyy-MM-dd'T'HH:mmzzz", "yyyy-MM-dd'T'HH:mm:sszzz",
        "yyyy-MM-dd HH:mmzzz", "yyyy-MM-dd HH:mm:sszzz", "yyyy-MM-dd'T'HH:mm:ss'Z'", "yyyy-MM-dd'T'HH:mm'Z'",
    ];

    /// <summary>
    /// The years an article may be dated in. Beyond them a date is a typo (0219 for 2019), and near the ends of
    /// DateTimeOffset's range converting between zones throws.
    /// </summary>
    public const int FirstYear = 1900, LastYear = 2999;

    /// <summary>Whether the text starts with a four-digit year outside <see cref="FirstYear"/>..<see cref="LastYear"/>.</summary>
    public static bool YearOutOfRange(string text)
    {
        text = text.Trim();
        if (text.Length < 4 || !text[..4].All(char.IsAsciiDigit) || (text.Length > 4 && text[4] != '-')) return false;
        var year = int.Parse(text[..4], CultureInfo.InvariantCulture);
        return year is < FirstYear or > LastYear;
    }

    public static bool TryRead(string text, TimeZoneInfo zone, out DateTimeOffset date)
    {
        text = text.Trim();
        if (DateTimeOffset.TryParseExact(text, OffsetFormats, CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal, out date))
            return true;
        if (DateTime.TryParseExact(text, LocalFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            // An invalid local time (a skipped DST hour) is taken with the zone's standard offset.
            date = new DateTimeOffset(local, zone.IsInvalidTime(local) ? zone.BaseUtcOffset : zone.GetUtcOffset(local));
            return true;
        }
        date = default;
        return false;
    }

    /// <summary>The wall-clock time in the site zone: what archives, URLs and printed dates use.</summary>
    public static DateTime Local(DateTimeOffset date, TimeZoneInfo zone) => TimeZoneInfo.ConvertTime(date, zone).DateTime;
}
