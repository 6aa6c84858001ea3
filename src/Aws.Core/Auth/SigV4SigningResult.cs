namespace Aws.Core.Auth;

/// <summary>What a signing produced, kept for debug logging and tests.</summary>
public sealed record SigV4SigningResult(
    string CanonicalRequest,
    string StringToSign,
    string Signature,
    string SignedHeaders,
    SigV4Scope Scope,
    string AmzDate);
