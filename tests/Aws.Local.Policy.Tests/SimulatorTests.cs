using Aws.Local.Policy.Context;
using Aws.Local.Policy.Documents;
using Aws.Local.Policy.Evaluation;
using Aws.Local.Policy.Simulation;

namespace Aws.Local.Policy.Tests;

/// <summary>The simulator against the AWS CLI's simulate-custom-policy / simulate-principal-policy examples.</summary>
public class SimulatorTests
{
    private const string DynamoAfterDate =
        """{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"dynamodb:*","Resource":"*","Condition":{"DateGreaterThan":{"aws:CurrentTime":"2018-08-16T12:00:00Z"}}}}""";

    private static SimulationRequest Custom(string policy, string action, params ContextEntry[] entries) => new()
    {
        Policies = PolicySimulator.PolicyInputList([policy]),
        ActionNames = [action],
        ContextEntries = entries,
    };

    [Fact]
    public void Allowed_example_reports_statement_position()
    {
        var r = Assert.Single(PolicySimulator.Simulate(Custom(DynamoAfterDate, "dynamodb:CreateBackup",
            new ContextEntry("aws:CurrentTime", ["2019-04-25T11:00:00Z"], "date"))));
        Assert.Equal("dynamodb:CreateBackup", r.EvalActionName);
        Assert.Equal("*", r.EvalResourceName);
        Assert.Equal("allowed", r.EvalDecision);
        var s = Assert.Single(r.MatchedStatements);
        Assert.Equal("PolicyInputList.1", s.SourcePolicyId);
        Assert.Equal("none", s.SourcePolicyType);
        Assert.Equal(new TextPosition(1, 38), s.StartPosition);
        Assert.Equal(new TextPosition(1, 167), s.EndPosition);
        Assert.Empty(r.MissingContextValues);
    }

    [Fact]
    public void Implicit_deny_example_has_no_matched_statements()
    {
        var r = Assert.Single(PolicySimulator.Simulate(Custom(DynamoAfterDate, "dynamodb:CreateBackup",
            new ContextEntry("aws:CurrentTime", ["2014-04-25T11:00:00Z"], "date"))));
        Assert.Equal("implicitDeny", r.EvalDecision);
        Assert.Empty(r.MatchedStatements);
        Assert.Empty(r.MissingContextValues);
    }

    [Fact]
    public void Missing_context_values_are_listed()
    {
        var r = Assert.Single(PolicySimulator.Simulate(Custom(DynamoAfterDate, "dynamodb:CreateBackup")));
        Assert.Equal("implicitDeny", r.EvalDecision);
        Assert.Equal(["aws:CurrentTime"], r.MissingContextValues);
        // Statements for other actions do not contribute missing keys.
        Assert.Empty(Assert.Single(PolicySimulator.Simulate(Custom(DynamoAfterDate, "s3:GetObject"))).MissingContextValues);
    }

    [Fact]
    public void Actions_times_resources()
    {
        var request = new SimulationRequest
        {
            Policies = PolicySimulator.PolicyInputList(["""{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"s3:GetObject","Resource":"arn:aws:s3:::a/*"}}"""]),
            ActionNames = ["s3:GetObject", "s3:PutObject"],
            ResourceArns = ["arn:aws:s3:::a/x", "arn:aws:s3:::b/x"],
        };
        var results = PolicySimulator.Simulate(request);
        Assert.Equal(["allowed", "implicitDeny", "implicitDeny", "implicitDeny"], results.Select(r => r.EvalDecision));
        Assert.Equal(["arn:aws:s3:::a/x", "arn:aws:s3:::b/x", "arn:aws:s3:::a/x", "arn:aws:s3:::b/x"], results.Select(r => r.EvalResourceName));
    }

    [Fact]
    public void Explicit_deny_reports_the_deny_statement()
    {
        var policies = PolicySimulator.PolicyInputList([
            """{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"*","Resource":"*"}}""",
            "{\"Version\":\"2012-10-17\",\n\"Statement\":[{\"Effect\":\"Deny\",\"Action\":\"iam:*\",\"Resource\":\"*\"}]}",
        ]);
        var r = Assert.Single(PolicySimulator.Simulate(new SimulationRequest { Policies = policies, ActionNames = ["iam:CreateUser"] }));
        Assert.Equal("explicitDeny", r.EvalDecision);
        var s = Assert.Single(r.MatchedStatements);
        Assert.Equal("PolicyInputList.2", s.SourcePolicyId);
        Assert.Equal(new TextPosition(2, 15), s.StartPosition);
    }

    [Fact]
    public void Principal_policy_simulation_uses_principal_variables_and_source_types()
    {
        var user = PrincipalInfo.User("111122223333", "alejandro");
        var request = new SimulationRequest
        {
            Caller = user,
            Policies =
            [
                PolicySource.Parse("Grant-Access-To-CodeCommit-ListRepo",
                    """{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"codecommit:ListRepositories","Resource":"*"}}""",
                    PolicySourceType.User),
                PolicySource.Parse("OwnKeys", """{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"iam:*AccessKey*","Resource":"arn:aws:iam::*:user/${aws:username}"}}""",
                    PolicySourceType.UserManaged, "arn:aws:iam::111122223333:policy/OwnKeys"),
            ],
            ActionNames = ["codecommit:ListRepositories", "iam:CreateAccessKey"],
            ResourceArns = ["*", "arn:aws:iam::111122223333:user/alejandro"],
        };
        var results = PolicySimulator.Simulate(request);
        Assert.Equal("allowed", results[0].EvalDecision);
        Assert.Equal("user", results[0].MatchedStatements[0].SourcePolicyType);
        Assert.Equal("implicitDeny", results[2].EvalDecision);
        Assert.Equal("allowed", results[3].EvalDecision);
        Assert.Equal("user-managed", results[3].MatchedStatements[0].SourcePolicyType);
        Assert.Empty(results[3].MissingContextValues);
    }

    [Fact]
    public void Boundary_detail_is_reported()
    {
        var request = new SimulationRequest
        {
            Policies = PolicySimulator.PolicyInputList(["""{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"*","Resource":"*"}}"""]),
            PermissionsBoundary = PolicySimulator.PolicyInputList(["""{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"s3:*","Resource":"*"}}"""], "PermissionsBoundaryPolicyInputList")[0],
            ActionNames = ["s3:GetObject", "ec2:RunInstances"],
        };
        var results = PolicySimulator.Simulate(request);
        Assert.Equal("allowed", results[0].EvalDecision);
        Assert.True(results[0].AllowedByPermissionsBoundary);
        Assert.Equal("implicitDeny", results[1].EvalDecision);
        Assert.False(results[1].AllowedByPermissionsBoundary);
        Assert.Equal(DenialReason.NoPermissionsBoundaryAllows, results[1].Evaluation!.Reason);
    }

    [Fact]
    public void Cross_account_resource_policy_simulation()
    {
        var request = new SimulationRequest
        {
            Caller = PrincipalInfo.FromArn("arn:aws:iam::444455556666:user/bob"),
            Policies = PolicySimulator.PolicyInputList(["""{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"s3:GetObject","Resource":"*"}}"""]),
            ResourcePolicy = PolicySource.Parse("ResourcePolicy",
                """{"Version":"2012-10-17","Statement":{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::444455556666:root"},"Action":"s3:GetObject","Resource":"arn:aws:s3:::b/*"}}""",
                PolicySourceType.Resource),
            ResourceOwner = "111122223333",
            ActionNames = ["s3:GetObject", "s3:PutObject"],
            ResourceArns = ["arn:aws:s3:::b/k"],
        };
        var results = PolicySimulator.Simulate(request);
        Assert.Equal("allowed", results[0].EvalDecision);
        Assert.Equal(2, results[0].MatchedStatements.Count);
        Assert.Equal("allowed", results[0].EvalDecisionDetails["Resource Policy"]);
        Assert.Equal("implicitDeny", results[1].EvalDecision);
        Assert.Equal("implicitDeny", results[1].EvalDecisionDetails["IAM Policy"]);
    }

    [Fact]
    public void Context_keys_for_custom_policy_example()
    {
        var doc = PolicyDocument.Parse("""{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"dynamodb:*","Resource":"arn:aws:dynamodb:us-west-2:123456789012:table/${aws:username}","Condition":{"DateGreaterThan":{"aws:CurrentTime":"2015-08-16T12:00:00Z"}}}}""");
        Assert.Equal(["aws:username", "aws:CurrentTime"], PolicySimulator.GetContextKeys([doc]));
    }

    [Fact]
    public void Context_keys_are_listed_once_across_policies()
    {
        var a = PolicyDocument.Parse("""{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"s3:*","Resource":"*","Condition":{"StringLike":{"s3:prefix":"${aws:username}/*"},"Bool":{"aws:SecureTransport":"true"}}}}""");
        var b = PolicyDocument.Parse("""{"Version":"2012-10-17","Statement":{"Effect":"Deny","Action":"s3:*","Resource":"*","Condition":{"Bool":{"aws:securetransport":"false"}}}}""");
        Assert.Equal(["s3:prefix", "aws:username", "aws:SecureTransport"], PolicySimulator.GetContextKeys([a, b]));
    }
}
