namespace Bantin.Diagnostics;

public enum Severity
{
    Warning,
    Error,
}
