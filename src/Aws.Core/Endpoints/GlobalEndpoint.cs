namespace Aws.Core.Endpoints;

/// <summary>
/// A service's single partition-wide endpoint (the <c>partitionEndpoint</c> of botocore's endpoints.json).
/// </summary>
/// <param name="Regionalized">
/// True when the service also has regional endpoints; the global one is then used only for the partition's
/// global pseudo-region (<c>aws-global</c>, ...). False means every region of the partition uses it.
/// </param>
/// <param name="Hostname">The host; this and the variant hosts may contain <c>{region}</c>, the client's region.</param>
/// <param name="SigningName">Credential-scope service name when it differs from the model's signing name.</param>
public sealed record GlobalEndpoint(
    string PartitionId,
    string EndpointPrefix,
    string Hostname,
    string SigningRegion,
    string? FipsHostname = null,
    string? DualStackHostname = null,
    string? FipsDualStackHostname = null,
    string? SigningName = null,
    bool Regionalized = false);
