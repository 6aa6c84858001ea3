using System.Diagnostics;
using System.Text.Json.Nodes;
using Aws.EndToEnd.Tests.Infrastructure;

namespace Aws.EndToEnd.Tests.Local;

/// <summary>
/// `aws local serve` on a free port, called by the real AWS CLI v2 and boto3 (their SigV4 verified by our host).
/// </summary>
public sealed class LocalCloudServerTests : IDisposable
{
    private LocalServe? _serve;

    private string _home => _serve!.Home;
    private string _endpoint => _serve!.Endpoint;
    private string _key => _serve!.AdminKey;
    private string _secret => _serve!.AdminSecret;

    private void Start() => _serve = LocalServe.Start();

    public void Dispose() => _serve?.Dispose();

    private CliResult Real(string key, string secret, params string[] args) => _serve!.Real(key, secret, args);

    [Fact]
    public void Real_cli_v2_walk_through_is_verified_and_authorized()
    {
        Start();
        var identity = Real(_key, _secret, "sts", "get-caller-identity");
        Assert.True(identity.ExitCode == 0, identity.ToString());
        var account = JsonNode.Parse(identity.Stdout)!["Account"]!.GetValue<string>();

        Assert.Equal(0, Real(_key, _secret, "iam", "create-user", "--user-name", "bob").ExitCode);
        var key = JsonNode.Parse(Real(_key, _secret, "iam", "create-access-key", "--user-name", "bob").Stdout)!["AccessKey"]!;
        var bobKey = key["AccessKeyId"]!.GetValue<string>();
        var bobSecret = key["SecretAccessKey"]!.GetValue<string>();
        Assert.Equal(0, Real(_key, _secret, "iam", "attach-user-policy", "--user-name", "bob", "--policy-arn", "arn:aws:iam::aws:policy/AmazonEC2FullAccess").ExitCode);

        var denied = Real(bobKey, bobSecret, "iam", "list-users");
        Assert.Contains("AccessDenied", denied.Stderr, StringComparison.Ordinal);
        Assert.Contains($"User: arn:aws:iam::{account}:user/bob is not authorized to perform: iam:ListUsers", denied.Stderr, StringComparison.Ordinal);

        var tampered = Real(bobKey, "not-the-secret", "sts", "get-caller-identity");
        Assert.Contains("SignatureDoesNotMatch", tampered.Stderr, StringComparison.Ordinal);

        var trust = Path.Combine(_home, "trust.json");
        File.WriteAllText(trust, $$"""{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::{{account}}:user/bob"},"Action":"sts:AssumeRole"}]}""");
        Assert.Equal(0, Real(_key, _secret, "iam", "create-role", "--role-name", "ops", "--assume-role-policy-document", "file://" + trust).ExitCode);
        var role = Real(_key, _secret, "iam", "get-role", "--role-name", "ops");
        // The real CLI decodes IAM's URL-encoded policy documents: proof the encoding matches AWS's.
        Assert.Equal("Allow", JsonNode.Parse(role.Stdout)!["Role"]!["AssumeRolePolicyDocument"]!["Statement"]![0]!["Effect"]!.GetValue<string>());
        var assumed = Real(bobKey, bobSecret, "sts", "assume-role", "--role-arn", $"arn:aws:iam::{account}:role/ops", "--role-session-name", "cli");
        Assert.True(assumed.ExitCode == 0, assumed.ToString());
    }

    [Fact]
    public void In_process_cli_and_server_share_one_state()
    {
        Start();
        Assert.Equal(0, Real(_key, _secret, "iam", "create-user", "--user-name", "from-server").ExitCode);
        var inProcess = new Dictionary<string, string?>
        {
            ["HOME"] = _home, ["AWS_ACCESS_KEY_ID"] = _key, ["AWS_SECRET_ACCESS_KEY"] = _secret, ["AWS_DEFAULT_REGION"] = "us-east-1",
            ["AWS_LOCAL_CLOUD"] = Path.Combine(_home, "data"),
        };
        var created = Cli.Ours!.Run(["iam", "create-user", "--user-name", "from-cli"], inProcess);
        Assert.True(created.ExitCode == 0, created.ToString());
        var listedInProcess = Cli.Ours!.Run(["iam", "list-users", "--query", "Users[].UserName", "--output", "text"], inProcess);
        Assert.Equal("admin\tfrom-server\tfrom-cli\n", listedInProcess.Stdout);
        var listedByServer = Real(_key, _secret, "iam", "list-users", "--query", "Users[].UserName", "--output", "text");
        Assert.Equal("admin\tfrom-server\tfrom-cli\n", listedByServer.Stdout);
    }

    [Fact]
    public void Boto3_calls_and_presigned_urls_are_verified()
    {
        Start();
        var script = """
            import boto3, sys, urllib.request, botocore
            key, sec, ep = sys.argv[1:4]
            s = boto3.session.Session(aws_access_key_id=key, aws_secret_access_key=sec, region_name='us-east-1')
            sts = s.client('sts', endpoint_url=ep); iam = s.client('iam', endpoint_url=ep)
            print(sts.get_caller_identity()['Arn'].split(':')[-1])
            iam.create_user(UserName='carol')
            print(','.join(u['UserName'] for u in iam.list_users()['Users']))
            url = sts.generate_presigned_url('get_caller_identity', ExpiresIn=60, HttpMethod='GET')
            print(b'GetCallerIdentityResult' in urllib.request.urlopen(url).read())
            try:
                iam.get_user(UserName='nobody')
            except botocore.exceptions.ClientError as e:
                print(e.response['Error']['Code'])
            """;
        var path = Path.Combine(_home, "boto.py");
        File.WriteAllText(path, script);
        var psi = new ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[] { path, _key, _secret, _endpoint }) psi.ArgumentList.Add(a);
        foreach (var k in psi.Environment.Keys.Where(k => k.StartsWith("AWS_", StringComparison.Ordinal)).ToList()) psi.Environment.Remove(k);
        psi.Environment["HOME"] = _home;
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEnd();
        var stderr = p.StandardError.ReadToEnd();
        p.WaitForExit();
        if (stderr.Contains("No module named 'boto3'", StringComparison.Ordinal)) Assert.Skip("boto3 is not installed");
        Assert.True(p.ExitCode == 0, stderr);
        Assert.Equal("user/admin\nadmin,carol\nTrue\nNoSuchEntity\n", stdout);
    }
}
