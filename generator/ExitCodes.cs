namespace Bantin;

/// <summary>
/// What every command exits with (README, "Your files"): 0 done, 1 errors in the site's files, 2 bad usage (including
/// an output folder a build must not touch), 3 a bug in Bantin, 130 stopped by Ctrl+C or SIGTERM. Here, below the
/// command line, so features such as <c>new site</c> can answer with them.
/// </summary>
public static class ExitCodes
{
    public const int Ok = 0;
    public const int ContentErrors = 1;
    public const int BadUsage = 2;
    public const int InternalError = 3;
    public const int Interrupted = 130;
}
