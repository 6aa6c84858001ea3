using System.Text.Json.Nodes;
using Aws.EndToEnd.Tests.Infrastructure;

namespace Aws.EndToEnd.Tests.Local;

/// <summary>Our published aws against the in-process local cloud: `aws local init`, then the `local` profile, no server.</summary>
public sealed class LocalCloudInProcessTests : IDisposable
{
    private readonly string _home = Directory.CreateTempSubdirectory("aws-sharp-local-").FullName;

    public void Dispose() => Directory.Delete(_home, recursive: true);

    private Dictionary<string, string?> Env => new() { ["HOME"] = _home, ["AWS_PAGER"] = "" };

    private CliResult Aws(params string[] args)
    {
        var cli = Cli.Ours;
        if (cli is null) Assert.Skip(Cli.OursMissing);
        return cli!.Run(args, Env, workingDirectory: _home);
    }

    private JsonNode Json(params string[] args) => JsonNode.Parse(Ok(args))!;

    private string Ok(params string[] args)
    {
        var result = Aws(args);
        Assert.True(result.ExitCode == 0, result.ToString());
        return result.Stdout;
    }

    [Fact]
    public void Init_then_walk_through_iam_and_sts()
    {
        var init = Aws("local", "init");
        Assert.True(init.ExitCode == 0, init.ToString());
        Assert.Contains("[profile local]", File.ReadAllText(Path.Combine(_home, ".aws", "config")), StringComparison.Ordinal);

        var identity = Json("--profile", "local", "sts", "get-caller-identity");
        var account = identity["Account"]!.GetValue<string>();
        Assert.Equal($"arn:aws:iam::{account}:user/admin", identity["Arn"]!.GetValue<string>());

        Json("--profile", "local", "iam", "create-user", "--user-name", "bob");
        var users = Json("--profile", "local", "iam", "list-users")["Users"]!.AsArray().Select(u => u!["UserName"]!.GetValue<string>());
        Assert.Equal(["admin", "bob"], users);

        var key = Json("--profile", "local", "iam", "create-access-key", "--user-name", "bob")["AccessKey"]!;
        Ok("--profile", "local", "iam", "attach-user-policy", "--user-name", "bob", "--policy-arn", "arn:aws:iam::aws:policy/AmazonEC2FullAccess");
        Assert.Single(Json("--profile", "local", "iam", "list-access-keys", "--user-name", "bob")["AccessKeyMetadata"]!.AsArray());

        // bob's own keys through the environment: allowed to identify himself, denied IAM.
        var bobEnv = new Dictionary<string, string?>(Env)
        {
            ["AWS_ACCESS_KEY_ID"] = key["AccessKeyId"]!.GetValue<string>(),
            ["AWS_SECRET_ACCESS_KEY"] = key["SecretAccessKey"]!.GetValue<string>(),
            ["AWS_LOCAL_CLOUD"] = "in-process", ["AWS_DEFAULT_REGION"] = "us-east-1",
        };
        var asBob = Cli.Ours!.Run(["sts", "get-caller-identity"], bobEnv, workingDirectory: _home);
        Assert.Contains(":user/bob", asBob.Stdout, StringComparison.Ordinal);
        var denied = Cli.Ours!.Run(["iam", "create-user", "--user-name", "eve"], bobEnv, workingDirectory: _home);
        Assert.NotEqual(0, denied.ExitCode);
        Assert.Contains("AccessDenied", denied.Stderr, StringComparison.Ordinal);

        var trust = Path.Combine(_home, "trust.json");
        File.WriteAllText(trust, $$"""{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::{{account}}:user/admin"},"Action":"sts:AssumeRole"}]}""");
        Json("--profile", "local", "iam", "create-role", "--role-name", "ops", "--assume-role-policy-document", "file://" + trust);
        var assumed = Json("--profile", "local", "sts", "assume-role", "--role-arn", $"arn:aws:iam::{account}:role/ops", "--role-session-name", "e2e");
        Assert.Equal($"arn:aws:sts::{account}:assumed-role/ops/e2e", assumed["AssumedRoleUser"]!["Arn"]!.GetValue<string>());
        Assert.StartsWith("ASIA", assumed["Credentials"]!["AccessKeyId"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public void Errors_come_back_as_aws_errors()
    {
        Assert.Equal(0, Aws("local", "init").ExitCode);
        var missing = Aws("--profile", "local", "iam", "get-user", "--user-name", "nobody");
        Assert.Equal(254, missing.ExitCode);
        Assert.Contains("An error occurred (NoSuchEntity) when calling the GetUser operation: The user with name nobody cannot be found.",
            missing.Stderr, StringComparison.Ordinal);
    }
}
