using Bantin.Formatting;
using Bantin.Model.Periods;

namespace Bantin.Render.Data;

/// <summary>A period's label, remembering the last one asked: lines in a row that name the same period share it.</summary>
internal sealed class LastLabel(Language language)
{
    private Period? _period;
    private string _label = "";

    public string Of(Period period)
    {
        if (period != _period) (_period, _label) = (period, period.Label(language));
        return _label;
    }
}
