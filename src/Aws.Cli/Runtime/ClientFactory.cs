using System.Globalization;
using System.Text.Json.Nodes;
using Aws.Cli.Diagnostics;
using Aws.Cli.Driver;
using Aws.Cli.Errors;
using Aws.Core.Config;
using Aws.Core.Credentials;
using Aws.Core.Endpoints;
using Aws.Core.Model;
using Aws.Core.Protocols;
using Aws.Core.Protocols.Formats;
using Aws.Core.Runtime;
using Aws.Core.Runtime.Retries;
using Aws.Core.Runtime.Transport;

namespace Aws.Cli.Runtime;

/// <summary>Turns the invocation's settings into a <see cref="ClientConfig"/>: region, endpoint, credentials, transport.</summary>
public static class ClientFactory
{
    private static HttpTransport? s_transport;

    public static ServiceClient Create(Invocation invocation, ServiceModel service, bool needsCredentials = true) =>
        new(CreateConfig(invocation, service, needsCredentials));

    /// <param name="region">A region other than the invocation's (credential providers' STS/SSO clients).</param>
    /// <param name="useEndpointOption">False for clients the credential providers make: --endpoint-url is not theirs.</param>
    public static ClientConfig CreateConfig(Invocation invocation, ServiceModel service, bool needsCredentials,
        string? region = null, bool useEndpointOption = true)
    {
        var endpoint = ResolveEndpoint(invocation, service, region, useEndpointOption);
        var debug = DebugLogger.For(invocation);
        debug?.Endpoint(service.Name, endpoint.Url, endpoint.Region);
        return new ClientConfig
        {
            Service = service,
            Endpoint = endpoint,
            Credentials = invocation.Options.NoSignRequest || !needsCredentials ? null : ResolveCredentials(invocation),
            Transport = Customizations.Local.LocalCloudRouting.TransportFor(invocation) ?? Transport(invocation),
            S3AddressingStyle = invocation.Setting("s3.addressing_style") switch
            {
                "path" => S3AddressingStyle.Path,
                "virtual" => S3AddressingStyle.Virtual,
                _ => S3AddressingStyle.Auto,
            },
            ParseOptions = new ParseOptions { ConvertTimestamp = TimestampConverter(invocation.TimestampFormat) },
            Retry = CreateRetryPolicy(invocation),
            Log = debug is null ? null : (logger, line) => debug.Write(logger, line),
        };
    }

    /// <summary>retry_mode and max_attempts; botocore's validation errors exit 255 as the real CLI does.</summary>
    public static RetryPolicy CreateRetryPolicy(Invocation invocation)
    {
        // Waits go through the context's clock, so in-process tests can run retries without sleeping.
        var clock = invocation.Context.Clock;
        var environment = new RetryEnvironment((delay, ct) => Task.Delay(delay, clock, ct), Random.Shared.NextDouble,
            () => clock.GetUtcNow().ToUnixTimeMilliseconds() / 1000.0);
        try { return RetryPolicy.For(invocation.Setting("retry_mode"), invocation.WithConfig(c => c.GetInt("max_attempts")), environment); }
        catch (RetryConfigException e) { throw new CliException(ExitCodes.General, e.Message); }
    }

    public static ResolvedEndpoint ResolveEndpoint(Invocation invocation, ServiceModel service, string? regionOverride = null,
        bool useEndpointOption = true)
    {
        var region = regionOverride ?? invocation.Setting("region");
        var url = invocation.WithConfig(config =>
        {
            var profile = config.ScopedConfig.Where(kv => kv.Value.Text is not null)
                .ToDictionary(kv => kv.Key, kv => kv.Value.Text!, StringComparer.Ordinal);
            return ConfiguredEndpoint.Resolve(useEndpointOption ? invocation.Options.EndpointUrl : null, service.Metadata.ServiceId ?? service.Name,
                config.Environment, profile, (section, key) =>
                    config.Files.Services.TryGetValue(section, out var s) && s.TryGetValue(key, out var v) && v.Nested is { } nested
                        ? nested.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal) : null);
        });
        // botocore: a service with a partition-wide endpoint (iam, sts, s3, route53, ...) needs no region: it
        // resolves as "aws-global" (e.g. https://iam.amazonaws.com signed for us-east-1).
        if (region is null && url is null && HasPartitionEndpoint(service)) region = "aws-global";
        if (region is null && url is null) throw NoRegion();
        var options = EndpointOptions.FromSettings(
            invocation.WithConfig(c => c.GetBool("use_fips_endpoint")) ?? false,
            invocation.WithConfig(c => c.GetBool("use_dualstack_endpoint")) ?? false,
            url, invocation.WithConfig(c => c.GetBool("s3.use_accelerate_endpoint")) ?? false);
        try
        {
            return EndpointResolver.Resolve(service.Metadata, region, options);
        }
        catch (MissingRegionException) { throw NoRegion(); }
        catch (InvalidRegionException e) { throw new CliException(ExitCodes.General, e.Message); }
        catch (EndpointResolutionException e) { throw new CliException(ExitCodes.General, e.Message); }
    }

    private static bool HasPartitionEndpoint(ServiceModel service) =>
        service.Metadata.EndpointPrefix is "s3" or "sts" || GlobalEndpoints.Find("aws", service.Metadata.EndpointPrefix) is not null;

    private static CliException NoRegion() => new(ExitCodes.Configuration,
        "You must specify a region. You can also configure your region by running \"aws configure\".");

    /// <summary>The full credential chain (see <see cref="CliCredentials"/>).</summary>
    public static ICredentialSource ResolveCredentials(Invocation invocation) => CliCredentials.Resolve(invocation);

    private static HttpTransport Transport(Invocation invocation) => s_transport ??= new HttpTransport(new TransportOptions
    {
        VerifySsl = !invocation.Options.NoVerifySsl,
        CaBundlePath = invocation.Setting("ca_bundle"),
        ConnectTimeout = TransportOptions.FromCliSeconds(invocation.WithConfig(c => c.GetInt("cli_connect_timeout")) ?? 60),
        ReadTimeout = TransportOptions.FromCliSeconds(invocation.WithConfig(c => c.GetInt("cli_read_timeout")) ?? 60),
        Proxies = ProxySettings.FromEnvironment(invocation.Context.GetEnv),
    });

    /// <summary>cli_timestamp_format: iso8601 (Python's isoformat of an aware datetime) or wire (as received).</summary>
    public static Func<DateTimeOffset, JsonNode, JsonNode?> TimestampConverter(string format) => format == "wire"
        ? (_, wire) => wire.DeepClone()
        : (value, _) => JsonValue.Create(IsoFormat(value));

    public static string IsoFormat(DateTimeOffset value) => TimestampFormatter.PythonIsoFormat(value);
}
