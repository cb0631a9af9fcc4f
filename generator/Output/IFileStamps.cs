namespace Bantin.Output;

/// <summary>
/// Size and last write time of a source file, as the preview knows them: <see cref="DeltaOutput"/> tells a copied
/// file unchanged by them without reading it. Owned here so that Output does not know the preview's memory.
/// </summary>
public interface IFileStamps
{
    /// <summary>(0, 0) when the file is missing.</summary>
    (long Length, long WrittenTicks) Of(string fullPath);
}
