using Bantin.Model.Data;

namespace Bantin.Import;

/// <summary>
/// One number a sheet asks for: an indicator and which of its numbers. Forms carry it as a key in a hidden row or
/// column: <c>doan-vien-moi</c>, <c>hoi-nghi-cbccvc:of</c>, <c>tong-doan-vien:by:khoi-hcsn</c>; plain tables may use
/// the same keys in their header.
/// </summary>
public sealed record Slot(Indicator Indicator, SlotPart Part, string? PartKey = null)
{
    public string Key => Part switch
    {
        SlotPart.Of => Indicator.Id + ":of",
        SlotPart.Part => Indicator.Id + ":by:" + PartKey,
        _ => Indicator.Id,
    };

    /// <summary>Reads a key against the indicators; null when it names none or a part the indicator cannot have.</summary>
    public static Slot? Parse(string key, DataSet data)
    {
        var pieces = key.Trim().Split(':');
        if (data.Indicator(pieces[0]) is not { } indicator) return null;
        return pieces switch
        {
            [_] => new Slot(indicator, SlotPart.Main),
            [_, "of"] when indicator.Kind == IndicatorKind.Ratio => new Slot(indicator, SlotPart.Of),
            // Where indicators.yaml names the parts, only those (a results file may use no other key).
            [_, "by", var part] when indicator.Breakdown is not null && part.Length > 0 && (!indicator.Parts.Declared || indicator.Parts.Contains(part))
                => new Slot(indicator, SlotPart.Part, part),
            _ => null,
        };
    }
}
