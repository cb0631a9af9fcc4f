using System.Globalization;
using Bantin.Formatting;

namespace Bantin.Render.Data;

/// <summary>The words for provisional and corrected figures: the marks in report tables and the note under an article.</summary>
public sealed record RevisionStrings(string Provisional, string RevisedFormat, string EarlierFormat, string NoteFormat, string SeeNew)
{
    private static readonly RevisionStrings Vi = new("sơ bộ", "đã điều chỉnh ngày {0}", "trước đó: {0}", "Số liệu đã được điều chỉnh ngày {0}", "xem số mới");
    private static readonly RevisionStrings En = new("provisional", "corrected on {0}", "earlier: {0}", "Figures corrected on {0}", "see the new figures");

    public static RevisionStrings For(Language language) => language == Language.En ? En : Vi;

    /// <summary>10/06/2019, as Vietnamese write a day.</summary>
    public static string Day(DateOnly day) => day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    /// <summary>"sơ bộ", "đã điều chỉnh ngày 10/06/2019, trước đó: 72", both, or null for a figure that is neither.</summary>
    public string? Mark(bool provisional, DateOnly? revisedOn, string? earlier)
    {
        var parts = new List<string>(2);
        if (provisional) parts.Add(Provisional);
        if (revisedOn is { } day)
            parts.Add(string.Format(CultureInfo.InvariantCulture, RevisedFormat, Day(day))
                + (earlier is null ? "" : ", " + string.Format(CultureInfo.InvariantCulture, EarlierFormat, earlier)));
        return parts.Count == 0 ? null : string.Join("; ", parts);
    }
}
