using System.Text.Json.Nodes;
using Aws.Core.Http;
using Aws.Core.Model;

namespace Aws.Core.Protocols.Http;

/// <summary>
/// The steps every protocol shares: idempotency tokens, the protocol's own serialization, the endpoint and
/// host prefix, then compression and Content-MD5 (in that order, so the checksum covers the bytes sent).
/// </summary>
public abstract class RequestSerializerBase(RequestSerializerOptions? options) : IRequestSerializer
{
    protected RequestSerializerOptions Options { get; } = options ?? RequestSerializerOptions.Default;

    public AwsHttpRequest Serialize(OperationModel operation, JsonObject? parameters, Uri endpoint)
    {
        var input = IdempotencyTokens.Fill(operation.Input, parameters, Options.IdempotencyTokenFactory);
        var request = new AwsHttpRequest { Method = operation.HttpMethod };
        Build(operation, input, request);
        SplitStaticQuery(request);
        request.SetEndpoint(endpoint);
        if (Options.InjectHostPrefix && HostPrefix.Expand(operation, input) is { } prefix) request.Host = prefix + request.Host;
        RequestCompression.Apply(operation, request, Options);
        RequestChecksums.Apply(operation, request, input);
        return request;
    }

    /// <summary>
    /// Fills method, path (which may still hold the requestUri's static query after "?"), query string,
    /// headers and body.
    /// </summary>
    protected abstract void Build(OperationModel operation, IReadOnlyList<KeyValuePair<string, JsonNode?>> parameters, AwsHttpRequest request);

    /// <summary>Moves "?a=b" from the path into the query string, ahead of the serialized members.</summary>
    private static void SplitStaticQuery(AwsHttpRequest request)
    {
        var q = request.Path.IndexOf('?');
        if (q < 0) return;
        var staticQuery = request.Path[(q + 1)..];
        request.Path = request.Path[..q];
        if (staticQuery.Length == 0) return;
        request.QueryString = request.QueryString.Length == 0 ? staticQuery : staticQuery + "&" + request.QueryString;
    }
}
