using System.Text;

namespace Aws.Core.Auth;

/// <summary>The percent-encoding rules of SigV4 (RFC 3986 unreserved characters stay, the rest become %XX).</summary>
public static class SigV4Encoding
{
    private const string HexUpper = "0123456789ABCDEF";

    public static bool IsUnreserved(byte b) =>
        b is >= (byte)'A' and <= (byte)'Z' or >= (byte)'a' and <= (byte)'z' or >= (byte)'0' and <= (byte)'9'
            or (byte)'-' or (byte)'_' or (byte)'.' or (byte)'~';

    /// <summary>Encodes the UTF-8 bytes of <paramref name="value"/>; '/' is kept when <paramref name="keepSlash"/>.</summary>
    public static string UriEncode(string value, bool keepSlash = false) =>
        UriEncode(Encoding.UTF8.GetBytes(value), keepSlash);

    public static string UriEncode(ReadOnlySpan<byte> bytes, bool keepSlash = false)
    {
        var sb = new StringBuilder(bytes.Length + 8);
        foreach (var b in bytes)
        {
            if (IsUnreserved(b) || (keepSlash && b == (byte)'/')) sb.Append((char)b);
            else sb.Append('%').Append(HexUpper[b >> 4]).Append(HexUpper[b & 0xF]);
        }
        return sb.ToString();
    }

    /// <summary>
    /// Decodes %XX escapes to bytes; every other character becomes its UTF-8 bytes. '+' stays '+'
    /// (SigV4 query strings are RFC 3986, not form encoding). A '%' without two hex digits is kept literally.
    /// </summary>
    public static byte[] PercentDecode(string value)
    {
        if (value.IndexOf('%') < 0) return Encoding.UTF8.GetBytes(value);
        var buffer = new List<byte>(value.Length);
        Span<byte> utf8 = stackalloc byte[4];
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c == '%' && i + 2 < value.Length
                && HexValue(value[i + 1]) is var hi and >= 0 && HexValue(value[i + 2]) is var lo and >= 0)
            {
                buffer.Add((byte)(hi << 4 | lo));
                i += 2;
            }
            else if (c < 0x80) buffer.Add((byte)c);
            else
            {
                var len = char.IsHighSurrogate(c) && i + 1 < value.Length
                    ? Encoding.UTF8.GetBytes(value.AsSpan(i++, 2), utf8)
                    : Encoding.UTF8.GetBytes(value.AsSpan(i, 1), utf8);
                for (var k = 0; k < len; k++) buffer.Add(utf8[k]);
            }
        }
        return [.. buffer];
    }

    /// <summary>Decodes %XX escapes as UTF-8 text (for reading presigned query parameters).</summary>
    public static string PercentDecodeToString(string value) => Encoding.UTF8.GetString(PercentDecode(value));

    /// <summary>Decodes then re-encodes, so equivalent encodings of one value compare equal.</summary>
    public static string Normalize(string encoded) => UriEncode(PercentDecode(encoded));

    private static int HexValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'A' and <= 'F' => c - 'A' + 10,
        >= 'a' and <= 'f' => c - 'a' + 10,
        _ => -1,
    };
}
