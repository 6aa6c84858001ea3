namespace Aws.Local.Policy.Validation;

/// <summary>IAM's checks on Resource / NotResource values.</summary>
internal static class ResourceFormat
{
    private static readonly string[] Partitions =
        ["aws", "aws-cn", "aws-us-gov", "aws-iso", "aws-iso-b", "aws-iso-e", "aws-iso-f", "aws-eusc"];

    private static readonly string[] IamPathStarts =
    [
        "user/", "federated-user/", "role/", "group/", "instance-profile/", "mfa/", "server-certificate/",
        "policy/", "sms-mfa/", "saml-provider/", "oidc-provider/", "report/", "access-report/",
    ];

    /// <summary>AWS's message for a badly formed resource, or null when the format is acceptable.</summary>
    public static string? Check(string resource)
    {
        if (resource == "*")
            return null;
        int colon = resource.IndexOf(':');
        if (colon < 0)
            return $"Resource {resource} must be in ARN format or \"*\".";
        var afterArn = resource[(colon + 1)..];
        int c2 = afterArn.IndexOf(':');
        var partition = c2 < 0 ? afterArn : afterArn[..c2];
        if (partition != "*" && !Partitions.Contains(partition))
        {
            var rest = (c2 < 0 ? "" : afterArn[(c2 + 1)..]).Split(':');
            string Part(int i) => i < rest.Length && (rest[i] != "" || rest.Length > 1) ? rest[i] : "*";
            var tail = rest.Length > 3 ? string.Join(':', rest[3..]) : "*";
            return $"Partition \"{partition}\" is not valid for resource \"arn:{partition}:{Part(0)}:{Part(1)}:{Part(2)}:{tail}\".";
        }
        if (c2 < 0)
            return "Resource vendor must be fully qualified and cannot contain regexes.";

        var parts = afterArn[(c2 + 1)..].Split(':', 4); // service, region, account, resource
        var service = parts[0];
        var region = parts.Length > 1 ? parts[1] : "";
        var resourceId = parts.Length > 3 ? parts[3] : "";
        if (service == "iam" && region != "")
            return $"IAM resource {resource} cannot contain region information.";
        if (service == "s3" && region != "" && !resourceId.StartsWith("accesspoint/", StringComparison.Ordinal))
            return $"Resource {resource} can not contain region information.";
        if (service == "iam" && resourceId != "*" && !IamPathStarts.Any(p => resourceId.StartsWith(p, StringComparison.Ordinal)))
            return $"IAM resource path must either be \"*\" or start with {string.Join(", ", IamPathStarts)}.";
        return null;
    }

    /// <summary>The old parser's rule: an ARN with "::" needs all six parts, and the service must not be empty.</summary>
    public static bool PassesLegacyParse(string resource)
    {
        if (resource == "*")
            return true;
        if (resource.Count(c => c == ':') < 5 && resource.Contains("::", StringComparison.Ordinal))
            return false;
        var parts = resource.Split(':');
        return parts.Length < 3 || parts[2] != "";
    }
}
