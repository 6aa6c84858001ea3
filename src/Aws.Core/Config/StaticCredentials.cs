namespace Aws.Core.Config;

/// <summary>A set of AWS credentials and the name of the provider that produced them.</summary>
/// <param name="Method">botocore's provider name: "env", "shared-credentials-file", "config-file", ...</param>
public sealed record StaticCredentials(
    string AccessKey,
    string SecretKey,
    string? SessionToken = null,
    DateTimeOffset? Expiration = null,
    string Method = "explicit");
