namespace Aws.Local.Policy.Conditions;

/// <summary>The condition operator families of the IAM JSON policy reference.</summary>
public enum OperatorFamily
{
    Unknown,
    String,
    Numeric,
    Date,
    Bool,
    Binary,
    IpAddress,
    Arn,
    Null,
}
