namespace Aws.Cli.Arguments;

/// <summary>What argument processing needs from the environment; tests pass their own.</summary>
public sealed class ArgumentOptions
{
    /// <summary>The service's CLI command name (e.g. "ec2", "s3api"): renames and customizations are keyed by it.</summary>
    public required string ServiceName { get; init; }

    /// <summary>The global --cli-binary-format (or the config value): "base64" (default) or "raw-in-base64-out".</summary>
    public string BinaryFormat { get; init; } = "base64";

    /// <summary>False when the global --no-paginate was given.</summary>
    public bool Paginate { get; init; } = true;

    /// <summary>Relative file:// paths are resolved against this folder.</summary>
    public string CurrentDirectory { get; init; } = Environment.CurrentDirectory;

    /// <summary>Environment lookup for $VAR / ${VAR} and ~ (HOME) in file paths.</summary>
    public Func<string, string?> GetEnvironmentVariable { get; init; } = Environment.GetEnvironmentVariable;

    public static ArgumentOptions For(string serviceName) => new() { ServiceName = serviceName };
}
