using System.Text.Json;

namespace Aws.Core.Model;

/// <summary>The model's metadata block, with botocore's defaults applied.</summary>
public sealed class ServiceMetadata(JsonElement raw)
{
    public JsonElement Raw { get; } = raw;

    public string? Get(string key) =>
        Raw.ValueKind == JsonValueKind.Object && Raw.TryGetProperty(key, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    public string Protocol => Get("protocol") ?? "json";
    public string ApiVersion => Get("apiVersion") ?? "";
    public string EndpointPrefix => Get("endpointPrefix") ?? "";
    /// <summary>The SigV4 service name: signingName, else endpointPrefix.</summary>
    public string SigningName => Get("signingName") ?? EndpointPrefix;
    public string? JsonVersion => Get("jsonVersion");
    public string? TargetPrefix => Get("targetPrefix");
    public string? ServiceId => Get("serviceId");
    public string? ServiceFullName => Get("serviceFullName");
    public string? ServiceAbbreviation => Get("serviceAbbreviation");
    public string? GlobalEndpoint => Get("globalEndpoint");
    public string? XmlNamespace => Get("xmlNamespace");
    public string? SignatureVersion => Get("signatureVersion");
    public string? Uid => Get("uid");
    /// <summary>Set when a json-protocol service keeps the error codes of its former query protocol.</summary>
    public bool AwsQueryCompatible => Raw.ValueKind == JsonValueKind.Object && Raw.TryGetProperty("awsQueryCompatible", out _);
}
