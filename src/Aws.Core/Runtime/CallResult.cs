using Aws.Core.Http;
using Aws.Core.Protocols;

namespace Aws.Core.Runtime;

/// <summary>One call's outcome: the parsed response and the raw HTTP response (its body stream for downloads).</summary>
public sealed record CallResult(ParsedResponse Parsed, AwsHttpResponse Response, int Attempts);
