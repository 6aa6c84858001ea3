using System.Text.Json.Nodes;

namespace Aws.Local.Services.Iam;

/// <summary>
/// AWS managed policies at their real ARNs (arn:aws:iam::aws:policy/NAME), with documents written by us to grant
/// what AWS's versions grant. ReadOnlyAccess is condensed to the Describe/Get/List families of every service.
/// </summary>
public static class ManagedPolicies
{
    private const string Created = "2015-02-06T18:39:46Z";

    private static readonly (string Name, string Id, string Description, string Document)[] Catalog =
    [
        ("AdministratorAccess", "ANPAIWMBCKSKIEE64ZLYK", "Provides full access to AWS services and resources.",
            """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}"""),
        ("PowerUserAccess", "ANPAJYRXTHIB4FOVS3ZXS", "Provides full access to AWS services and resources, but does not allow management of Users and groups.",
            """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","NotAction":["iam:*","organizations:*","account:*"],"Resource":"*"},{"Effect":"Allow","Action":["iam:CreateServiceLinkedRole","iam:DeleteServiceLinkedRole","iam:ListRoles","organizations:DescribeOrganization","account:ListRegions","account:GetAccountInformation"],"Resource":"*"}]}"""),
        ("ReadOnlyAccess", "ANPAILL3HVNFSB6DCOWYQ", "Provides read-only access to AWS services and resources.",
            """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["*:Describe*","*:Get*","*:List*","*:BatchGet*","*:Lookup*","*:Search*","*:View*","s3:Head*"],"Resource":"*"}]}"""),
        ("IAMFullAccess", "ANPAI7XKCFMBPM3QQRRVQ", "Provides full access to IAM via the AWS Management Console.",
            """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["iam:*","organizations:DescribeAccount","organizations:DescribeOrganization","organizations:DescribeOrganizationalUnit","organizations:DescribePolicy","organizations:ListChildren","organizations:ListParents","organizations:ListPoliciesForTarget","organizations:ListRoots","organizations:ListPolicies","organizations:ListTargetsForPolicy"],"Resource":"*"}]}"""),
        ("IAMReadOnlyAccess", "ANPAJKSO7NDY4T57MWDSQ", "Provides read only access to IAM via the AWS Management Console.",
            """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["iam:GenerateCredentialReport","iam:GenerateServiceLastAccessedDetails","iam:Get*","iam:List*","iam:SimulateCustomPolicy","iam:SimulatePrincipalPolicy"],"Resource":"*"}]}"""),
        ("AmazonEC2FullAccess", "ANPAI3VAJF5ZCRZ7MCQE6", "Provides full access to Amazon EC2 via the AWS Management Console.",
            """{"Version":"2012-10-17","Statement":[{"Action":"ec2:*","Effect":"Allow","Resource":"*"},{"Effect":"Allow","Action":"elasticloadbalancing:*","Resource":"*"},{"Effect":"Allow","Action":"cloudwatch:*","Resource":"*"},{"Effect":"Allow","Action":"autoscaling:*","Resource":"*"},{"Effect":"Allow","Action":"iam:CreateServiceLinkedRole","Resource":"*","Condition":{"StringEquals":{"iam:AWSServiceName":["autoscaling.amazonaws.com","ec2scheduled.amazonaws.com","elasticloadbalancing.amazonaws.com","spot.amazonaws.com","spotfleet.amazonaws.com","transitgateway.amazonaws.com"]}}}]}"""),
        ("AmazonEC2ReadOnlyAccess", "ANPAIGDT4SV4GSETWTBZK", "Provides read only access to Amazon EC2 via the AWS Management Console.",
            """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"ec2:Describe*","Resource":"*"},{"Effect":"Allow","Action":"elasticloadbalancing:Describe*","Resource":"*"},{"Effect":"Allow","Action":["cloudwatch:ListMetrics","cloudwatch:GetMetricStatistics","cloudwatch:Describe*"],"Resource":"*"},{"Effect":"Allow","Action":"autoscaling:Describe*","Resource":"*"}]}"""),
        ("AmazonS3FullAccess", "ANPAIFIR6V6BVTRAHWINE", "Provides full access to all buckets via the AWS Management Console.",
            """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["s3:*","s3-object-lambda:*"],"Resource":"*"}]}"""),
        ("AmazonS3ReadOnlyAccess", "ANPAIZTJ4DXE7G6AGAE6M", "Provides read only access to all buckets via the AWS Management Console.",
            """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["s3:Get*","s3:List*","s3:Describe*","s3-object-lambda:Get*","s3-object-lambda:List*"],"Resource":"*"}]}"""),
    ];

    public static IEnumerable<string> Arns => Catalog.Select(p => Arn(p.Name));

    public static string Arn(string name) => "arn:aws:iam::aws:policy/" + name;

    /// <summary>A fresh copy of the policy in the stored-policy layout, or null for an unknown ARN.</summary>
    public static JsonObject? Get(string arn)
    {
        foreach (var p in Catalog)
        {
            if (Arn(p.Name) != arn) continue;
            return new JsonObject
            {
                ["PolicyName"] = p.Name, ["PolicyId"] = p.Id, ["Arn"] = arn, ["Path"] = "/", ["DefaultVersionId"] = "v1",
                ["AttachmentCount"] = 0, ["PermissionsBoundaryUsageCount"] = 0, ["IsAttachable"] = true,
                ["Description"] = p.Description, ["CreateDate"] = Created, ["UpdateDate"] = Created,
                ["_aws"] = true,
                ["_versions"] = new JsonObject
                {
                    ["v1"] = new JsonObject { ["Document"] = p.Document, ["VersionId"] = "v1", ["IsDefaultVersion"] = true, ["CreateDate"] = Created },
                },
            };
        }
        return null;
    }
}
