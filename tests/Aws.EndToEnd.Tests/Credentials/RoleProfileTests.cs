using Aws.EndToEnd.Tests.Infrastructure;

namespace Aws.EndToEnd.Tests.Credentials;

/// <summary>
/// A role_arn + source_profile profile against moto: the assumed-role identity, the cache file the CLI names and
/// writes, and its reuse; compared with the real CLI (through <see cref="RealCliShim"/>).
/// </summary>
[Collection("moto")]
public sealed class RoleProfileTests(MotoServer moto) : MotoTestBase(moto)
{
    private const string Config = """
        [profile base]
        aws_access_key_id = testing
        aws_secret_access_key = testing
        region = us-east-1
        [profile role]
        role_arn = arn:aws:iam::123456789012:role/my-role
        source_profile = base
        role_session_name = e2e-session
        region = us-east-1
        """;

    // python3 -c 'import json,hashlib; print(hashlib.sha1(json.dumps({"RoleArn": "arn:aws:iam::123456789012:role/my-role",
    //   "RoleSessionName": "e2e-session"}, sort_keys=True).encode()).hexdigest())'
    private static readonly string CacheFile = Convert.ToHexStringLower(System.Security.Cryptography.SHA1.HashData(
        "{\"RoleArn\": \"arn:aws:iam::123456789012:role/my-role\", \"RoleSessionName\": \"e2e-session\"}"u8)) + ".json";

    private Dictionary<string, string?> RoleEnv(string home)
    {
        var env = Env;
        env["HOME"] = home;
        env["AWS_ENDPOINT_URL_STS"] = Moto.Endpoint;
        env["SHIM_ENDPOINT_STS"] = Moto.Endpoint;
        Directory.CreateDirectory(Path.Combine(home, ".aws"));
        File.WriteAllText(Path.Combine(home, ".aws", "config"), Config);
        return env;
    }

    [Fact]
    public void Role_profile_gets_the_assumed_role_identity_and_caches_it_like_the_real_cli()
    {
        var ourHome = Directory.CreateDirectory(Path.Combine(Home, "ours")).FullName;
        var ours = RequireOurs().Run(["sts", "get-caller-identity", "--profile", "role", "--endpoint-url", Moto.Endpoint!], RoleEnv(ourHome));
        Assert.True(ours.ExitCode == 0, ours.ToString());
        Assert.Contains("\"Arn\": \"arn:aws:sts::123456789012:assumed-role/my-role/e2e-session\"", ours.Stdout);

        var ourCache = Path.Combine(ourHome, ".aws", "cli", "cache", CacheFile);
        Assert.True(File.Exists(ourCache), string.Join(", ", Directory.GetFiles(Path.GetDirectoryName(ourCache)!)));
        var cached = File.ReadAllText(ourCache);
        Assert.StartsWith("{\"Credentials\": {\"AccessKeyId\": \"", cached);

        // The second run reuses the cached credentials: same key, no new file.
        var again = RequireOurs().Run(["sts", "get-caller-identity", "--profile", "role", "--endpoint-url", Moto.Endpoint!], RoleEnv(ourHome));
        Assert.Equal(0, again.ExitCode);
        Assert.Equal(cached, File.ReadAllText(ourCache));
        Assert.Single(Directory.GetFiles(Path.GetDirectoryName(ourCache)!));

        if (RealCliShim.Create(Home) is not { } shim) { Assert.Skip(Cli.RealMissing); return; }
        var realHome = Directory.CreateDirectory(Path.Combine(Home, "real")).FullName;
        var real = shim.Python.Run([shim.ScriptPath, "sts", "get-caller-identity", "--profile", "role", "--endpoint-url", Moto.Endpoint!],
            RoleEnv(realHome));
        Assert.Equal(real.ExitCode, ours.ExitCode);
        Assert.Equal(Mask(real.Stdout, "UserId"), Mask(ours.Stdout, "UserId"));
        var realFiles = Directory.GetFiles(Path.Combine(realHome, ".aws", "cli", "cache")).Select(Path.GetFileName);
        Assert.Equal([CacheFile], realFiles);
        var realCached = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Path.Combine(realHome, ".aws", "cli", "cache", CacheFile)))!;
        var ourCached = System.Text.Json.Nodes.JsonNode.Parse(cached)!;
        Assert.Equal(Keys(realCached), Keys(ourCached));
        Assert.Equal(Keys(realCached["Credentials"]!), Keys(ourCached["Credentials"]!));
        // Both hold the expiry as the CLI's iso8601 timestamp format prints it.
        Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?\+00:00$", ourCached["Credentials"]!["Expiration"]!.GetValue<string>());
        Assert.Equal(Keys(realCached["ResponseMetadata"]!), Keys(ourCached["ResponseMetadata"]!));
    }

    [Fact]
    public void Role_profile_errors_match_the_real_cli()
    {
        var home = Directory.CreateDirectory(Path.Combine(Home, "bad")).FullName;
        var env = RoleEnv(home);
        File.WriteAllText(Path.Combine(home, ".aws", "config"),
            "[profile a]\nrole_arn = arn:aws:iam::123456789012:role/r\nsource_profile = b\n" +
            "[profile b]\nrole_arn = arn:aws:iam::123456789012:role/r\nsource_profile = a\n" +
            "[profile c]\nrole_arn = arn:aws:iam::123456789012:role/r\nsource_profile = ghost\n");
        foreach (var profile in new[] { "a", "c" })
        {
            string[] args = ["sts", "get-caller-identity", "--profile", profile, "--endpoint-url", Moto.Endpoint!];
            var ours = RequireOurs().Run(args, env);
            Assert.Equal(255, ours.ExitCode);
            AssertSame(RequireReal().Run(args, env), ours);
        }
    }

    [Fact]
    public void Mfa_role_profile_prompts_once_then_configure_commands_reuse_the_cache()
    {
        var home = Directory.CreateDirectory(Path.Combine(Home, "mfa")).FullName;
        var env = RoleEnv(home);
        File.WriteAllText(Path.Combine(home, ".aws", "config"), Config.Replace("role_session_name = e2e-session",
            "role_session_name = mfa-session\nmfa_serial = arn:aws:iam::123456789012:mfa/me"));
        var ours = RequireOurs();
        // No terminal here: like getpass, the prompt goes to stderr and the code is read from stdin.
        var identity = ours.Run(["sts", "get-caller-identity", "--profile", "role", "--endpoint-url", Moto.Endpoint!], env, stdin: "123456\n");
        Assert.True(identity.ExitCode == 0, identity.ToString());
        Assert.Contains("Enter MFA code for arn:aws:iam::123456789012:mfa/me: ", identity.Stderr);
        Assert.Contains("assumed-role/my-role/mfa-session", identity.Stdout);

        var exported = ours.Run(["configure", "export-credentials", "--profile", "role"], env);
        Assert.True(exported.ExitCode == 0, exported.ToString());
        Assert.DoesNotContain("MFA", exported.Stderr);
        var document = System.Text.Json.Nodes.JsonNode.Parse(exported.Stdout)!;
        Assert.StartsWith("ASIA", document["AccessKeyId"]!.GetValue<string>());
        Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?\+00:00$", document["Expiration"]!.GetValue<string>());

        var list = ours.Run(["configure", "list", "--profile", "role"], env);
        Assert.Matches(@"access_key +\*+\w{4} +assume-role", list.Stdout);

        // The real CLI in the same HOME takes its credentials from the cache file we wrote: same masked key, same text.
        if (RealCliShim.Create(Home) is not { } shim) return;
        var real = shim.Python.Run([shim.ScriptPath, "configure", "list", "--profile", "role"], env);
        Assert.Equal(real.Stdout, list.Stdout);
    }

    private static IEnumerable<string> Keys(System.Text.Json.Nodes.JsonNode node) =>
        ((System.Text.Json.Nodes.JsonObject)node).Select(kv => kv.Key).ToList();
}
