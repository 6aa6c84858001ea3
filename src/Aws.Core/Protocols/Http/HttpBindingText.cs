using System.Text;
using System.Text.Json.Nodes;
using Aws.Core.Model;
using Aws.Core.Protocols.Formats;

namespace Aws.Core.Protocols.Http;

/// <summary>
/// Text for members bound to the URI, the query string or headers (botocore's rules): timestamps default to
/// ISO 8601 in URIs and query strings and to http-date in headers; header lists are comma-joined with
/// strings quoted when they hold a comma or quote; jsonvalue headers are base64 of compact JSON.
/// </summary>
public static class HttpBindingText
{
    /// <summary>A URI label or query string value.</summary>
    public static string UriValue(JsonNode? value, Shape shape) => shape.Type switch
    {
        "boolean" => ScalarText.Boolean(value),
        "timestamp" => TimestampFormatter.Format(value, shape.TimestampFormat, TimestampFormatter.Iso8601),
        "float" or "double" => ScalarText.Float(value),
        _ => ScalarText.ToText(value),
    };

    /// <summary>A header value.</summary>
    public static string HeaderValue(JsonNode? value, Shape shape)
    {
        switch (shape.Type)
        {
            case "timestamp":
                // Headers carry whole seconds whatever the format.
                var seconds = DateTimeOffset.FromUnixTimeSeconds(InputTimestamp.Parse(value).ToUnixTimeSeconds());
                return TimestampFormatter.Format(seconds, TimestampFormatter.Normalize(shape.TimestampFormat, TimestampFormatter.Rfc822));
            case "list":
                var items = (value as JsonArray ?? []).Where(v => v is not null);
                return string.Join(",", shape.Member.Type == "string"
                    ? items.Select(v => QuoteListItem(ScalarText.ToText(v)))
                    : items.Select(v => HeaderValue(v, shape.Member)));
            case "string" when shape.JsonValue:
                return Convert.ToBase64String(Encoding.UTF8.GetBytes(PythonJson.Dumps(value, compact: true)));
            case "boolean":
                return ScalarText.Boolean(value);
            case "float" or "double":
                return ScalarText.Float(value);
            default:
                return ScalarText.ToText(value);
        }
    }

    private static string QuoteListItem(string value) =>
        value.Contains('"') || value.Contains(',') ? "\"" + value.Replace("\"", "\\\"") + "\"" : value;
}
