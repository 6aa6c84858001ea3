using System.Globalization;

namespace Aws.Core.Credentials;

/// <summary>Reads the expiry times credential sources write (ISO 8601 with Z, an offset, or botocore's "UTC" suffix).</summary>
internal static class Timestamps
{
    public static DateTimeOffset? TryParse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var s = text.Trim();
        if (s.EndsWith("UTC", StringComparison.Ordinal)) s = s[..^3] + "Z";
        return DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var t) ? t : null;
    }

    /// <exception cref="CredentialException">The value is not a timestamp.</exception>
    public static DateTimeOffset Parse(string? text, string provider) =>
        TryParse(text) ?? throw CredentialException.Retrieval(provider, $"Invalid expiration time: {text}");

    /// <summary>The "%Y-%m-%dT%H:%M:%SZ" form SSO caches use.</summary>
    public static string Utc(DateTimeOffset t) => t.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
