using Aws.Local.Policy.Conditions;
using Aws.Local.Policy.Documents;

namespace Aws.Local.Policy.Validation;

/// <summary>
/// IAM's MalformedPolicyDocument checks, in the order IAM applies them so the first problem gets AWS's message:
/// syntax, version, legacy parsing, Sid uniqueness, actions present, resource formats, action prefixes, then the
/// per-kind rules (resources/principal for identity policies; principal/actions/no resource for trust policies).
/// </summary>
public static class PolicyValidator
{
    public const string VersionMessage = "Policy document must be version 2012-10-17 or greater.";
    public const string LegacyParsingMessage = "The policy failed legacy parsing";
    public const string DuplicateSidMessage = "Statement IDs (SID) in a single policy must be unique.";
    public const string MissingActionsMessage = "Policy statement must contain actions.";
    public const string MissingResourcesMessage = "Policy statement must contain resources.";
    public const string PrincipalNotAllowedMessage = "Policy document should not specify a principal.";
    public const string MissingPrincipalMessage = "Missing required field Principal";
    public const string TrustResourceMessage = "Has prohibited field Resource.";
    public const string TrustActionsMessage =
        "Trust Policy statement actions can only be sts:AssumeRole, sts:AssumeRoleWithSAML,  and sts:AssumeRoleWithWebIdentity";
    public const string VendorMissingMessage = "Actions/Conditions must be prefaced by a vendor, e.g., iam, sdb, ec2, etc.";
    public const string TooManyColonsMessage = "Actions/Condition can contain only one colon.";

    private static readonly string[] TrustActions =
    [
        "sts:AssumeRole", "sts:AssumeRoleWithSAML", "sts:AssumeRoleWithWebIdentity", "sts:TagSession",
        "sts:SetSourceIdentity", "sts:SetContext",
    ];

    /// <summary>Validates and parses; throws <see cref="MalformedPolicyDocumentException"/> with AWS's message.</summary>
    /// <param name="principalExists">
    /// Optional: for resource-based and trust policies, whether an IAM user/role ARN in Principal exists (IAM
    /// rejects unknown ones with "Invalid principal in policy"). Account ids, roots, "*" and services are not asked.
    /// </param>
    public static PolicyDocument Validate(string json, PolicyKind kind = PolicyKind.Identity,
        Func<string, bool>? principalExists = null)
    {
        var document = PolicyReader.Read(json);
        foreach (var s in document.Statements)
        {
            foreach (var c in s.Conditions)
            {
                if (!c.Operator.IsKnown)
                    throw new MalformedPolicyDocumentException(MalformedPolicyDocumentException.SyntaxErrors);
            }
        }

        if (kind != PolicyKind.Resource && document.Version != PolicyDocument.Version2012)
            throw new MalformedPolicyDocumentException(VersionMessage);

        LegacyParse(json, document);
        CheckSids(document);
        foreach (var s in document.Statements)
        {
            var actions = s.Action ?? s.NotAction;
            if (actions is null || actions.Count == 0)
                throw new MalformedPolicyDocumentException(MissingActionsMessage);
        }
        foreach (var s in document.Statements)
        {
            foreach (var r in (s.Resource ?? []).Concat(s.NotResource ?? []).OrderDescending(StringComparer.Ordinal))
            {
                if (ResourceFormat.Check(r) is { } error)
                    throw new MalformedPolicyDocumentException(error);
            }
        }
        foreach (var s in document.Statements)
        {
            foreach (var a in (s.Action ?? []).Concat(s.NotAction ?? []))
                CheckActionPrefix(a);
        }
        switch (kind)
        {
            case PolicyKind.Identity:
                CheckIdentity(document);
                break;
            case PolicyKind.Trust:
                CheckTrust(document);
                break;
            default:
                CheckResource(document);
                break;
        }
        if (kind != PolicyKind.Identity)
            PrincipalFormat.Check(document, principalExists);
        return document;
    }

    /// <summary>Returns AWS's message for the first problem, or null when the policy is valid.</summary>
    public static string? TryValidate(string json, PolicyKind kind = PolicyKind.Identity,
        Func<string, bool>? principalExists = null)
    {
        try
        {
            Validate(json, kind, principalExists);
            return null;
        }
        catch (MalformedPolicyDocumentException e)
        {
            return e.Message;
        }
    }

    private static void LegacyParse(string json, PolicyDocument document)
    {
        // Effect is case-insensitive for the syntax check but must be exactly Allow/Deny for the legacy parser.
        using var raw = PolicyReader.ParseJson(json);
        var st = raw.RootElement.GetProperty("Statement");
        var effects = st.ValueKind == System.Text.Json.JsonValueKind.Array
            ? st.EnumerateArray().Select(e => e.GetProperty("Effect").GetString()).ToList()
            : [st.GetProperty("Effect").GetString()];
        if (effects.Any(e => e is not ("Allow" or "Deny")))
            throw new MalformedPolicyDocumentException(LegacyParsingMessage);

        foreach (var s in document.Statements)
        {
            foreach (var c in s.Conditions)
            {
                if (c.Operator.Family == OperatorFamily.Date && c.Values.Any(v => !ValueComparer.TryDate(v, out _)))
                    throw new MalformedPolicyDocumentException(LegacyParsingMessage);
            }
            foreach (var r in (s.Resource ?? []).Concat(s.NotResource ?? []))
            {
                if (ResourceFormat.Check(r) is null && !ResourceFormat.PassesLegacyParse(r))
                    throw new MalformedPolicyDocumentException(LegacyParsingMessage);
            }
        }
    }

    private static void CheckSids(PolicyDocument document)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var s in document.Statements)
        {
            if (!string.IsNullOrEmpty(s.Sid) && !seen.Add(s.Sid))
                throw new MalformedPolicyDocumentException(DuplicateSidMessage);
        }
    }

    private static void CheckActionPrefix(string action)
    {
        var parts = action.Split(':');
        if (parts.Length == 1 && parts[0] != "*")
            throw new MalformedPolicyDocumentException(VendorMissingMessage);
        if (parts.Length > 2)
            throw new MalformedPolicyDocumentException(TooManyColonsMessage);
        if (parts[0] != "*" && parts[0].Any(c => !(char.IsAsciiLetterOrDigit(c) || c is '-' or '.')))
            throw new MalformedPolicyDocumentException($"Vendor {parts[0]} is not valid");
    }

    private static void CheckIdentity(PolicyDocument document)
    {
        foreach (var s in document.Statements)
        {
            var resources = s.Resource ?? s.NotResource;
            if (resources is null || resources.Count == 0)
                throw new MalformedPolicyDocumentException(MissingResourcesMessage);
        }
        if (document.Statements.Any(s => s.Principal is not null || s.NotPrincipal is not null))
            throw new MalformedPolicyDocumentException(PrincipalNotAllowedMessage);
    }

    private static void CheckTrust(PolicyDocument document)
    {
        foreach (var s in document.Statements)
        {
            foreach (var a in s.Action ?? s.NotAction ?? [])
            {
                if (!TrustActions.Any(t => Matching.ActionMatcher.Matches(a, t)))
                    throw new MalformedPolicyDocumentException(TrustActionsMessage);
            }
        }
        if (document.Statements.Any(s => s.Resource is not null || s.NotResource is not null))
            throw new MalformedPolicyDocumentException(TrustResourceMessage);
        CheckResource(document);
    }

    private static void CheckResource(PolicyDocument document)
    {
        if (document.Statements.Any(s => s.Principal is null && s.NotPrincipal is null))
            throw new MalformedPolicyDocumentException(MissingPrincipalMessage);
    }
}
