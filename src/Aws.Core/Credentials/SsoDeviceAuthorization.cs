namespace Aws.Core.Credentials;

/// <summary>What the user is shown while `aws sso login` waits: the verification URL and the code.</summary>
public sealed record SsoDeviceAuthorization(string UserCode, string VerificationUri, string VerificationUriComplete, DateTimeOffset ExpiresAt);
