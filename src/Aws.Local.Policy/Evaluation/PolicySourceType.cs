namespace Aws.Local.Policy.Evaluation;

/// <summary>Where a policy came from, as IAM's simulator reports SourcePolicyType.</summary>
public enum PolicySourceType
{
    User,
    Group,
    Role,
    AwsManaged,
    UserManaged,
    Resource,
    None,
}

public static class PolicySourceTypeExtensions
{
    /// <summary>The IAM API value: user | group | role | aws-managed | user-managed | resource | none.</summary>
    public static string ToApiValue(this PolicySourceType type) => type switch
    {
        PolicySourceType.User => "user",
        PolicySourceType.Group => "group",
        PolicySourceType.Role => "role",
        PolicySourceType.AwsManaged => "aws-managed",
        PolicySourceType.UserManaged => "user-managed",
        PolicySourceType.Resource => "resource",
        _ => "none",
    };
}
