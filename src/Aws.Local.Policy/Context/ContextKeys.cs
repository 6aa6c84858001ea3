namespace Aws.Local.Policy.Context;

/// <summary>Names of the global condition keys the engine fills in.</summary>
public static class ContextKeys
{
    public const string UserName = "aws:username";
    public const string UserId = "aws:userid";
    public const string PrincipalArn = "aws:PrincipalArn";
    public const string PrincipalAccount = "aws:PrincipalAccount";
    public const string PrincipalType = "aws:PrincipalType";
    public const string PrincipalTagPrefix = "aws:PrincipalTag/";
    public const string RequestedRegion = "aws:RequestedRegion";
    public const string SourceIp = "aws:SourceIp";
    public const string CurrentTime = "aws:CurrentTime";
    public const string EpochTime = "aws:EpochTime";
    public const string SecureTransport = "aws:SecureTransport";
    public const string MultiFactorAuthPresent = "aws:MultiFactorAuthPresent";
    public const string MultiFactorAuthAge = "aws:MultiFactorAuthAge";
    public const string TokenIssueTime = "aws:TokenIssueTime";
    public const string RequestTagPrefix = "aws:RequestTag/";
    public const string TagKeys = "aws:TagKeys";
    public const string ResourceAccount = "aws:ResourceAccount";
    public const string PrincipalServiceName = "aws:PrincipalServiceName";
    public const string FederatedProvider = "aws:FederatedProvider";
}
