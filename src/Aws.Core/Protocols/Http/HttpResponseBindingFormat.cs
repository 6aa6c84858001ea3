using System.Text.Json.Nodes;
using Aws.Core.Model;

namespace Aws.Core.Protocols.Http;

/// <summary>The body format a REST protocol reads its payload and body members with.</summary>
internal interface IRestBodyFormat
{
    /// <summary>The members of <paramref name="shape"/> carried in the body (no payload member).</summary>
    JsonObject ReadBodyMembers(Shape shape, byte[] body, ParseOptions options);

    /// <summary>A structure, union, document, list or map payload read from the whole body.</summary>
    JsonNode? ReadPayload(Shape payload, byte[] body, ParseOptions options);
}
