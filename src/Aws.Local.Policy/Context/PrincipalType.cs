namespace Aws.Local.Policy.Context;

/// <summary>Who is calling; the value of aws:PrincipalType is given in each member's comment.</summary>
public enum PrincipalType
{
    /// <summary>The account root user ("Account").</summary>
    Root,

    /// <summary>An IAM user ("User").</summary>
    User,

    /// <summary>An IAM role session from sts:AssumeRole* ("AssumedRole").</summary>
    AssumedRole,

    /// <summary>A federated user session from sts:GetFederationToken ("FederatedUser").</summary>
    FederatedUser,

    /// <summary>An AWS service principal such as ec2.amazonaws.com.</summary>
    Service,

    /// <summary>An unauthenticated caller ("Anonymous").</summary>
    Anonymous,
}
