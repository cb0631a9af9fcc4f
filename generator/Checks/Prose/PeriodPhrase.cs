using Bantin.Model.Periods;

namespace Bantin.Checks.Prose;

/// <summary>Words naming a period ("5 tháng đầu năm 2017", "quý I", "tháng Tư") at a 0-based column of a line.</summary>
public sealed record PeriodPhrase(int Index, int Length, string Text, Period Period)
{
    public int End => Index + Length;

    /// <summary>Whether the phrase names the same months as <paramref name="period"/> (quý I and 2019-01..2019-03 do).</summary>
    public bool Covers(Period period) => Same(Period, period);

    public static bool Same(Period a, Period b) => a.Start == b.Start && a.End == b.End;
}
