using Aws.Core.Http;
using Aws.Core.Protocols;

namespace Aws.Core.Runtime;

/// <summary>One call's outcome: the parsed response and the raw HTTP response (its body stream for downloads).</summary>
public sealed record CallResult(ParsedResponse Parsed, AwsHttpResponse Response, int Attempts)
{
    /// <summary>The last attempt was the last allowed one: the CLI then adds "(reached max retries: N)" to an error.</summary>
    public bool MaxAttemptsReached { get; init; }
}
