using Aws.Core.Config;

namespace Aws.Cli.Customizations.Configure;

/// <summary>What `aws configure` needs from the driver: global options, environment, home and the streams.</summary>
public sealed class ConfigureIo
{
    /// <summary>Environment lookup (null for unset).</summary>
    public required Func<string, string?> GetEnv { get; init; }

    /// <summary>Sets an environment variable for child processes (export-credentials' recursion guard); optional.</summary>
    public Action<string, string>? SetEnv { get; init; }

    /// <summary>The home folder ("~"); null: from HOME.</summary>
    public string? Home { get; init; }

    /// <summary>The global --profile value, if given.</summary>
    public string? Profile { get; init; }

    public TextReader Stdin { get; init; } = TextReader.Null;

    public TextWriter Stdout { get; init; } = TextWriter.Null;

    public TextWriter Stderr { get; init; } = TextWriter.Null;

    public bool StdinIsTerminal { get; init; }

    /// <summary>
    /// Full credential resolution (roles, SSO, process, ...) when the driver has it; when null only static keys
    /// (environment, credentials file, config file) are found. Returns null when there are no credentials.
    /// </summary>
    public Func<ConfigContext, StaticCredentials?>? ResolveCredentials { get; init; }
}
