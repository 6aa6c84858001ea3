using System.Text;
using Aws.Core.Http;

namespace Aws.Core.Auth;

/// <summary>
/// Builds the canonical request. The signer and the verifier both call <see cref="CanonicalRequest"/>; only the
/// list of signed headers differs (chosen from the request when signing, read from the signature when verifying).
/// </summary>
public static class SigV4Canonical
{
    public static string CanonicalRequest(AwsHttpRequest request, IReadOnlyList<string> signedHeaders, string payloadHash,
        SigV4Options options, bool excludeSignatureParam = false)
    {
        var sb = new StringBuilder(256);
        sb.Append(request.Method.ToUpperInvariant()).Append('\n');
        sb.Append(CanonicalUri(request.Path, options)).Append('\n');
        sb.Append(CanonicalQuery(request.QueryString, excludeSignatureParam)).Append('\n');
        foreach (var name in signedHeaders)
            sb.Append(name).Append(':').Append(CanonicalHeaderValue(request, name)).Append('\n');
        sb.Append('\n');
        sb.Append(string.Join(';', signedHeaders)).Append('\n');
        sb.Append(payloadHash);
        return sb.ToString();
    }

    /// <summary>The request's path, normalized and encoded as the options say.</summary>
    public static string CanonicalUri(string path, SigV4Options options)
    {
        if (path.Length == 0) path = "/";
        if (options.NormalizePath) path = NormalizePath(path);
        return options.DoubleUriEncode ? SigV4Encoding.UriEncode(path, keepSlash: true) : path;
    }

    /// <summary>
    /// Removes "." and ".." segments and empty segments (repeated slashes), keeping a trailing slash when
    /// anything is left, as botocore does.
    /// </summary>
    public static string NormalizePath(string path)
    {
        var kept = new List<string>();
        foreach (var segment in path.Split('/'))
        {
            if (segment.Length == 0 || segment == ".") continue;
            if (segment == "..") { if (kept.Count > 0) kept.RemoveAt(kept.Count - 1); }
            else kept.Add(segment);
        }
        if (kept.Count == 0) return "/";
        var joined = "/" + string.Join('/', kept);
        return path.EndsWith('/') ? joined + "/" : joined;
    }

    /// <summary>Parameters decoded and re-encoded, sorted by key then value (byte order).</summary>
    public static string CanonicalQuery(string queryString, bool excludeSignatureParam = false)
    {
        if (queryString.Length == 0) return "";
        var pairs = new List<(string Key, string Value)>();
        foreach (var (key, value) in SplitQuery(queryString))
        {
            var k = SigV4Encoding.Normalize(key);
            if (excludeSignatureParam && k == SigV4Constants.SignatureParam) continue;
            pairs.Add((k, SigV4Encoding.Normalize(value)));
        }
        pairs.Sort((a, b) =>
        {
            var c = string.CompareOrdinal(a.Key, b.Key);
            return c != 0 ? c : string.CompareOrdinal(a.Value, b.Value);
        });
        var sb = new StringBuilder(queryString.Length + 16);
        foreach (var (k, v) in pairs)
        {
            if (sb.Length > 0) sb.Append('&');
            sb.Append(k).Append('=').Append(v);
        }
        return sb.ToString();
    }

    /// <summary>Splits an encoded query string into still-encoded (key, value) pairs, skipping empty pieces.</summary>
    public static IEnumerable<(string Key, string Value)> SplitQuery(string queryString)
    {
        foreach (var piece in queryString.Split('&'))
        {
            if (piece.Length == 0) continue;
            var eq = piece.IndexOf('=');
            yield return eq < 0 ? (piece, "") : (piece[..eq], piece[(eq + 1)..]);
        }
    }

    /// <summary>The lower-case names of the headers a signer signs: all but the excluded ones, plus host; sorted.</summary>
    public static IReadOnlyList<string> SelectSignedHeaders(AwsHttpRequest request)
    {
        var names = new SortedSet<string>(StringComparer.Ordinal) { "host" };
        foreach (var header in request.Headers)
        {
            var name = header.Key.Trim().ToLowerInvariant();
            if (!SigV4Constants.UnsignedHeaders.Contains(name)) names.Add(name);
        }
        return [.. names];
    }

    /// <summary>All values of a header, each trimmed with inner whitespace runs collapsed, joined by ','.</summary>
    public static string CanonicalHeaderValue(AwsHttpRequest request, string lowerName)
    {
        var sb = new StringBuilder();
        var any = false;
        foreach (var header in request.Headers)
        {
            if (!string.Equals(header.Key.Trim(), lowerName, StringComparison.OrdinalIgnoreCase)) continue;
            if (any) sb.Append(',');
            AppendTrimmed(sb, header.Value);
            any = true;
        }
        // The Host header is usually left to the HTTP stack; the transport sends exactly request.Host.
        if (!any && lowerName == "host") sb.Append(request.Host);
        return sb.ToString();
    }

    private static void AppendTrimmed(StringBuilder sb, string value)
    {
        var pendingSpace = false;
        var start = sb.Length;
        foreach (var c in value)
        {
            if (c is ' ' or '\t' or '\r' or '\n' or '\f' or '\v') { pendingSpace = true; continue; }
            if (pendingSpace && sb.Length > start) sb.Append(' ');
            pendingSpace = false;
            sb.Append(c);
        }
    }
}
