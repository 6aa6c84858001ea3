using System.Diagnostics;
using System.Text.Json.Nodes;
using Aws.EndToEnd.Tests.Infrastructure;

namespace Aws.EndToEnd.Tests.Local;

/// <summary>
/// The seed's IAM and STS walk-through against `aws local serve`, run by our aws and by the real AWS CLI v2 (the same
/// command lines), and by boto3: create a user and an access key, attach AmazonEC2FullAccess, create a role whose trust
/// policy comes from file://, assume it, enable a virtual MFA device and get-session-token with a real TOTP code.
/// Allowed calls succeed, denied ones fail with AWS's error, tampered and expired requests are rejected.
/// </summary>
public sealed class SeedWalkThroughTests : IDisposable
{
    private readonly string _home = Directory.CreateTempSubdirectory("aws-sharp-walk-").FullName;
    private LocalServe? _serve;

    public void Dispose()
    {
        _serve?.Dispose();
        Directory.Delete(_home, recursive: true);
    }

    public static TheoryData<string> Clients => new() { "ours", "real" };

    private sealed record Keys(string Id, string Secret, string? Token = null);

    private CliResult Run(Cli cli, Keys keys, params string[] args) =>
        cli.Run([.. args, "--endpoint-url", _serve!.Endpoint, "--output", "json"], new Dictionary<string, string?>
        {
            ["HOME"] = _home, ["AWS_ACCESS_KEY_ID"] = keys.Id, ["AWS_SECRET_ACCESS_KEY"] = keys.Secret,
            ["AWS_SESSION_TOKEN"] = keys.Token, ["AWS_DEFAULT_REGION"] = "us-east-1",
        }, workingDirectory: _home);

    private static JsonNode Ok(CliResult result)
    {
        Assert.True(result.ExitCode == 0, result.ToString());
        return result.Stdout.Length == 0 ? new JsonObject() : JsonNode.Parse(result.Stdout)!;
    }

    private static Keys FromCredentials(JsonNode credentials) => new(
        credentials["AccessKeyId"]!.GetValue<string>(), credentials["SecretAccessKey"]!.GetValue<string>(),
        credentials["SessionToken"]!.GetValue<string>());

    [Theory]
    [MemberData(nameof(Clients))]
    public void Seed_walk_through(string client)
    {
        var cli = client == "ours" ? Cli.Ours : Cli.Real;
        if (cli is null) Assert.Skip(client == "ours" ? Cli.OursMissing : Cli.RealMissing);
        _serve = LocalServe.Start(_home);
        var admin = new Keys(_serve.AdminKey, _serve.AdminSecret);

        var account = Ok(Run(cli!, admin, "sts", "get-caller-identity"))["Account"]!.GetValue<string>();
        Assert.Equal("MyIAMUser", Ok(Run(cli!, admin, "iam", "create-user", "--user-name", "MyIAMUser"))["User"]!["UserName"]!.GetValue<string>());
        var accessKey = Ok(Run(cli!, admin, "iam", "create-access-key", "--user-name", "MyIAMUser"))["AccessKey"]!;
        var user = new Keys(accessKey["AccessKeyId"]!.GetValue<string>(), accessKey["SecretAccessKey"]!.GetValue<string>());
        Ok(Run(cli!, admin, "iam", "attach-user-policy", "--user-name", "MyIAMUser", "--policy-arn", "arn:aws:iam::aws:policy/AmazonEC2FullAccess"));
        Assert.Contains("MyIAMUser", Run(cli!, admin, "iam", "list-users").Stdout, StringComparison.Ordinal);

        // The user is who the keys say; IAM reads are not in AmazonEC2FullAccess.
        Assert.Equal($"arn:aws:iam::{account}:user/MyIAMUser", Ok(Run(cli!, user, "sts", "get-caller-identity"))["Arn"]!.GetValue<string>());
        var denied = Run(cli!, user, "iam", "list-users");
        Assert.True(denied.ExitCode == 254, denied.ToString());
        Assert.Contains($"An error occurred (AccessDenied) when calling the ListUsers operation: User: arn:aws:iam::{account}:user/MyIAMUser "
            + $"is not authorized to perform: iam:ListUsers on resource: arn:aws:iam::{account}:user/ because no identity-based policy allows "
            + "the iam:ListUsers action", denied.Stderr, StringComparison.Ordinal);

        // A role whose trust policy (from file://) names the user; the user assumes it.
        File.WriteAllText(Path.Combine(_home, "trust-policy.json"), $$"""
            {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::{{account}}:user/MyIAMUser"}, "Action": "sts:AssumeRole"}]}
            """);
        Ok(Run(cli!, admin, "iam", "create-role", "--role-name", "MyRole", "--assume-role-policy-document", "file://trust-policy.json"));
        Assert.Contains("MyRole", Run(cli!, admin, "iam", "list-roles").Stdout, StringComparison.Ordinal);
        var assumed = Ok(Run(cli!, user, "sts", "assume-role", "--role-arn", $"arn:aws:iam::{account}:role/MyRole", "--role-session-name", "MySession"));
        Assert.Equal($"arn:aws:sts::{account}:assumed-role/MyRole/MySession", assumed["AssumedRoleUser"]!["Arn"]!.GetValue<string>());
        var roleKeys = FromCredentials(assumed["Credentials"]!);
        Assert.StartsWith("ASIA", roleKeys.Id, StringComparison.Ordinal);
        Assert.Equal($"arn:aws:sts::{account}:assumed-role/MyRole/MySession", Ok(Run(cli!, roleKeys, "sts", "get-caller-identity"))["Arn"]!.GetValue<string>());
        // The role has no permissions policy: its session is denied IAM reads.
        Assert.Contains("(AccessDenied)", Run(cli!, roleKeys, "iam", "list-users").Stderr, StringComparison.Ordinal);
        // A stranger's keys (admin of nothing: a made-up secret) cannot assume it.
        var tampered = Run(cli!, user with { Secret = "tampered" + user.Secret[8..] }, "sts", "assume-role",
            "--role-arn", $"arn:aws:iam::{account}:role/MyRole", "--role-session-name", "xx");
        Assert.True(tampered.ExitCode == 254, tampered.ToString());
        Assert.Contains("(SignatureDoesNotMatch)", tampered.Stderr, StringComparison.Ordinal);
        var unknown = Run(cli!, new Keys("AKIAIOSFODNN7EXAMPLE", "x"), "sts", "get-caller-identity");
        Assert.Contains("(InvalidClientTokenId) when calling the GetCallerIdentity operation: The security token included in the request is invalid.",
            unknown.Stderr, StringComparison.Ordinal);

        // A virtual MFA device, enabled with two consecutive codes; then get-session-token with a current code.
        var device = Ok(Run(cli!, admin, "iam", "create-virtual-mfa-device", "--virtual-mfa-device-name", "MyIAMUser",
            "--outfile", "seed.txt", "--bootstrap-method", "Base32StringSeed"))["VirtualMFADevice"]!;
        var serial = device["SerialNumber"]!.GetValue<string>();
        Assert.Equal($"arn:aws:iam::{account}:mfa/MyIAMUser", serial);
        var seed = File.ReadAllText(Path.Combine(_home, "seed.txt"));
        var step = TotpOracle.CurrentStep;
        Ok(Run(cli!, admin, "iam", "enable-mfa-device", "--user-name", "MyIAMUser", "--serial-number", serial,
            "--authentication-code1", TotpOracle.Code(seed, step - 1), "--authentication-code2", TotpOracle.Code(seed, step)));
        var wrongCode = Run(cli!, user, "sts", "get-session-token", "--serial-number", serial, "--token-code",
            TotpOracle.Code(seed, step + 20));
        Assert.True(wrongCode.ExitCode == 254, wrongCode.ToString());
        Assert.Contains("(AccessDenied) when calling the GetSessionToken operation", wrongCode.Stderr, StringComparison.Ordinal);
        var session = Ok(Run(cli!, user, "sts", "get-session-token", "--duration-seconds", "3600", "--serial-number", serial,
            "--token-code", TotpOracle.Code(seed, TotpOracle.CurrentStep)));
        var sessionKeys = FromCredentials(session["Credentials"]!);
        Assert.Equal($"arn:aws:iam::{account}:user/MyIAMUser", Ok(Run(cli!, sessionKeys, "sts", "get-caller-identity"))["Arn"]!.GetValue<string>());
        // A session token that was tampered with is refused.
        var badToken = Run(cli!, sessionKeys with { Token = sessionKeys.Token + "x" }, "sts", "get-caller-identity");
        Assert.True(badToken.ExitCode == 254, badToken.ToString());
        Assert.Contains("(InvalidClientTokenId)", badToken.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Boto3_walk_through_with_tampered_and_expired_requests()
    {
        _serve = LocalServe.Start(_home);
        var script = Path.Combine(AppContext.BaseDirectory, "Local", "seed_walk_through.py");
        var psi = new ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[] { script, _serve.AdminKey, _serve.AdminSecret, _serve.Endpoint }) psi.ArgumentList.Add(a);
        foreach (var k in psi.Environment.Keys.Where(k => k.StartsWith("AWS_", StringComparison.Ordinal)).ToList()) psi.Environment.Remove(k);
        psi.Environment["HOME"] = _home;
        using var p = Process.Start(psi)!;
        var stdoutTask = p.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var stderr = await p.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await p.WaitForExitAsync(TestContext.Current.CancellationToken);
        var stdout = await stdoutTask;
        if (stderr.Contains("No module named 'boto3'", StringComparison.Ordinal)) Assert.Skip("boto3 is not installed (pip install boto3)");
        Assert.True(p.ExitCode == 0, stdout + stderr);
        Assert.Equal("""
            user arn: user/MyIAMUser
            list-users as user: AccessDenied
            assumed: assumed-role/MyRole/MySession
            session with MFA: user/MyIAMUser
            wrong MFA code: AccessDenied
            wrong secret: SignatureDoesNotMatch
            body changed after signing: SignatureDoesNotMatch
            signed 20 minutes ago: RequestExpired Signature expired:
            presigned url, expired: 403 Request has expired
            presigned url, valid: 200
            no signature: MissingAuthenticationToken

            """.ReplaceLineEndings("\n"), stdout);
    }
}
