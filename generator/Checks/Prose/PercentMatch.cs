namespace Bantin.Checks.Prose;

/// <summary>
/// Whether a typed percentage is one a writer would print for the data's: rounded or cut to the digits typed
/// (75% and 75,2% for 75,2%; 227,4% for 227,47%; not 80%), or for "trên"/"dưới" a bound that holds.
/// </summary>
public static class PercentMatch
{
    public static bool Accepts(decimal typed, int decimals, ProseBound bound, decimal actual) => bound switch
    {
        ProseBound.Above => actual >= typed,
        ProseBound.Below => actual <= typed,
        ProseBound.About => true,
        _ => Math.Round(actual, decimals, MidpointRounding.AwayFromZero) == typed
             || Math.Truncate(actual * Scale(decimals)) / Scale(decimals) == typed,
    };

    public static int Decimals(string text)
    {
        var comma = text.IndexOf(',');
        return comma < 0 ? 0 : text[(comma + 1)..].TakeWhile(char.IsAsciiDigit).Count();
    }

    private static decimal Scale(int decimals) => decimals switch { 0 => 1m, 1 => 10m, 2 => 100m, 3 => 1000m, _ => 10000m };
}
