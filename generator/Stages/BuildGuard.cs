using Bantin.Diagnostics;
using Bantin.Formatting;
using Bantin.Output;

namespace Bantin.Stages;

/// <summary>
/// What every build (one-shot or preview) does when it does not finish: a stop on request and an output that cannot
/// be written are failed results with the output untouched; anything else is a bug and leaves as a
/// <see cref="BuildCrash"/> naming the stage.
/// </summary>
public static class BuildGuard
{
    public static BuildResult Run(BuildOptions options, Func<StageName, BuildResult> build)
    {
        var current = new StageName();
        try
        {
            return build(current);
        }
        catch (Exception e) when (BuildCrash.IsCancellation(e) && options.Cancel.IsCancellationRequested)
        {
            var bag = new DiagnosticBag(new Messages(Language.Vi));
            bag.Error(SourceSpan.FileOnly(options.ResolvedOutput), bag.Messages.BuildCancelled());
            return Failed(bag, options, TimeSpan.Zero) with { Stopped = true };
        }
        catch (Exception e) when (OutputFailure.Within(e) is { } failure)
        {
            var bag = new DiagnosticBag(new Messages(Language.Vi));
            bag.Error(SourceSpan.FileOnly(options.ResolvedOutput), bag.Messages.OutputFailed($"{failure.Path}: {failure.InnerException?.Message}"));
            return Failed(bag, options, TimeSpan.Zero);
        }
        catch (Exception e) when (!BuildCrash.IsCancellation(e))
        {
            throw BuildCrash.From(e, current.Current);
        }
    }

    public static BuildResult Failed(DiagnosticBag bag, BuildOptions options, TimeSpan elapsed) =>
        new(false, bag.Sorted(), 0, 0, elapsed, options.ResolvedOutput, bag.Messages);

    /// <summary>Commits the output; a disk that fills up at the last moment is an error, not a crash.</summary>
    public static bool Commit(ISiteOutput output, BuildOptions options, DiagnosticBag bag)
    {
        try
        {
            output.Commit();
            return true;
        }
        catch (IOException e)
        {
            bag.Error(SourceSpan.FileOnly(options.ResolvedOutput), bag.Messages.OutputFailed(e.Message));
            return false;
        }
    }
}
