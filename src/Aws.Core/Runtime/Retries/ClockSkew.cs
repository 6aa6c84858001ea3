using System.Globalization;
using Aws.Core.Http;
using Aws.Core.Protocols;

namespace Aws.Core.Runtime.Retries;

/// <summary>
/// Clock-skew correction: when the service rejects a signature because our clock is off, the response's Date
/// header says by how much; signing with that offset and trying once more fixes it.
/// </summary>
public static class ClockSkew
{
    /// <summary>Skews below this are within what services accept (5 minutes), so they cannot be the cause.</summary>
    public static readonly TimeSpan Threshold = TimeSpan.FromMinutes(4);

    private static readonly HashSet<string> SkewCodes = new(StringComparer.Ordinal)
    {
        "RequestTimeTooSkewed", "RequestExpired", "RequestInTheFuture", "InvalidSignatureException",
        "SignatureDoesNotMatch", "AuthFailure",
    };

    public static bool IsSkewError(ServiceError error) => SkewCodes.Contains(error.Code);

    /// <summary>
    /// The offset to add to our clock, when <paramref name="error"/> is a skew error and the server's Date
    /// differs from <paramref name="now"/> (already corrected by <paramref name="current"/>) by more than the threshold.
    /// </summary>
    public static TimeSpan? Correction(ServiceError error, AwsHttpResponse response, DateTimeOffset now, TimeSpan current)
    {
        if (!IsSkewError(error) || response.Headers["Date"] is not { } date) return null;
        if (!DateTimeOffset.TryParse(date, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var server)) return null;
        var skew = server - now;
        return (skew - current).Duration() > Threshold ? skew : null;
    }
}
