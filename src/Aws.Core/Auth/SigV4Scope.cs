using System.Globalization;

namespace Aws.Core.Auth;

/// <summary>The credential scope "date/region/service/aws4_request"; Date is yyyyMMdd.</summary>
public sealed record SigV4Scope(string Date, string Region, string Service)
{
    public static SigV4Scope For(DateTimeOffset signingTime, string region, string service) =>
        new(signingTime.UtcDateTime.ToString(SigV4Constants.DateFormat, CultureInfo.InvariantCulture), region, service);

    public override string ToString() => $"{Date}/{Region}/{Service}/{SigV4Constants.Terminator}";

    /// <summary>Formats a time as X-Amz-Date wants it (20150830T123600Z).</summary>
    public static string FormatAmzDate(DateTimeOffset time) =>
        time.UtcDateTime.ToString(SigV4Constants.DateTimeFormat, CultureInfo.InvariantCulture);

    public static bool TryParseAmzDate(string? value, out DateTimeOffset time) =>
        DateTimeOffset.TryParseExact(value, SigV4Constants.DateTimeFormat, CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out time);
}
