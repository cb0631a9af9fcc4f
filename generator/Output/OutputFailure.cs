namespace Bantin.Output;

/// <summary>
/// The output could not be written (disk full, no permission, a file where a folder must go). Not a bug and not the
/// site's content: the build reports it as an error on the output folder and leaves the previous output as it was.
/// </summary>
public sealed class OutputFailure(string path, Exception inner) : Exception($"{path}: {inner.Message}", inner)
{
    public string Path { get; } = path;

    public static bool IsWriteError(Exception e) => e is IOException or UnauthorizedAccessException;

    /// <summary>The failure inside <paramref name="e"/>, which parallel loops and crash wrappers may have wrapped.</summary>
    public static OutputFailure? Within(Exception? e) => e switch
    {
        OutputFailure failure => failure,
        AggregateException many => many.Flatten().InnerExceptions.Select(Within).FirstOrDefault(f => f is not null),
        null => null,
        _ => Within(e.InnerException),
    };
}
