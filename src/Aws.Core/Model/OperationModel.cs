using System.Text.Json;

namespace Aws.Core.Model;

/// <summary>One operation: HTTP binding, input/output shapes and the traits that affect the call.</summary>
public sealed class OperationModel
{
    private readonly JsonElement _json;
    private Shape? _input, _output;
    private bool _inputLoaded, _outputLoaded;
    private IReadOnlyList<Shape>? _errors;

    internal OperationModel(ServiceModel service, string name, JsonElement json)
    {
        Service = service;
        Name = name;
        _json = json;
        if (json.TryGetProperty("http", out var http))
        {
            HttpMethod = Str(http, "method") ?? "POST";
            RequestUri = Str(http, "requestUri") ?? "/";
            ResponseCode = http.TryGetProperty("responseCode", out var rc) && rc.ValueKind == JsonValueKind.Number ? rc.GetInt32() : null;
        }
    }

    public ServiceModel Service { get; }
    public string Name { get; }
    public JsonElement Raw => _json;
    /// <summary>POST when the model says nothing (min.json drops the default).</summary>
    public string HttpMethod { get; } = "POST";
    public string RequestUri { get; } = "/";
    public int? ResponseCode { get; }

    public Shape? Input
    {
        get
        {
            if (!_inputLoaded) { _input = Ref("input"); _inputLoaded = true; }
            return _input;
        }
    }

    public Shape? Output
    {
        get
        {
            if (!_outputLoaded) { _output = Ref("output"); _outputLoaded = true; }
            return _output;
        }
    }

    /// <summary>Modeled errors (absent from min.json; present in botocore-layout models).</summary>
    public IReadOnlyList<Shape> Errors => _errors ??=
        _json.TryGetProperty("errors", out var e) && e.ValueKind == JsonValueKind.Array
            ? e.EnumerateArray().Select(Service.ResolveReference).ToArray() : [];

    public string? HostPrefix =>
        _json.TryGetProperty("endpoint", out var ep) && ep.ValueKind == JsonValueKind.Object ? Str(ep, "hostPrefix") : null;

    public bool HttpChecksumRequired => Bool("httpChecksumRequired");
    public JsonElement? HttpChecksum => Obj("httpChecksum");
    public JsonElement? RequestCompression => Obj("requestcompression");
    public JsonElement? StaticContextParams => Obj("staticContextParams");
    public JsonElement? EndpointDiscovery => Obj("endpointdiscovery");
    public bool EndpointOperation => Bool("endpointoperation");
    public string? AuthType => Str(_json, "authtype");
    public bool Deprecated => Bool("deprecated");
    public string? Documentation => Str(_json, "documentation");

    /// <summary>True when the request is sent without a signature (authtype "none", or a known unsigned STS call).</summary>
    public bool Unsigned =>
        AuthType == "none"
        || (_json.TryGetProperty("auth", out var auth) && auth.ValueKind == JsonValueKind.Array
            && auth.EnumerateArray().Any(a => a.GetString() == "smithy.api#noAuth"))
        // min.json lost the marker for these two: they are always sent unsigned.
        || (Service.Metadata.EndpointPrefix == "sts" && Name is "AssumeRoleWithSAML" or "AssumeRoleWithWebIdentity");

    private Shape? Ref(string key) =>
        _json.TryGetProperty(key, out var r) && r.ValueKind == JsonValueKind.Object ? Service.ResolveReference(r) : null;

    private bool Bool(string key) => _json.TryGetProperty(key, out var v) && v.ValueKind == JsonValueKind.True;
    private JsonElement? Obj(string key) => _json.TryGetProperty(key, out var v) && v.ValueKind == JsonValueKind.Object ? v : null;
    private static string? Str(JsonElement e, string key) =>
        e.TryGetProperty(key, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    public override string ToString() => $"{Service.Name}.{Name}";
}
