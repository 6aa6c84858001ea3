using System.Text.Json;
using Aws.Core.Endpoints;
using Aws.Core.Model;
using Aws.Testing;

namespace Aws.Core.Tests.Endpoints;

/// <summary>
/// One case of botocore's endpoint rule tests (../shared/testdata/endpoint-rules/services/SVC/endpoint-tests-1.json),
/// mapped onto <see cref="EndpointResolver"/> and <see cref="S3Addressing"/>.
/// </summary>
internal sealed class RuleCase(string service, JsonElement json)
{
    public string Service { get; } = service;
    public JsonElement Json { get; } = json;
    public JsonElement Params => Json.TryGetProperty("params", out var p) ? p : default;

    public string? Str(string name) =>
        Params.ValueKind == JsonValueKind.Object && Params.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    public bool Flag(string name) =>
        Params.ValueKind == JsonValueKind.Object && Params.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.True;

    /// <summary>
    /// Why this case is outside what the hand-written table handles, or null when it is handled.
    /// Not handled: S3 bucket ARNs (access points, Multi-Region Access Points, Outposts, Object Lambda),
    /// S3 Express buckets (<c>--x-s3</c>, <c>--xa-s3</c>) and its control endpoint, Outposts bucket aliases
    /// (<c>--op-s3</c>), and the Object Lambda endpoint of WriteGetObjectResponse.
    /// </summary>
    public string? NotHandledReason
    {
        get
        {
            if (Service != "s3") return null;
            var bucket = Str("Bucket");
            if (bucket is not null && bucket.StartsWith("arn:", StringComparison.Ordinal))
                return "S3 ARN bucket (access point / MRAP / Outposts / Object Lambda): not in the table";
            if (bucket is not null && (bucket.EndsWith("--x-s3", StringComparison.Ordinal) || bucket.EndsWith("--xa-s3", StringComparison.Ordinal)))
                return "S3 Express bucket: not in the table";
            if (bucket is not null && bucket.EndsWith("--op-s3", StringComparison.Ordinal))
                return "S3 Outposts bucket alias: not in the table";
            if (Flag("UseS3ExpressControlEndpoint")) return "S3 Express control endpoint: not in the table";
            if (Flag("UseObjectLambdaEndpoint")) return "S3 Object Lambda endpoint: not in the table";
            return null;
        }
    }

    /// <summary>
    /// True when the CLI rejects the region name before any endpoint rule runs
    /// (with its own message, so the rule's error text is not what the CLI prints).
    /// </summary>
    public bool RegionRejectedByCli => Str("Region") is { } r && !RegionName.IsValid(RegionName.Normalize(r, out _));

    public EndpointOptions Options => new()
    {
        UseFips = Flag("UseFIPS"),
        UseDualStack = Flag("UseDualStack"),
        EndpointUrl = Str("Endpoint"),
        S3Accelerate = Flag("Accelerate"),
        StsRegionalEndpoints = Service == "sts" && Flag("UseGlobalEndpoint") ? RegionalEndpointsMode.Legacy : RegionalEndpointsMode.Regional,
        S3UsEast1RegionalEndpoint = Service == "s3" && Flag("UseGlobalEndpoint") ? RegionalEndpointsMode.Legacy : RegionalEndpointsMode.Regional,
    };

    /// <summary>Resolves the case: the endpoint URL (with the bucket placed for S3) and the signing values.</summary>
    public (string Url, ResolvedEndpoint Endpoint) Resolve()
    {
        var endpoint = EndpointResolver.Resolve(Metadata(Service), Str("Region"), Options);
        var bucket = Str("Bucket");
        var url = bucket is null ? endpoint.Url : S3Addressing.ApplyRules(endpoint, bucket, Flag("ForcePathStyle")).Url;
        return (url, endpoint);
    }

    public static ServiceMetadata Metadata(string service)
    {
        var cliName = service == "s3" ? "s3api" : service;
        return new ServiceModel(cliName, ModelBundle.Embedded.Open(cliName)!).Metadata;
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, IReadOnlyList<RuleCase>> Cache = new();

    /// <summary>The service's cases, parsed once per test run.</summary>
    public static IReadOnlyList<RuleCase> Load(string service) => Cache.GetOrAdd(service, LoadFile);

    private static IReadOnlyList<RuleCase> LoadFile(string service)
    {
        var dir = TestPaths.TestDataDir("endpoint-rules");
        if (dir is null) return [];
        var path = Path.Combine(dir, "services", service, "endpoint-tests-1.json");
        using var doc = JsonDocument.Parse(File.ReadAllBytes(path));
        return doc.RootElement.GetProperty("testCases").EnumerateArray().Select(c => new RuleCase(service, c.Clone())).ToList();
    }
}
