using Bantin.Model.Data;
using Bantin.Model.Periods;

namespace Bantin.Import;

/// <summary>What reading a sheet needs: the site's data to match against, the period asked for, and the log.</summary>
internal sealed class ImportContext(DataSet data, Period? period, ImportLog log)
{
    public DataSet Data { get; } = data;
    public Period? Period { get; } = period;
    public ImportLog Log { get; } = log;
    public UnitMatcher Units { get; } = new(data.Units);
    public IndicatorMatcher Indicators { get; } = new(data);
}
