namespace Bantin.Tests.Fuzz;

/// <summary>
/// A broken property: <see cref="Signature"/> groups failures of one cause (exception type and the Bantin frame that
/// threw, or the property that failed), so a long run lists each distinct crash once.
/// </summary>
public sealed record FuzzFailure(string Signature, string Detail);
