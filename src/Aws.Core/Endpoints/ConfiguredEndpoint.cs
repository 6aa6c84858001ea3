namespace Aws.Core.Endpoints;

/// <summary>
/// Picks the endpoint URL a user configured for a service, with the AWS CLI's precedence:
/// <c>--endpoint-url</c>, <c>AWS_ENDPOINT_URL_&lt;SERVICE&gt;</c>, <c>AWS_ENDPOINT_URL</c>, the profile's
/// <c>[services NAME]</c> sub-section for the service, the profile's <c>endpoint_url</c>, else none.
/// </summary>
/// <remarks>
/// <c>AWS_IGNORE_CONFIGURED_ENDPOINT_URLS</c>, else the profile's <c>ignore_configured_endpoint_urls</c>, set to
/// <c>true</c> (any case) turns off everything but <c>--endpoint-url</c>. Empty values count as unset.
/// </remarks>
public static class ConfiguredEndpoint
{
    /// <param name="commandLineUrl">The <c>--endpoint-url</c> value, if given.</param>
    /// <param name="serviceId">The model's <c>serviceId</c> (e.g. <c>S3</c>, <c>Elastic Beanstalk</c>).</param>
    /// <param name="environment">Reads an environment variable (null when unset).</param>
    /// <param name="profile">The active profile's keys and values.</param>
    /// <param name="servicesSection">Looks up, in the <c>[services NAME]</c> section, the sub-section for a service key.</param>
    /// <param name="servicesSectionExists">
    /// Optional: whether a non-empty <c>[services NAME]</c> section exists. When given, a profile naming a missing one
    /// fails as it does in the CLI (<see cref="ConfigurationException"/>), once the lookup reaches the section.
    /// </param>
    /// <returns>The URL to use, or null to resolve the default endpoint.</returns>
    public static string? Resolve(
        string? commandLineUrl,
        string serviceId,
        Func<string, string?> environment,
        IReadOnlyDictionary<string, string> profile,
        Func<string, string, IReadOnlyDictionary<string, string>?> servicesSection,
        Func<string, bool>? servicesSectionExists = null)
    {
        if (!string.IsNullOrEmpty(commandLineUrl)) return commandLineUrl;
        if (IgnoreConfigured(environment, profile)) return null;
        return NonEmpty(environment(EnvironmentVariable(serviceId)))
            ?? NonEmpty(environment("AWS_ENDPOINT_URL"))
            ?? FromServicesSection(serviceId, profile, servicesSection, servicesSectionExists)
            ?? NonEmpty(profile.GetValueOrDefault("endpoint_url"));
    }

    /// <summary>The environment variable for one service: <c>AWS_ENDPOINT_URL_ELASTIC_BEANSTALK</c>.</summary>
    public static string EnvironmentVariable(string serviceId) => "AWS_ENDPOINT_URL_" + ServiceKey(serviceId).ToUpperInvariant();

    /// <summary>The key of a service in a services section: the service id lower-cased, spaces and hyphens as '_'.</summary>
    public static string ServiceKey(string serviceId) =>
        serviceId.Replace(' ', '_').Replace('-', '_').ToLowerInvariant();

    /// <summary>Whether configured endpoints are off: the environment variable wins over the profile key.</summary>
    public static bool IgnoreConfigured(Func<string, string?> environment, IReadOnlyDictionary<string, string> profile)
    {
        var value = environment("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS") ?? profile.GetValueOrDefault("ignore_configured_endpoint_urls");
        return string.Equals(value?.Trim(), "true", StringComparison.OrdinalIgnoreCase);
    }

    private static string? FromServicesSection(
        string serviceId, IReadOnlyDictionary<string, string> profile,
        Func<string, string, IReadOnlyDictionary<string, string>?> servicesSection,
        Func<string, bool>? servicesSectionExists)
    {
        if (profile.GetValueOrDefault("services") is not { Length: > 0 } sectionName) return null;
        if (servicesSectionExists is not null && !servicesSectionExists(sectionName))
            throw new ConfigurationException(
                $"The profile is configured to use the services section but the \"{sectionName}\" services configuration does not exist.");
        return NonEmpty(servicesSection(sectionName, ServiceKey(serviceId))?.GetValueOrDefault("endpoint_url"));
    }

    private static string? NonEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
