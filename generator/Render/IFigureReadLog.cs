namespace Bantin.Render;

/// <summary>
/// Told, for each body rendered with figure calls, which figures its calls read (<see cref="Data.FigureFunctions.Reads"/>):
/// the preview renders the body again only after a data edit that can reach one of them.
/// </summary>
public interface IFigureReadLog
{
    void Record(string sourcePath, IReadOnlyCollection<DataUse> reads);
}
