namespace Aws.Core.Auth;

/// <summary>Outcome of checking a signature; the canonical request and string to sign are what AWS echoes back on a mismatch.</summary>
public sealed record SigV4VerificationResult(bool IsValid, string ExpectedSignature, string CanonicalRequest, string StringToSign);
