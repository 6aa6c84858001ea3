using Aws.Core.Runtime;

namespace Aws.Core.Credentials;

/// <summary>
/// Makes a client for an AWS API the providers call (sts, sso, sso-oidc), with the invocation's endpoint
/// configuration (AWS_ENDPOINT_URL_STS, ...) and transport. Null credentials: the calls are unsigned.
/// </summary>
/// <param name="serviceName">The CLI name of the bundled model ("sts", "sso", "sso-oidc").</param>
/// <param name="region">The region to call; null for the invocation's region.</param>
public delegate ServiceClient ServiceClientFactory(string serviceName, string? region, ICredentialSource? credentials);
