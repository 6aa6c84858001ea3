using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Aws.Core.Protocols.Formats;

/// <summary>
/// Lenient reading of user-supplied timestamp parameters, as the AWS CLI accepts them: epoch seconds
/// (number or numeric string, fractions allowed), ISO 8601 with or without offset and fraction (no offset
/// means UTC), RFC 822 dates, and DateTimeOffset/DateTime values.
/// </summary>
public static partial class InputTimestamp
{
    // .NET parses at most 7 fraction digits; Python keeps microseconds, so extra digits can go.
    [GeneratedRegex(@"(\.\d{7})\d+")]
    private static partial Regex ExtraFractionDigits();

    private static readonly string[] IsoFormats =
    [
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mmK",
        "yyyy-MM-dd HH:mm:ss.FFFFFFFK", "yyyy-MM-dd HH:mm:ssK", "yyyy-MM-dd HH:mmK",
        "yyyyMMdd'T'HHmmss.FFFFFFFK", "yyyyMMdd'T'HHmmssK", "yyyy-MM-dd", "yyyyMMdd",
    ];

    public static DateTimeOffset Parse(JsonNode? node)
    {
        if (TryParse(node, out var value)) return value;
        throw new FormatException($"Invalid timestamp value: {node?.ToJsonString() ?? "null"}");
    }

    public static bool TryParse(JsonNode? node, out DateTimeOffset value)
    {
        value = default;
        if (node is not JsonValue v) return false;
        if (v.TryGetValue<DateTimeOffset>(out var dto)) { value = dto; return true; }
        if (v.TryGetValue<DateTime>(out var dt))
        {
            value = dt.Kind == DateTimeKind.Unspecified ? new DateTimeOffset(dt, TimeSpan.Zero) : new DateTimeOffset(dt.ToUniversalTime());
            return true;
        }
        if (v.TryGetValue<JsonElement>(out var e))
        {
            if (e.ValueKind == JsonValueKind.Number) return FromEpoch(e.GetDouble(), out value);
            if (e.ValueKind == JsonValueKind.String) return TryParse(e.GetString()!, out value);
            return false;
        }
        if (v.TryGetValue<string>(out var s)) return TryParse(s, out value);
        if (v.TryGetValue<long>(out var l)) return FromEpoch(l, out value);
        if (v.TryGetValue<int>(out var i)) return FromEpoch(i, out value);
        if (v.TryGetValue<double>(out var d)) return FromEpoch(d, out value);
        if (v.TryGetValue<decimal>(out var m)) return FromEpoch((double)m, out value);
        return false;
    }

    public static bool TryParse(string text, out DateTimeOffset value)
    {
        value = default;
        text = text.Trim();
        if (text.Length == 0) return false;
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var epoch)) return FromEpoch(epoch, out value);
        text = ExtraFractionDigits().Replace(text, "$1");
        const DateTimeStyles styles = DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal;
        if (DateTimeOffset.TryParseExact(text, IsoFormats, CultureInfo.InvariantCulture, styles, out value)) return true;
        // RFC 822 / 7231 and other common spellings.
        if (DateTimeOffset.TryParseExact(text, "r", CultureInfo.InvariantCulture, styles, out value)) return true;
        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, styles, out value);
    }

    private static bool FromEpoch(double seconds, out DateTimeOffset value)
    {
        value = default;
        if (double.IsNaN(seconds) || double.IsInfinity(seconds)) return false;
        var whole = Math.Floor(seconds);
        // Keep microsecond precision like Python's datetime.fromtimestamp.
        var micros = (long)Math.Round((seconds - whole) * 1_000_000);
        try
        {
            value = DateTimeOffset.FromUnixTimeSeconds((long)whole).AddTicks(micros * 10);
            return true;
        }
        catch (ArgumentOutOfRangeException)
        {
            return false;
        }
    }
}
