using System.Globalization;
using System.Text.Json.Nodes;
using Aws.Core.Model;

namespace Aws.Core.Protocols.Formats;

/// <summary>Scalars that arrive as text (XML elements, HTTP headers) turned into output values.</summary>
internal static class ScalarReading
{
    public static JsonNode? FromText(Shape shape, string text, ParseOptions options) => shape.Type switch
    {
        "boolean" => JsonValue.Create(string.Equals(text.Trim(), "true", StringComparison.OrdinalIgnoreCase)),
        "integer" or "long" or "short" or "byte" => JsonValue.Create(ParseInteger(text)),
        "float" or "double" => JsonValue.Create(ParseDouble(text)),
        "timestamp" => options.ConvertTimestamp(TimestampParser.Parse(text), JsonValue.Create(text)),
        "blob" => JsonValue.Create(NormalizeBase64(text)),
        _ => JsonValue.Create(text),
    };

    public static long ParseInteger(string text)
    {
        text = text.Trim();
        if (long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var l)) return l;
        return (long)double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
    }

    /// <summary>Doubles, including the "NaN", "Infinity" and "-Infinity" spellings the protocols use.</summary>
    public static double ParseDouble(string text)
    {
        text = text.Trim();
        return text switch
        {
            "NaN" => double.NaN,
            "Infinity" or "+Infinity" or "inf" => double.PositiveInfinity,
            "-Infinity" or "-inf" => double.NegativeInfinity,
            _ => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture),
        };
    }

    /// <summary>A base64 blob on the wire, re-encoded canonically (whitespace and missing padding tolerated).</summary>
    public static string NormalizeBase64(string text)
    {
        var compact = string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
        if (compact.Length % 4 != 0) compact = compact.PadRight(compact.Length + (4 - compact.Length % 4), '=');
        var buffer = new byte[compact.Length];
        return Convert.TryFromBase64String(compact, buffer, out var n) ? Convert.ToBase64String(buffer, 0, n) : text;
    }
}
