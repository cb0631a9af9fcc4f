using Bantin.Formatting;
using Bantin.Model;
using Bantin.Model.Data;
using Bantin.Model.Periods;

namespace Bantin.Forms;

/// <summary>What a report form asks: these units, these indicators, for this period.</summary>
/// <param name="Parts">Each breakdown indicator's parts, as results files already use them.</param>
public sealed record FormRequest(
    string SiteTitle, Language Language, Period Period, IReadOnlyList<Unit> Units, IReadOnlyList<Indicator> Indicators,
    FormLayout Layout, IReadOnlyDictionary<string, IReadOnlyList<string>> Parts);
