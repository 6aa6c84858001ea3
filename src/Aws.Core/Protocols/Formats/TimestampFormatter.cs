using System.Globalization;
using System.Text.Json.Nodes;

namespace Aws.Core.Protocols.Formats;

/// <summary>
/// Renders timestamps in the wire formats botocore uses: ISO 8601 (microseconds only when non-zero),
/// whole epoch seconds, and RFC 822 / RFC 7231 http-date (always whole seconds).
/// </summary>
public static class TimestampFormatter
{
    public const string Iso8601 = "iso8601";
    public const string UnixTimestamp = "unixtimestamp";
    public const string Rfc822 = "rfc822";

    /// <summary>The model's timestampFormat (any case), or <paramref name="defaultFormat"/> when absent.</summary>
    public static string Normalize(string? format, string defaultFormat) =>
        string.IsNullOrEmpty(format) ? defaultFormat : format.ToLowerInvariant();

    public static string FormatIso8601(DateTimeOffset value)
    {
        // The standard "s" format (yyyy-MM-ddTHH:mm:ss) has a fast path; custom patterns are parsed on every call,
        // which showed in the local cloud's list responses.
        var utc = value.UtcDateTime;
        var micros = (utc.Ticks % TimeSpan.TicksPerSecond) / 10;
        Span<char> text = stackalloc char[32];
        utc.TryFormat(text, out var length, "s", CultureInfo.InvariantCulture);
        if (micros > 0)
        {
            text[length++] = '.';
            micros.TryFormat(text[length..], out var digits, "D6", CultureInfo.InvariantCulture);
            length += digits;
        }
        text[length++] = 'Z';
        return new string(text[..length]);
    }

    /// <summary>
    /// Python's datetime.isoformat() of an aware datetime ("2024-01-02T03:04:05.123456+00:00"; no fraction when
    /// it is zero; " " instead of "T" when asked): how the AWS CLI prints timestamps.
    /// </summary>
    public static string PythonIsoFormat(DateTimeOffset value, char separator = 'T')
    {
        var text = value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + separator
            + value.ToString("HH:mm:ss", CultureInfo.InvariantCulture);
        var micros = value.Ticks % TimeSpan.TicksPerSecond / 10;
        if (micros != 0) text += "." + micros.ToString("D6", CultureInfo.InvariantCulture);
        var offset = value.Offset;
        var sign = offset < TimeSpan.Zero ? "-" : "+";
        offset = offset.Duration();
        return text + sign + offset.Hours.ToString("D2", CultureInfo.InvariantCulture) + ":" + offset.Minutes.ToString("D2", CultureInfo.InvariantCulture);
    }

    /// <summary>Whole seconds since the epoch; botocore truncates sub-second parts.</summary>
    public static long ToEpochSeconds(DateTimeOffset value) => value.ToUnixTimeSeconds();

    public static string FormatRfc822(DateTimeOffset value) =>
        DateTimeOffset.FromUnixTimeSeconds(value.ToUnixTimeSeconds())
            .ToString("ddd, dd MMM yyyy HH:mm:ss 'GMT'", CultureInfo.InvariantCulture);

    /// <summary>A timestamp parameter (see <see cref="InputTimestamp"/>) in the model's format, else the protocol's default.</summary>
    public static string Format(JsonNode? value, string? modelFormat, string defaultFormat) =>
        Format(InputTimestamp.Parse(value), Normalize(modelFormat, defaultFormat));

    /// <summary>The timestamp as text in the given (normalized) format.</summary>
    public static string Format(DateTimeOffset value, string format) => format switch
    {
        Iso8601 => FormatIso8601(value),
        UnixTimestamp => ToEpochSeconds(value).ToString(CultureInfo.InvariantCulture),
        Rfc822 => FormatRfc822(value),
        _ => throw new NotSupportedException($"Unknown timestampFormat '{format}'."),
    };
}
