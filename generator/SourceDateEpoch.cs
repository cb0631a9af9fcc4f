using System.Globalization;

namespace Bantin;

/// <summary>
/// SOURCE_DATE_EPOCH (reproducible-builds.org): whole seconds since 1970-01-01 UTC, which fixes the build time.
/// A value that is not one is a usage error: ignoring it would quietly make the build unreproducible, and one
/// beyond year 9999 used to crash.
/// </summary>
public static class SourceDateEpoch
{
    public const string Variable = "SOURCE_DATE_EPOCH";

    private static readonly long Last = DateTimeOffset.MaxValue.ToUnixTimeSeconds();

    /// <summary>False for a value that is not a time; <paramref name="time"/> is null when the variable is unset.</summary>
    public static bool TryRead(string? value, out DateTimeOffset? time)
    {
        time = null;
        if (string.IsNullOrEmpty(value)) return true;
        if (!long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) || seconds > Last) return false;
        time = DateTimeOffset.FromUnixTimeSeconds(seconds);
        return true;
    }

    /// <summary>The time the variable fixes, or null; writes a usage error and returns false for a bad value.</summary>
    public static bool TryFromEnvironment(TextWriter stderr, out DateTimeOffset? time)
    {
        var value = Environment.GetEnvironmentVariable(Variable);
        if (TryRead(value, out time)) return true;
        stderr.WriteLine($"{Variable} \"{value}\" không phải số giây kể từ 1970-01-01 (số nguyên từ 0 đến {Last}). " +
                         $"/ {Variable} \"{value}\" is not a number of seconds since 1970-01-01 (a whole number from 0 to {Last}).");
        return false;
    }
}
