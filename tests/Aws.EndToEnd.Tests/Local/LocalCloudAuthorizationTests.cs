using System.Text.Json.Nodes;
using Aws.EndToEnd.Tests.Infrastructure;

namespace Aws.EndToEnd.Tests.Local;

/// <summary>Our published aws against the in-process local cloud: policies decide, as in AWS, and iam simulate-* agrees.</summary>
public sealed class LocalCloudAuthorizationTests : IDisposable
{
    private readonly string _home = Directory.CreateTempSubdirectory("aws-sharp-authz-").FullName;
    private string _account = "";

    public void Dispose() => Directory.Delete(_home, recursive: true);

    private Dictionary<string, string?> Env => new() { ["HOME"] = _home, ["AWS_PAGER"] = "" };

    private CliResult Run(Dictionary<string, string?> env, params string[] args)
    {
        var cli = Cli.Ours;
        if (cli is null) Assert.Skip(Cli.OursMissing);
        return cli!.Run(args, env, workingDirectory: _home);
    }

    private JsonNode Admin(params string[] args)
    {
        var result = Run(Env, ["--profile", "local", "--output", "json", .. args]);
        Assert.True(result.ExitCode == 0, result.ToString());
        return result.Stdout.Length == 0 ? new JsonObject() : JsonNode.Parse(result.Stdout)!;
    }

    private void Init()
    {
        var init = Run(Env, "local", "init");
        Assert.True(init.ExitCode == 0, init.ToString());
        _account = Admin("sts", "get-caller-identity")["Account"]!.GetValue<string>();
    }

    private string File(string name, string text)
    {
        var path = Path.Combine(_home, name);
        System.IO.File.WriteAllText(path, text);
        return "file://" + path;
    }

    /// <summary>A user with an access key and the given inline policy; returns the environment that signs as the user.</summary>
    private Dictionary<string, string?> User(string name, string? policy = null)
    {
        Admin("iam", "create-user", "--user-name", name);
        if (policy is not null)
            Admin("iam", "put-user-policy", "--user-name", name, "--policy-name", "p", "--policy-document", File(name + ".json", policy));
        var key = Admin("iam", "create-access-key", "--user-name", name)["AccessKey"]!;
        return new Dictionary<string, string?>(Env)
        {
            ["AWS_ACCESS_KEY_ID"] = key["AccessKeyId"]!.GetValue<string>(),
            ["AWS_SECRET_ACCESS_KEY"] = key["SecretAccessKey"]!.GetValue<string>(),
            ["AWS_LOCAL_CLOUD"] = "in-process", ["AWS_DEFAULT_REGION"] = "us-east-1",
        };
    }

    private static string Policy(string effect, string action) =>
        $$"""{"Version":"2012-10-17","Statement":[{"Effect":"{{effect}}","Action":"{{action}}","Resource":"*"}]}""";

    [Fact]
    public void List_only_user_gets_aws_access_denied_on_create_user()
    {
        Init();
        var bob = User("bob", Policy("Allow", "iam:List*"));
        Assert.Equal(0, Run(bob, "iam", "list-users").ExitCode);
        var denied = Run(bob, "iam", "create-user", "--user-name", "eve");
        Assert.Equal(254, denied.ExitCode);
        Assert.Contains($"An error occurred (AccessDenied) when calling the CreateUser operation: User: arn:aws:iam::{_account}:user/bob "
            + $"is not authorized to perform: iam:CreateUser on resource: arn:aws:iam::{_account}:user/eve because no identity-based "
            + "policy allows the iam:CreateUser action", denied.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Explicit_deny_wins_over_administrator_access()
    {
        Init();
        var bob = User("bob", Policy("Deny", "iam:CreateUser"));
        Admin("iam", "attach-user-policy", "--user-name", "bob", "--policy-arn", "arn:aws:iam::aws:policy/AdministratorAccess");
        Assert.Equal(0, Run(bob, "iam", "list-users").ExitCode);
        var denied = Run(bob, "iam", "create-user", "--user-name", "eve");
        Assert.Contains("with an explicit deny in an identity-based policy", denied.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Permissions_boundary_limits_the_user()
    {
        Init();
        var bob = User("bob", Policy("Allow", "iam:*"));
        var boundary = Admin("iam", "create-policy", "--policy-name", "ListOnly", "--policy-document",
            File("b.json", Policy("Allow", "iam:List*")))["Policy"]!["Arn"]!.GetValue<string>();
        Admin("iam", "put-user-permissions-boundary", "--user-name", "bob", "--permissions-boundary", boundary);
        Assert.Equal(0, Run(bob, "iam", "list-users").ExitCode);
        var denied = Run(bob, "iam", "create-user", "--user-name", "eve");
        Assert.Contains("because no permissions boundary allows the iam:CreateUser action", denied.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Assume_role_honours_trust_policy_and_external_id()
    {
        Init();
        var bob = User("bob", Policy("Allow", "sts:AssumeRole"));
        User("carol", Policy("Allow", "sts:AssumeRole"));
        var trust = """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::ACCOUNT:user/bob"},"Action":"sts:AssumeRole","Condition":{"StringEquals":{"sts:ExternalId":"xyz"}}}]}"""
            .Replace("ACCOUNT", _account, StringComparison.Ordinal);
        Admin("iam", "create-role", "--role-name", "vendor", "--assume-role-policy-document", File("trust.json", trust));
        var role = $"arn:aws:iam::{_account}:role/vendor";

        var noId = Run(bob, "sts", "assume-role", "--role-arn", role, "--role-session-name", "s0");
        Assert.Contains($"User: arn:aws:iam::{_account}:user/bob is not authorized to perform: sts:AssumeRole on resource: {role}",
            noId.Stderr, StringComparison.Ordinal);
        Assert.NotEqual(0, Run(bob, "sts", "assume-role", "--role-arn", role, "--role-session-name", "s0", "--external-id", "bad").ExitCode);
        var ok = Run(bob, "sts", "assume-role", "--role-arn", role, "--role-session-name", "s0", "--external-id", "xyz");
        Assert.True(ok.ExitCode == 0, ok.ToString());
        Assert.Contains($"assumed-role/vendor/s0", ok.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Malformed_policy_gets_iam_message()
    {
        Init();
        var bad = Run(Env, "--profile", "local", "iam", "create-policy", "--policy-name", "p", "--policy-document",
            File("bad.json", """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:*"}]}"""));
        Assert.Contains("An error occurred (MalformedPolicyDocument) when calling the CreatePolicy operation: Policy statement must contain resources.",
            bad.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Simulate_custom_policy_answers_allowed_implicit_and_explicit_deny()
    {
        Init();
        var results = Admin("iam", "simulate-custom-policy",
            "--policy-input-list", Policy("Allow", "s3:*"), Policy("Deny", "s3:DeleteBucket"),
            "--action-names", "s3:GetObject", "s3:DeleteBucket", "ec2:RunInstances")["EvaluationResults"]!.AsArray();
        Assert.Equal(["allowed", "explicitDeny", "implicitDeny"], results.Select(r => r!["EvalDecision"]!.GetValue<string>()));
        Assert.Equal("PolicyInputList.2", results[1]!["MatchedStatements"]![0]!["SourcePolicyId"]!.GetValue<string>());
    }

    [Fact]
    public void Simulate_principal_policy_answers_allowed_implicit_and_explicit_deny()
    {
        Init();
        User("bob", Policy("Allow", "s3:*"));
        Admin("iam", "put-user-policy", "--user-name", "bob", "--policy-name", "deny", "--policy-document", File("deny.json", Policy("Deny", "s3:DeleteBucket")));
        var results = Admin("iam", "simulate-principal-policy", "--policy-source-arn", $"arn:aws:iam::{_account}:user/bob",
            "--action-names", "s3:GetObject", "s3:DeleteBucket", "iam:CreateUser")["EvaluationResults"]!.AsArray();
        Assert.Equal(["allowed", "explicitDeny", "implicitDeny"], results.Select(r => r!["EvalDecision"]!.GetValue<string>()));
        Assert.Equal("deny", results[1]!["MatchedStatements"]![0]!["SourcePolicyId"]!.GetValue<string>());
        Assert.Equal("user", results[1]!["MatchedStatements"]![0]!["SourcePolicyType"]!.GetValue<string>());
    }
}
