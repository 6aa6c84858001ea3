using Aws.Local.Policy.Context;
using Aws.Local.Policy.Documents;

namespace Aws.Local.Policy.Matching;

/// <summary>Matches Principal / NotPrincipal blocks of resource-based policies against the caller.</summary>
public static class PrincipalMatcher
{
    /// <summary>The strongest way <paramref name="block"/> names <paramref name="principal"/> (null = anonymous).</summary>
    public static PrincipalMatchKind Match(PrincipalBlock block, PrincipalInfo? principal)
    {
        if (block.IsWildcard)
            return PrincipalMatchKind.Wildcard;
        var best = PrincipalMatchKind.None;
        foreach (var (type, values) in block.Values)
        {
            foreach (var value in values)
            {
                var kind = MatchOne(type, value, principal);
                if (kind > best)
                    best = kind;
            }
        }
        return best;
    }

    private static PrincipalMatchKind MatchOne(string type, string value, PrincipalInfo? p)
    {
        if (type == "AWS" && value == "*")
            return PrincipalMatchKind.Wildcard;
        if (p is null || p.Type == PrincipalType.Anonymous)
            return PrincipalMatchKind.None;
        switch (type)
        {
            case "Service":
                return p.Type == PrincipalType.Service && string.Equals(p.ServiceName, value, StringComparison.OrdinalIgnoreCase)
                    ? PrincipalMatchKind.Direct
                    : PrincipalMatchKind.None;
            case "Federated":
                return p.FederatedProvider is not null && string.Equals(p.FederatedProvider, value, StringComparison.Ordinal)
                    ? PrincipalMatchKind.Direct
                    : PrincipalMatchKind.None;
            case "AWS":
                return MatchAws(value, p);
            default:
                return PrincipalMatchKind.None;
        }
    }

    private static PrincipalMatchKind MatchAws(string value, PrincipalInfo p)
    {
        if (p.Type == PrincipalType.Service)
            return PrincipalMatchKind.None;
        if (string.Equals(value, p.Arn, StringComparison.Ordinal))
            return PrincipalMatchKind.Direct;
        if (AccountOf(value) is { } account)
        {
            if (account != p.AccountId)
                return PrincipalMatchKind.None;
            return p.Type == PrincipalType.Root ? PrincipalMatchKind.Direct : PrincipalMatchKind.Account;
        }
        if (p.RoleArn is not null && string.Equals(value, p.RoleArn, StringComparison.Ordinal))
            return PrincipalMatchKind.Role;
        if (p.ParentUserArn is not null && string.Equals(value, p.ParentUserArn, StringComparison.Ordinal))
            return PrincipalMatchKind.Role;
        return PrincipalMatchKind.None;
    }

    // "123456789012" or "arn:aws:iam::123456789012:root" -> the account id.
    private static string? AccountOf(string value)
    {
        if (value.Length == 12 && value.All(char.IsAsciiDigit))
            return value;
        var parts = value.Split(':');
        if (parts.Length == 6 && parts[0] == "arn" && parts[2] == "iam" && parts[5] == "root")
            return parts[4];
        return null;
    }
}
