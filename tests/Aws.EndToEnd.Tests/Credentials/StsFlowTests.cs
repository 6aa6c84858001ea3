using System.Text.Json.Nodes;
using Aws.EndToEnd.Tests.Infrastructure;

namespace Aws.EndToEnd.Tests.Credentials;

/// <summary>
/// The seed's STS flows against moto: get-session-token (with and without MFA), assume-role, get-caller-identity, then
/// the returned credentials used through the environment, through `aws configure set` and through a role profile.
/// Compared with the real AWS CLI v2 after masking what moto makes up (keys, tokens, ids, times).
/// </summary>
[Collection("moto")]
public sealed class StsFlowTests(MotoServer moto) : MotoTestBase(moto)
{
    private const string RoleArn = "arn:aws:iam::123456789012:role/my-role";
    private static readonly string[] Random = ["AccessKeyId", "SecretAccessKey", "SessionToken", "Expiration", "UserId", "AssumedRoleId"];

    private CliResult OursWith(Dictionary<string, string?> env, params string[] args) =>
        RequireOurs().Run([.. args, "--endpoint-url", Moto.Endpoint!], env, workingDirectory: Home);

    private CliResult RealWith(Dictionary<string, string?> env, params string[] args) =>
        RequireReal().Run([.. args, "--endpoint-url", Moto.Endpoint!], env, workingDirectory: Home);

    private static void AssertSameMasked(CliResult real, CliResult ours)
    {
        Assert.Equal(real.ExitCode, ours.ExitCode);
        Assert.Equal(real.Stderr, ours.Stderr);
        Assert.Equal(Mask(real.Stdout, Random), Mask(ours.Stdout, Random));
    }

    private static JsonObject Credentials(CliResult result)
    {
        Assert.True(result.ExitCode == 0, result.ToString());
        return (JsonObject)JsonNode.Parse(result.Stdout)!["Credentials"]!;
    }

    private Dictionary<string, string?> EnvWith(JsonObject creds)
    {
        var env = Env;
        env["AWS_ACCESS_KEY_ID"] = creds["AccessKeyId"]!.GetValue<string>();
        env["AWS_SECRET_ACCESS_KEY"] = creds["SecretAccessKey"]!.GetValue<string>();
        env["AWS_SESSION_TOKEN"] = creds["SessionToken"]!.GetValue<string>();
        return env;
    }

    [Fact]
    public void Get_session_token_with_duration_matches_the_real_cli()
    {
        var ours = Ours("sts", "get-session-token", "--duration-seconds", "3600");
        var creds = Credentials(ours);
        Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?\+00:00$", creds["Expiration"]!.GetValue<string>());
        AssertSameMasked(Real("sts", "get-session-token", "--duration-seconds", "3600"), ours);
    }

    [Fact]
    public void Get_session_token_with_mfa_matches_the_real_cli()
    {
        string[] args = ["sts", "get-session-token", "--serial-number", "arn:aws:iam::123456789012:mfa/user", "--token-code", "123456"];
        var ours = Ours(args);
        Credentials(ours);
        AssertSameMasked(Real(args), ours);
    }

    [Fact]
    public void Assume_role_matches_the_real_cli()
    {
        string[] args = ["sts", "assume-role", "--role-arn", RoleArn, "--role-session-name", "e2e"];
        var ours = Ours(args);
        Credentials(ours);
        Assert.Contains("\"Arn\": \"arn:aws:sts::123456789012:assumed-role/my-role/e2e\"", ours.Stdout);
        AssertSameMasked(Real(args), ours);
    }

    [Fact]
    public void Assumed_role_credentials_in_the_environment_give_the_assumed_role_identity()
    {
        var creds = Credentials(Ours("sts", "assume-role", "--role-arn", RoleArn, "--role-session-name", "e2e"));
        var env = EnvWith(creds);
        var ours = OursWith(env, "sts", "get-caller-identity");
        Assert.Equal(0, ours.ExitCode);
        Assert.Contains("\"Arn\": \"arn:aws:sts::123456789012:assumed-role/my-role/e2e\"", ours.Stdout);
        AssertSameMasked(RealWith(env, "sts", "get-caller-identity"), ours);
    }

    [Fact]
    public void Session_token_credentials_in_the_environment_work()
    {
        var env = EnvWith(Credentials(Ours("sts", "get-session-token", "--duration-seconds", "3600")));
        var ours = OursWith(env, "sts", "get-caller-identity");
        Assert.Equal(0, ours.ExitCode);
        AssertSameMasked(RealWith(env, "sts", "get-caller-identity"), ours);
    }

    [Fact]
    public void Credentials_saved_with_configure_set_are_used()
    {
        var creds = Credentials(Ours("sts", "assume-role", "--role-arn", RoleArn, "--role-session-name", "configured"));
        var env = Env;
        env.Remove("AWS_ACCESS_KEY_ID");
        env.Remove("AWS_SECRET_ACCESS_KEY");
        var ours = RequireOurs();
        foreach (var (key, member) in new[] { ("aws_access_key_id", "AccessKeyId"), ("aws_secret_access_key", "SecretAccessKey"), ("aws_session_token", "SessionToken") })
            Assert.Equal(0, ours.Run(["configure", "set", key, creds[member]!.GetValue<string>()], env, workingDirectory: Home).ExitCode);
        var credentialsFile = File.ReadAllText(Path.Combine(Home, ".aws", "credentials"));
        Assert.Contains("aws_session_token = " + creds["SessionToken"]!.GetValue<string>(), credentialsFile);

        var identity = OursWith(env, "sts", "get-caller-identity");
        Assert.Contains("\"Arn\": \"arn:aws:sts::123456789012:assumed-role/my-role/configured\"", identity.Stdout);
        AssertSameMasked(RealWith(env, "sts", "get-caller-identity"), identity);

        var list = ours.Run(["configure", "list"], env, workingDirectory: Home);
        Assert.Contains("shared-credentials-file", list.Stdout);
    }

    [Fact]
    public void Get_caller_identity_without_credentials_is_exit_253()
    {
        var env = Env;
        env.Remove("AWS_ACCESS_KEY_ID");
        env.Remove("AWS_SECRET_ACCESS_KEY");
        env["AWS_EC2_METADATA_DISABLED"] = "true";
        var ours = OursWith(env, "sts", "get-caller-identity");
        Assert.Equal(253, ours.ExitCode);
        Assert.Equal("\nUnable to locate credentials. You can configure credentials by running \"aws configure\".\n", ours.Stderr);
        AssertSame(RealWith(env, "sts", "get-caller-identity"), ours);
    }
}
