namespace Aws.EndToEnd.Tests.Errors;

/// <summary>How much of two CLIs' output must match.</summary>
public enum Compare
{
    /// <summary>Exit code, stdout and stderr byte for byte.</summary>
    Exact,
    /// <summary>Exit code, the usage banner and the "Invalid choice: 'x', maybe you meant:" tail; the choice list in
    /// between is left out because our models are newer than 2.9.19's.</summary>
    ChoiceTail,
}

/// <summary>
/// One error scenario run by both CLIs. "{moto}" in an argument is the moto endpoint, "{closed}" a loopback URL
/// nobody listens on. Env entries with a null value are removed; Config is written to ~/.aws/config first.
/// </summary>
public sealed record ErrorCase(string Name, string[] Args, int ExpectedExit, Compare Compare = Compare.Exact,
    Dictionary<string, string?>? Env = null, string? Config = null)
{
    public override string ToString() => Name;
}
