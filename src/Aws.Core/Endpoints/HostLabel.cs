using System.Text.RegularExpressions;

namespace Aws.Core.Endpoints;

/// <summary>The host-name predicates of the endpoint rules engine.</summary>
public static partial class HostLabel
{
    /// <summary>Smithy <c>isValidHostLabel</c>: one RFC 1123 label, or dot-separated labels when allowed.</summary>
    public static bool IsValid(string value, bool allowSubDomains)
    {
        if (allowSubDomains) return value.Split('.').All(l => Label().IsMatch(l));
        return Label().IsMatch(value);
    }

    /// <summary>
    /// <c>aws.isVirtualHostableS3Bucket</c>: at least 3 characters, no upper case, not an IPv4 address, and a valid
    /// host label (each dot-separated label checked the same way when sub-domains are allowed).
    /// </summary>
    public static bool IsVirtualHostableS3Bucket(string bucket, bool allowSubDomains)
    {
        if (bucket.Length < 3 || bucket.ToLowerInvariant() != bucket || IsIPv4(bucket)) return false;
        if (allowSubDomains) return bucket.Split('.').All(l => IsVirtualHostableS3Bucket(l, false));
        return IsValid(bucket, false);
    }

    public static bool IsIPv4(string value) => IPv4().IsMatch(value);

    [GeneratedRegex(@"^(?!-)[a-zA-Z0-9-]{1,63}(?<!-)\z", RegexOptions.CultureInvariant)]
    private static partial Regex Label();

    [GeneratedRegex(@"^(?:[0-9]{1,3}\.){3}[0-9]{1,3}\z", RegexOptions.CultureInvariant)]
    private static partial Regex IPv4();
}
