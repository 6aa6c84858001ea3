using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Aws.Core.Model;
using Aws.Core.Protocols.Formats;
using Aws.Core.Protocols.Http;

namespace Aws.Core.Protocols.Json;

/// <summary>
/// Writes parameters as the JSON document the json and rest-json protocols send (Python json.dumps style):
/// members by locationName, timestamps as epoch seconds unless the model says otherwise, blobs base64,
/// documents as given, special floats as strings. Nulls are dropped from structures and kept in lists and
/// maps (sparse collections). Values are read, never copied or changed.
/// </summary>
public static class JsonBodyBuilder
{
    public static byte[] Serialize(IEnumerable<KeyValuePair<string, JsonNode?>> members, Shape structure)
    {
        var sb = new StringBuilder();
        WriteStructure(sb, members, structure);
        return Encoding.UTF8.GetBytes(sb.ToString());
    }

    public static byte[] Serialize(JsonNode? value, Shape shape)
    {
        var sb = new StringBuilder();
        Write(sb, value, shape);
        return Encoding.UTF8.GetBytes(sb.ToString());
    }

    public static void Write(StringBuilder sb, JsonNode? value, Shape shape)
    {
        if (value is null)
        {
            sb.Append("null");
            return;
        }
        switch (shape.Type)
        {
            case "structure" when shape.Document:
                PythonJson.Write(sb, value, compact: false);
                break;
            case "structure":
                WriteStructure(sb, value as JsonObject ?? [], shape);
                break;
            case "list":
                sb.Append('[');
                var first = true;
                foreach (var item in value as JsonArray ?? [])
                {
                    if (!first) sb.Append(", ");
                    first = false;
                    Write(sb, item, shape.Member);
                }
                sb.Append(']');
                break;
            case "map":
                sb.Append('{');
                first = true;
                foreach (var (key, entry) in value as JsonObject ?? [])
                {
                    if (!first) sb.Append(", ");
                    first = false;
                    PythonJson.WriteString(sb, key);
                    sb.Append(": ");
                    Write(sb, entry, shape.Value);
                }
                sb.Append('}');
                break;
            case "timestamp":
                var instant = InputTimestamp.Parse(value);
                var format = TimestampFormatter.Normalize(shape.TimestampFormat, TimestampFormatter.UnixTimestamp);
                if (format == TimestampFormatter.UnixTimestamp)
                    sb.Append(TimestampFormatter.ToEpochSeconds(instant).ToString(CultureInfo.InvariantCulture));
                else
                    PythonJson.WriteString(sb, TimestampFormatter.Format(instant, format));
                break;
            case "blob":
                PythonJson.WriteString(sb, Convert.ToBase64String(BlobValue.GetBytes(value)));
                break;
            case "float" or "double":
                var text = ScalarText.Float(value);
                if (text is "NaN" or "Infinity" or "-Infinity") PythonJson.WriteString(sb, text);
                else PythonJson.Write(sb, value, compact: false);
                break;
            default:
                PythonJson.Write(sb, value, compact: false);
                break;
        }
    }

    public static void WriteStructure(StringBuilder sb, IEnumerable<KeyValuePair<string, JsonNode?>> members, Shape shape)
    {
        sb.Append('{');
        var first = true;
        foreach (var (key, memberValue) in members)
        {
            if (memberValue is null) continue;
            var member = ParameterMembers.Find(shape, key);
            if (!first) sb.Append(", ");
            first = false;
            PythonJson.WriteString(sb, member.LocationName ?? key);
            sb.Append(": ");
            Write(sb, memberValue, member);
        }
        sb.Append('}');
    }
}
