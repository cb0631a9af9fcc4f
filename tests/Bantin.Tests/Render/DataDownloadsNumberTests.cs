using System.Globalization;
using Bantin.Render.Data;

namespace Bantin.Tests.Render;

/// <summary>
/// The CSV downloads print whole numbers by a shortcut; every decimal must still come out as the custom format
/// ("0.######", decimal comma) printed it: big, tiny, negative, zero, with trailing zeros in its scale.
/// </summary>
public sealed class DataDownloadsNumberTests
{
    [Fact]
    public void Prints_what_the_custom_format_prints()
    {
        var random = new Random(20240501);
        var values = new List<decimal?> { null, 0m, -0m, 0.0m, 1m, -1m, 1738m, 1738.000m, -5.00m, 90.74m, 0.0000004m, 1.9999999m,
            long.MaxValue, long.MinValue, (decimal)long.MaxValue + 1, (decimal)long.MinValue - 1, decimal.MaxValue, decimal.MinValue };
        for (var i = 0; i < 20000; i++)
        {
            var scale = (byte)random.Next(0, 29);
            var high = random.Next(3) == 0 ? 0 : random.Next(0, 1 << 16);
            values.Add(new decimal(random.Next(), random.Next(4) == 0 ? 0 : random.Next(), high, random.Next(2) == 0, scale));
            values.Add(new decimal(random.Next(), 0, 0, random.Next(2) == 0, (byte)random.Next(0, 4)));
        }
        foreach (var value in values)
            Assert.Equal(Reference(value), DataDownloads.Number(value));
    }

    private static string Reference(decimal? value) => value is { } v
        ? decimal.Round(v, 6).ToString("0.######", CultureInfo.InvariantCulture).Replace('.', ',')
        : "";
}
