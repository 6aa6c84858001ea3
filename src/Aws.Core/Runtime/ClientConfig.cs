using Aws.Core.Credentials;
using Aws.Core.Endpoints;
using Aws.Core.Model;
using Aws.Core.Protocols;
using Aws.Core.Protocols.Http;
using Aws.Core.Runtime.Transport;

namespace Aws.Core.Runtime;

/// <summary>Everything one service client needs to make calls: where, as whom, and how.</summary>
public sealed class ClientConfig
{
    public required ServiceModel Service { get; init; }
    public required ResolvedEndpoint Endpoint { get; init; }
    /// <summary>Null sends requests unsigned (--no-sign-request).</summary>
    public ICredentialSource? Credentials { get; init; }
    public required IHttpTransport Transport { get; init; }
    public S3AddressingStyle S3AddressingStyle { get; init; } = S3AddressingStyle.Auto;
    public string UserAgent { get; init; } = "aws-cli/2.9.19 aws-sharp/0.1.0";
    public ParseOptions ParseOptions { get; init; } = ParseOptions.Default;
    public RequestSerializerOptions SerializerOptions { get; init; } = RequestSerializerOptions.Default;
    public TimeProvider Clock { get; init; } = TimeProvider.System;
    public RetryPolicy Retry { get; init; } = RetryPolicy.Standard(3);
    /// <summary>Receives --debug lines as (logger name, message), e.g. ("botocore.endpoint", "Sending ..."); secrets already redacted.</summary>
    public Action<string, string>? Log { get; init; }
}
