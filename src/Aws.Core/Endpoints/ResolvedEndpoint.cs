namespace Aws.Core.Endpoints;

/// <summary>Where to send a request and how to sign it.</summary>
/// <param name="Url">The endpoint URL exactly as resolved (a custom endpoint is kept as given).</param>
/// <param name="SigningRegion">The SigV4 credential-scope region; null only for a custom endpoint used without a region.</param>
/// <param name="SigningName">The SigV4 credential-scope service name.</param>
/// <param name="Partition">The partition the region belongs to.</param>
public sealed record ResolvedEndpoint(string Url, string? SigningRegion, string SigningName, Partition Partition)
{
    public Uri Uri => new(Url);

    /// <summary>The region the endpoint was resolved for, after FIPS pseudo-region normalization.</summary>
    public string? Region { get; init; }

    /// <summary>True when <see cref="Url"/> came from a custom endpoint rather than the table.</summary>
    public bool IsCustomEndpoint { get; init; }

    /// <summary>The options used (S3 addressing needs FIPS, dual-stack, accelerate and the global switch).</summary>
    public EndpointOptions Options { get; init; } = EndpointOptions.Default;
}
