namespace Aws.Local.Host;

/// <summary>How a local cloud is opened.</summary>
public sealed record LocalCloudOptions
{
    /// <summary>The state folder; null means the default <c>~/.aws/local</c>.</summary>
    public string? DataDirectory { get; init; }
    /// <summary>Keep state in memory only.</summary>
    public bool Ephemeral { get; init; }
    public TimeProvider Clock { get; init; } = TimeProvider.System;
    /// <summary>Null uses <see cref="Auth.PolicyEngineAuthorizer"/>.</summary>
    public Auth.IAuthorizer? Authorizer { get; init; }

    /// <summary>~/.aws/local under the given home folder.</summary>
    public static string DefaultDataDirectory(string home) => Path.Combine(home, ".aws", "local");
}
