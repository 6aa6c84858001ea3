namespace Aws.Core.Config;

/// <summary>Base of the config-file errors; <see cref="Exception.Message"/> is the CLI's user-facing text.</summary>
public class ConfigException(string message) : Exception(message);

/// <summary>The file is not valid INI (botocore's ConfigParseError).</summary>
public sealed class ConfigParseException(string path, string? detail = null)
    : ConfigException("Unable to parse config file: " + path)
{
    public string Path { get; } = path;

    /// <summary>What the parser disliked (not shown by the CLI, useful in tests and debug logs).</summary>
    public string? Detail { get; } = detail;
}

/// <summary>The file does not exist (botocore's ConfigNotFound).</summary>
public sealed class ConfigNotFoundException(string path)
    : ConfigException("The specified config file (" + path + ") could not be found.")
{
    public string Path { get; } = path;
}

/// <summary>A profile named explicitly (--profile / AWS_PROFILE) does not exist (botocore's ProfileNotFound).</summary>
public sealed class ProfileNotFoundException(string profile)
    : ConfigException("The config profile (" + profile + ") could not be found")
{
    public string Profile { get; } = profile;
}
