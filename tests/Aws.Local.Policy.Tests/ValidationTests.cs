using Aws.Local.Policy.Validation;

namespace Aws.Local.Policy.Tests;

public class ValidationTests
{
    private static string P(string statement, string version = "\"Version\":\"2012-10-17\",") =>
        "{" + version + "\"Statement\":" + statement + "}";

    public static TheoryData<string, string, PolicyKind, string?> Cases => new()
    {
        { "valid identity policy", P("""{"Effect":"Allow","Action":"s3:*","Resource":"*"}"""), PolicyKind.Identity, null },
        { "bad JSON", "{not json", PolicyKind.Identity, "Syntax errors in policy." },
        { "missing Effect", P("""{"Action":"s3:*","Resource":"*"}"""), PolicyKind.Identity, "Syntax errors in policy." },
        { "both Action and NotAction", P("""{"Effect":"Allow","Action":"s3:*","NotAction":"ec2:*","Resource":"*"}"""), PolicyKind.Identity, "Syntax errors in policy." },
        { "unknown Version", P("""{"Effect":"Allow","Action":"s3:*","Resource":"*"}""", "\"Version\":\"2020-01-01\","), PolicyKind.Identity, "Syntax errors in policy." },
        { "unknown condition operator", P("""{"Effect":"Allow","Action":"s3:*","Resource":"*","Condition":{"StringIs":{"a:b":"c"}}}"""), PolicyKind.Identity, "Syntax errors in policy." },
        { "2008 version for identity policy", P("""{"Effect":"Allow","Action":"s3:*","Resource":"*"}""", "\"Version\":\"2008-10-17\","), PolicyKind.Identity, "Policy document must be version 2012-10-17 or greater." },
        { "missing version for identity policy", P("""{"Effect":"Allow","Action":"s3:*","Resource":"*"}""", ""), PolicyKind.Identity, "Policy document must be version 2012-10-17 or greater." },
        { "lower-case effect", P("""{"Effect":"allow","Action":"s3:*","Resource":"*"}"""), PolicyKind.Identity, "The policy failed legacy parsing" },
        { "bad date value", P("""{"Effect":"Allow","Action":"s3:*","Resource":"*","Condition":{"DateGreaterThan":{"aws:CurrentTime":"tomorrow"}}}"""), PolicyKind.Identity, "The policy failed legacy parsing" },
        { "duplicate Sid", P("""[{"Sid":"A","Effect":"Allow","Action":"s3:*","Resource":"*"},{"Sid":"A","Effect":"Deny","Action":"s3:*","Resource":"*"}]"""), PolicyKind.Identity, "Statement IDs (SID) in a single policy must be unique." },
        { "missing Action", P("""{"Effect":"Allow","Resource":"*"}"""), PolicyKind.Identity, "Policy statement must contain actions." },
        { "empty Action list", P("""{"Effect":"Allow","Action":[],"Resource":"*"}"""), PolicyKind.Identity, "Policy statement must contain actions." },
        { "resource not an ARN", P("""{"Effect":"Allow","Action":"s3:*","Resource":"bucket"}"""), PolicyKind.Identity, "Resource bucket must be in ARN format or \"*\"." },
        { "bad partition", P("""{"Effect":"Allow","Action":"s3:*","Resource":"arn:aws-x:s3:::b"}"""), PolicyKind.Identity, "Partition \"aws-x\" is not valid for resource \"arn:aws-x:s3:::b\"." },
        { "IAM resource with region", P("""{"Effect":"Allow","Action":"iam:*","Resource":"arn:aws:iam:us-east-1:111122223333:user/x"}"""), PolicyKind.Identity, "IAM resource arn:aws:iam:us-east-1:111122223333:user/x cannot contain region information." },
        { "S3 resource with region", P("""{"Effect":"Allow","Action":"s3:*","Resource":"arn:aws:s3:us-east-1::b"}"""), PolicyKind.Identity, "Resource arn:aws:s3:us-east-1::b can not contain region information." },
        { "IAM resource bad path", P("""{"Effect":"Allow","Action":"iam:*","Resource":"arn:aws:iam::111122223333:person/x"}"""), PolicyKind.Identity, "IAM resource path must either be \"*\" or start with user/, federated-user/, role/, group/, instance-profile/, mfa/, server-certificate/, policy/, sms-mfa/, saml-provider/, oidc-provider/, report/, access-report/." },
        { "action without vendor", P("""{"Effect":"Allow","Action":"GetObject","Resource":"*"}"""), PolicyKind.Identity, "Actions/Conditions must be prefaced by a vendor, e.g., iam, sdb, ec2, etc." },
        { "action with two colons", P("""{"Effect":"Allow","Action":"s3:Get:Object","Resource":"*"}"""), PolicyKind.Identity, "Actions/Condition can contain only one colon." },
        { "action with bad vendor", P("""{"Effect":"Allow","Action":"s3!:GetObject","Resource":"*"}"""), PolicyKind.Identity, "Vendor s3! is not valid" },
        { "identity policy without Resource", P("""{"Effect":"Allow","Action":"s3:*"}"""), PolicyKind.Identity, "Policy statement must contain resources." },
        { "identity policy with Principal", P("""{"Effect":"Allow","Principal":"*","Action":"s3:*","Resource":"*"}"""), PolicyKind.Identity, "Policy document should not specify a principal." },
        { "valid trust policy", P("""{"Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"},"Action":"sts:AssumeRole"}"""), PolicyKind.Trust, null },
        { "trust policy with other action", P("""{"Effect":"Allow","Principal":{"AWS":"111122223333"},"Action":"s3:GetObject"}"""), PolicyKind.Trust, "Trust Policy statement actions can only be sts:AssumeRole, sts:AssumeRoleWithSAML,  and sts:AssumeRoleWithWebIdentity" },
        { "trust policy with Resource", P("""{"Effect":"Allow","Principal":{"AWS":"111122223333"},"Action":"sts:AssumeRole","Resource":"*"}"""), PolicyKind.Trust, "Has prohibited field Resource." },
        { "trust policy without Principal", P("""{"Effect":"Allow","Action":"sts:AssumeRole"}"""), PolicyKind.Trust, "Missing required field Principal" },
        { "trust policy with a non-ARN principal", P("""{"Effect":"Allow","Principal":{"AWS":"bob"},"Action":"sts:AssumeRole"}"""), PolicyKind.Trust, "Invalid principal in policy: \"AWS\":\"bob\"" },
        { "trust policy with a wildcard ARN principal", P("""{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::111122223333:role/*"},"Action":"sts:AssumeRole"}"""), PolicyKind.Trust, "Invalid principal in policy: \"AWS\":\"arn:aws:iam::111122223333:role/*\"" },
        { "trust policy with an unknown principal type", P("""{"Effect":"Allow","Principal":{"Aws":"111122223333"},"Action":"sts:AssumeRole"}"""), PolicyKind.Trust, "Invalid principal in policy: \"Aws\":\"111122223333\"" },
        { "trust policy with account, root, user and service", P("""{"Effect":"Allow","Principal":{"AWS":["111122223333","arn:aws:iam::444455556666:root","arn:aws:iam::111122223333:user/x"],"Service":"ec2.amazonaws.com"},"Action":"sts:AssumeRole"}"""), PolicyKind.Trust, null },
        { "bucket policy with 2008 version", P("""{"Effect":"Allow","Principal":"*","Action":"s3:GetObject","Resource":"arn:aws:s3:::b/*"}""", "\"Version\":\"2008-10-17\","), PolicyKind.Resource, null },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Validation_reports_the_IAM_message(string name, string json, PolicyKind kind, string? expected)
    {
        Assert.True(expected == PolicyValidator.TryValidate(json, kind), $"{name}: got {PolicyValidator.TryValidate(json, kind)}");
    }

    [Fact]
    public void Unknown_principal_entities_are_rejected_when_a_lookup_is_given()
    {
        const string json = """{"Version":"2012-10-17","Statement":{"Effect":"Allow","Principal":{"AWS":["arn:aws:iam::111122223333:user/ghost","111122223333"]},"Action":"sts:AssumeRole"}}""";
        Assert.Equal("Invalid principal in policy: \"AWS\":\"arn:aws:iam::111122223333:user/ghost\"",
            PolicyValidator.TryValidate(json, PolicyKind.Trust, arn => arn.EndsWith("/alice", StringComparison.Ordinal)));
        Assert.Null(PolicyValidator.TryValidate(json, PolicyKind.Trust, _ => true));
    }

    [Fact]
    public void Validate_throws_with_the_error_code()
    {
        var e = Assert.Throws<MalformedPolicyDocumentException>(() => PolicyValidator.Validate("{}"));
        Assert.Equal("Syntax errors in policy.", e.Message);
        Assert.Equal("MalformedPolicyDocument", MalformedPolicyDocumentException.ErrorCode);
    }

    [Fact]
    public void Validate_returns_the_parsed_document() =>
        Assert.Single(PolicyValidator.Validate("""{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:*","Resource":"arn:aws:s3:::b/*"}]}""").Statements);
}
