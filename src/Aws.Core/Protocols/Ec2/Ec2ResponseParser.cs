using System.Xml.Linq;
using Aws.Core.Protocols.Formats;
using Aws.Core.Protocols.Query;

namespace Aws.Core.Protocols.Ec2;

/// <summary>
/// ec2 responses: like query, but the members sit directly under the root (no result wrapper), lists use
/// &lt;item&gt;, the request id is &lt;requestId&gt;, and errors are &lt;Response&gt;&lt;Errors&gt;&lt;Error&gt;...&lt;RequestID&gt;.
/// </summary>
public sealed class Ec2ResponseParser : QueryResponseParser
{
    protected override string? SuccessRequestId(XElement? root) => XmlReading.ChildText(root, "requestId");
}
