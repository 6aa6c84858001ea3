using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using System.Xml;

namespace Aws.Core.Tests.Protocols.Input;

/// <summary>
/// Body equality the way the upstream runner judges it: JSON by value (key order and number spelling do not
/// matter), XML canonicalized with whitespace-only text stripped, everything else byte for byte.
/// </summary>
public static class BodyComparison
{
    public static bool JsonEquals(string actual, string expected, bool fallBackToText, out string detail)
    {
        detail = "";
        JsonNode? a, e;
        try
        {
            a = JsonNode.Parse(actual);
            e = JsonNode.Parse(expected);
        }
        catch (Exception ex) when (ex is System.Text.Json.JsonException or ArgumentException)
        {
            if (!fallBackToText) { detail = ex.Message; return false; }
            return actual == expected;
        }
        return JsonValueEquals(a, e);
    }

    private static bool JsonValueEquals(JsonNode? a, JsonNode? e)
    {
        switch (a, e)
        {
            case (null, null): return true;
            case (JsonObject ao, JsonObject eo):
                return ao.Count == eo.Count && ao.All(p => eo.TryGetPropertyValue(p.Key, out var ev) && JsonValueEquals(p.Value, ev));
            case (JsonArray aa, JsonArray ea):
                return aa.Count == ea.Count && aa.Zip(ea).All(p => JsonValueEquals(p.First, p.Second));
            case (JsonValue av, JsonValue ev):
                var ak = av.GetValueKind();
                var ek = ev.GetValueKind();
                if (ak == System.Text.Json.JsonValueKind.Number && ek == System.Text.Json.JsonValueKind.Number)
                    return av.GetValue<decimal>() == ev.GetValue<decimal>();
                return ak == ek && av.ToJsonString() == ev.ToJsonString();
            default:
                return false;
        }
    }

    /// <summary>Canonical text of an XML document, or null when it does not parse.</summary>
    public static string? CanonicalXml(string xml)
    {
        try
        {
            var sb = new StringBuilder();
            using var reader = XmlReader.Create(new StringReader(xml), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
            while (reader.Read())
            {
                switch (reader.NodeType)
                {
                    case XmlNodeType.Element:
                        sb.Append('<').Append(reader.Name);
                        var attributes = new List<string>();
                        for (var i = 0; i < reader.AttributeCount; i++)
                        {
                            reader.MoveToAttribute(i);
                            attributes.Add($"{reader.Name}=\"{reader.Value}\"");
                        }
                        reader.MoveToElement();
                        attributes.Sort(StringComparer.Ordinal);
                        foreach (var a in attributes) sb.Append(' ').Append(a);
                        sb.Append('>');
                        if (reader.IsEmptyElement) sb.Append("</").Append(reader.Name).Append('>');
                        break;
                    case XmlNodeType.EndElement:
                        sb.Append("</").Append(reader.Name).Append('>');
                        break;
                    case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace:
                        sb.Append(reader.Value.Trim());
                        break;
                }
            }
            return sb.ToString();
        }
        catch (XmlException)
        {
            return null;
        }
    }

    public static string Describe(byte[] body) => Encoding.UTF8.GetString(body).ToString(CultureInfo.InvariantCulture);
}
