using System.Text;

namespace Aws.Core.Protocols.Http;

/// <summary>
/// Percent-encoding as botocore does it (Python's urllib quote over UTF-8 bytes, upper-case hex).
/// Unreserved characters (A-Z a-z 0-9 - _ . ~) always stay; callers may keep more (greedy labels keep "/").
/// </summary>
public static class PercentEncoding
{
    private const string Hex = "0123456789ABCDEF";

    /// <summary>botocore percent_encode: used for URI labels and REST query strings (space is %20).</summary>
    public static string Encode(string value, string extraSafe = "") => Encode(value, extraSafe, spaceAsPlus: false);

    /// <summary>Python urlencode (quote_plus): used for form bodies of the query and ec2 protocols (space is +).</summary>
    public static string EncodeForm(string value) => Encode(value, "", spaceAsPlus: true);

    private static string Encode(string value, string extraSafe, bool spaceAsPlus)
    {
        var needs = false;
        foreach (var c in value)
            if (!IsUnreserved(c) && extraSafe.IndexOf(c) < 0) { needs = true; break; }
        if (!needs) return value;

        var sb = new StringBuilder(value.Length * 3);
        foreach (var b in Encoding.UTF8.GetBytes(value))
        {
            var c = (char)b;
            if (b < 0x80 && (IsUnreserved(c) || extraSafe.IndexOf(c) >= 0)) sb.Append(c);
            else if (spaceAsPlus && c == ' ') sb.Append('+');
            else sb.Append('%').Append(Hex[b >> 4]).Append(Hex[b & 0xF]);
        }
        return sb.ToString();
    }

    private static bool IsUnreserved(char c) =>
        c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-' or '_' or '.' or '~';

    /// <summary>key=value pairs joined with "&amp;", each side encoded with <see cref="Encode(string, string)"/>.</summary>
    public static string EncodePairs(IEnumerable<KeyValuePair<string, string>> pairs) =>
        string.Join("&", pairs.Select(p => Encode(p.Key) + "=" + Encode(p.Value)));

    /// <summary>key=value pairs joined with "&amp;", each side form-encoded.</summary>
    public static string EncodeFormPairs(IEnumerable<KeyValuePair<string, string>> pairs) =>
        string.Join("&", pairs.Select(p => EncodeForm(p.Key) + "=" + EncodeForm(p.Value)));
}
