using Aws.Local.Policy.Documents;

namespace Aws.Local.Policy.Validation;

/// <summary>IAM's check of Principal values in resource-based and trust policies.</summary>
internal static class PrincipalFormat
{
    public static void Check(PolicyDocument document, Func<string, bool>? principalExists)
    {
        foreach (var s in document.Statements)
        {
            foreach (var block in new[] { s.Principal, s.NotPrincipal })
            {
                if (block is null || block.IsWildcard)
                    continue;
                foreach (var (type, values) in block.Values)
                {
                    foreach (var value in values)
                    {
                        if (!IsValid(type, value, principalExists))
                            throw new MalformedPolicyDocumentException($"Invalid principal in policy: \"{type}\":\"{value}\"");
                    }
                }
            }
        }
    }

    private static bool IsValid(string type, string value, Func<string, bool>? principalExists)
    {
        switch (type)
        {
            case "AWS":
                if (value == "*" || (value.Length == 12 && value.All(char.IsAsciiDigit)))
                    return true;
                if (value.Contains('*') || !value.StartsWith("arn:", StringComparison.Ordinal))
                    return false;
                var parts = value.Split(':', 6);
                if (parts.Length != 6 || parts[2] is not ("iam" or "sts") || parts[4].Length == 0)
                    return false;
                if (parts[5] == "root")
                    return true;
                bool entity = parts[5].StartsWith("user/", StringComparison.Ordinal) || parts[5].StartsWith("role/", StringComparison.Ordinal);
                return entity && principalExists is not null ? principalExists(value) : parts[5].Contains('/');
            case "Service":
            case "Federated":
                return value.Length > 0 && !value.Contains('*');
            case "CanonicalUser":
                return value.Length > 0;
            default:
                return false;
        }
    }
}
