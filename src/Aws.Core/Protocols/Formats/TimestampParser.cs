using System.Globalization;
using System.Text.RegularExpressions;

namespace Aws.Core.Protocols.Formats;

/// <summary>
/// Reads timestamps the way botocore does on responses: leniently, whatever the declared format.
/// Epoch seconds (with any fraction), ISO 8601 (any fraction length, optional offset) and HTTP dates all parse.
/// </summary>
public static partial class TimestampParser
{
    public static DateTimeOffset Parse(string text) =>
        TryParse(text, out var value) ? value : throw new FormatException($"Invalid timestamp \"{text}\".");

    public static bool TryParse(string text, out DateTimeOffset value)
    {
        text = text.Trim();
        if (decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds))
            return TryFromEpochSeconds(seconds, out value);
        if (TryParseIso8601(text, out value)) return true;
        if (DateTimeOffset.TryParseExact(text, HttpDateFormats, CultureInfo.InvariantCulture,
                DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.AssumeUniversal, out value))
        {
            value = value.ToUniversalTime();
            return true;
        }
        // Last resort, like dateutil: anything .NET can make sense of, UTC unless it says otherwise.
        if (DateTimeOffset.TryParse(text.Replace(" GMT", " +00:00", StringComparison.Ordinal).Replace(" UTC", " +00:00", StringComparison.Ordinal),
                CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out value))
        {
            value = value.ToUniversalTime();
            return true;
        }
        value = default;
        return false;
    }

    /// <summary>Epoch seconds (fractions kept to the tick) as an instant.</summary>
    public static bool TryFromEpochSeconds(decimal seconds, out DateTimeOffset value)
    {
        try
        {
            var ticks = decimal.Round(seconds * TimeSpan.TicksPerSecond, MidpointRounding.AwayFromZero);
            value = DateTimeOffset.UnixEpoch.AddTicks((long)ticks);
            return true;
        }
        catch (Exception e) when (e is OverflowException or ArgumentOutOfRangeException)
        {
            value = default;
            return false;
        }
    }

    public static bool TryFromEpochSeconds(double seconds, out DateTimeOffset value)
    {
        if (double.IsFinite(seconds) && Math.Abs(seconds) < 1e14)
            return TryFromEpochSeconds((decimal)seconds, out value);
        value = default;
        return false;
    }

    private static bool TryParseIso8601(string text, out DateTimeOffset value)
    {
        value = default;
        var m = Iso8601().Match(text);
        if (!m.Success) return false;
        int Int(string group) => m.Groups[group].Success ? int.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture) : 0;
        var offset = TimeSpan.Zero;
        var zone = m.Groups["zone"].Value;
        if (zone.Length > 1)
        {
            var digits = zone[1..].Replace(":", "", StringComparison.Ordinal);
            var hours = int.Parse(digits[..2], CultureInfo.InvariantCulture);
            var minutes = digits.Length >= 4 ? int.Parse(digits[2..4], CultureInfo.InvariantCulture) : 0;
            offset = new TimeSpan(hours, minutes, 0);
            if (zone[0] == '-') offset = -offset;
        }
        try
        {
            var seconds = Int("second");
            var leap = seconds == 60; // a leap second reads as the next instant
            value = new DateTimeOffset(Int("year"), Int("month"), Int("day"), Int("hour"), Int("minute"), leap ? 59 : seconds, offset);
            if (leap) value = value.AddSeconds(1);
            var fraction = m.Groups["fraction"].Value;
            if (fraction.Length > 0)
                value = value.AddTicks(long.Parse(fraction.PadRight(7, '0')[..7], CultureInfo.InvariantCulture));
            value = value.ToUniversalTime();
            return true;
        }
        catch (ArgumentOutOfRangeException)
        {
            return false;
        }
    }

    // IMF-fixdate, RFC 850 and asctime, the three forms RFC 7231 lets a recipient see.
    private static readonly string[] HttpDateFormats =
    [
        "ddd, dd MMM yyyy HH:mm:ss 'GMT'", "ddd, d MMM yyyy HH:mm:ss 'GMT'", "ddd, dd MMM yyyy HH:mm:ss.FFFFFFF 'GMT'",
        "dddd, dd-MMM-yy HH:mm:ss 'GMT'", "ddd MMM d HH:mm:ss yyyy", "ddd MMM  d HH:mm:ss yyyy",
        "ddd, dd MMM yyyy HH:mm:ss 'UTC'", "ddd, dd MMM yyyy HH:mm:ss zzz", "ddd, dd MMM yyyy HH:mm:ss",
    ];

    [GeneratedRegex(@"^(?<year>\d{4})-?(?<month>\d{2})-?(?<day>\d{2})(?:[Tt ](?<hour>\d{2}):?(?<minute>\d{2})(?::?(?<second>\d{2})(?:[.,](?<fraction>\d+))?)?)?\s*(?<zone>[Zz]|[+-]\d{2}(?::?\d{2})?)?$")]
    private static partial Regex Iso8601();
}
