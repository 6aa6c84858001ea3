using Aws.Core.Protocols.Ec2;
using Aws.Core.Protocols.Http;
using Aws.Core.Protocols.Json;
using Aws.Core.Protocols.Query;
using Aws.Core.Protocols.RestJson;
using Aws.Core.Protocols.RestXml;

namespace Aws.Core.Protocols;

/// <summary>The client-side request serializer for each protocol name a model's metadata can carry.</summary>
public static class RequestSerializers
{
    private static readonly Dictionary<string, IRequestSerializer> Defaults = new(StringComparer.Ordinal)
    {
        ["query"] = new QuerySerializer(),
        ["ec2"] = new Ec2Serializer(),
        ["json"] = new AwsJsonSerializer(),
        ["rest-json"] = new RestJsonSerializer(),
        ["rest-xml"] = new RestXmlSerializer(),
    };

    /// <summary>The serializer with default options (shared: serializers hold no per-request state).</summary>
    public static IRequestSerializer For(string protocol) =>
        Defaults.TryGetValue(protocol, out var serializer) ? serializer
            : throw new NotSupportedException($"No request serializer for protocol '{protocol}'.");

    public static IRequestSerializer For(string protocol, RequestSerializerOptions options) => protocol switch
    {
        "query" => new QuerySerializer(options),
        "ec2" => new Ec2Serializer(options),
        "json" => new AwsJsonSerializer(options),
        "rest-json" => new RestJsonSerializer(options),
        "rest-xml" => new RestXmlSerializer(options),
        _ => throw new NotSupportedException($"No request serializer for protocol '{protocol}'."),
    };
}
