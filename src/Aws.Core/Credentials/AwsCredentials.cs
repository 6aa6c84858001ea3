namespace Aws.Core.Credentials;

/// <summary>A set of AWS credentials. ToString never prints the secret or the token.</summary>
public sealed record AwsCredentials(
    string AccessKeyId,
    string SecretAccessKey,
    string? SessionToken = null,
    DateTimeOffset? Expiration = null)
{
    public bool HasSessionToken => !string.IsNullOrEmpty(SessionToken);

    // Records print every member by default; keep secrets out of logs and debug output.
    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append("AccessKeyId = ").Append(AccessKeyId)
            .Append(", SecretAccessKey = ***, SessionToken = ").Append(HasSessionToken ? "***" : "(none)");
        if (Expiration is { } e) builder.Append(", Expiration = ").Append(e.ToString("O"));
        return true;
    }
}
