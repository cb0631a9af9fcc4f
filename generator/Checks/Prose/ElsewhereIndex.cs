using Bantin.Model.Data;

namespace Bantin.Checks.Prose;

/// <summary>Every given value of the data by number, built once per check, for "this is another month's figure".</summary>
public sealed class ElsewhereIndex
{
    private readonly Dictionary<(decimal Value, decimal? Of), List<Result>> _byNumber = new();

    public ElsewhereIndex(DataSet data)
    {
        foreach (var r in data.Results)
        {
            var key = (r.Amount.Value, r.Amount.Of);
            (_byNumber.TryGetValue(key, out var list) ? list : _byNumber[key] = []).Add(r);
        }
    }

    public IReadOnlyList<Result> Find(decimal value, decimal? of) => _byNumber.TryGetValue((value, of), out var list) ? list : [];
}
