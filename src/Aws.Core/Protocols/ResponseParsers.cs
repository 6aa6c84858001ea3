using Aws.Core.Protocols.Ec2;
using Aws.Core.Protocols.Json;
using Aws.Core.Protocols.Query;
using Aws.Core.Protocols.RestJson;
using Aws.Core.Protocols.RestXml;

namespace Aws.Core.Protocols;

/// <summary>The client-side response parser for each protocol name a model's metadata can give.</summary>
public static class ResponseParsers
{
    private static readonly QueryResponseParser Query = new();
    private static readonly Ec2ResponseParser Ec2 = new();
    private static readonly JsonResponseParser Json = new();
    private static readonly RestJsonResponseParser RestJson = new();
    private static readonly RestXmlResponseParser RestXml = new();

    /// <summary>The parser for "query", "ec2", "json", "rest-json" or "rest-xml"; throws for anything else.</summary>
    public static IResponseParser For(string protocol) => protocol switch
    {
        "query" => Query,
        "ec2" => Ec2,
        "json" => Json,
        "rest-json" => RestJson,
        "rest-xml" => RestXml,
        _ => throw new NotSupportedException($"No response parser for protocol \"{protocol}\"."),
    };
}
