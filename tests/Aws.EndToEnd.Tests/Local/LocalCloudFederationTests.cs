using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Aws.EndToEnd.Tests.Infrastructure;

namespace Aws.EndToEnd.Tests.Local;

/// <summary>
/// The real AWS CLI v2 against `aws local serve`: the account password policy enforced on login profiles, a user
/// changing their own password, and a web identity (an RS256 OIDC token) assuming a role without credentials.
/// </summary>
public sealed class LocalCloudFederationTests
{
    private static JsonNode Json(CliResult r)
    {
        Assert.True(r.ExitCode == 0, r.ToString());
        // Operations without output print nothing.
        return string.IsNullOrWhiteSpace(r.Stdout) ? new JsonObject() : JsonNode.Parse(r.Stdout)!;
    }

    [Fact]
    public void Password_policy_login_profile_and_change_password_with_real_cli()
    {
        using var serve = LocalServe.Start();
        string k = serve.AdminKey, s = serve.AdminSecret;
        Json(serve.Real(k, s, "iam", "update-account-password-policy", "--minimum-password-length", "12", "--require-numbers",
            "--allow-users-to-change-password", "--password-reuse-prevention", "1"));
        var policy = Json(serve.Real(k, s, "iam", "get-account-password-policy"))["PasswordPolicy"]!;
        Assert.Equal(12, policy["MinimumPasswordLength"]!.GetValue<int>());
        Assert.True(policy["AllowUsersToChangePassword"]!.GetValue<bool>());

        Json(serve.Real(k, s, "iam", "create-user", "--user-name", "carol"));
        var weak = serve.Real(k, s, "iam", "create-login-profile", "--user-name", "carol", "--password", "short1");
        Assert.Contains("PasswordPolicyViolation", weak.Stderr, StringComparison.Ordinal);
        var profile = Json(serve.Real(k, s, "iam", "create-login-profile", "--user-name", "carol", "--password", "long-enough-1", "--password-reset-required"));
        Assert.True(profile["LoginProfile"]!["PasswordResetRequired"]!.GetValue<bool>());
        var again = serve.Real(k, s, "iam", "create-login-profile", "--user-name", "carol", "--password", "long-enough-1");
        Assert.Contains("EntityAlreadyExists", again.Stderr, StringComparison.Ordinal);

        var key = Json(serve.Real(k, s, "iam", "create-access-key", "--user-name", "carol"))["AccessKey"]!;
        string ck = key["AccessKeyId"]!.GetValue<string>(), cs = key["SecretAccessKey"]!.GetValue<string>();
        var reused = serve.Real(ck, cs, "iam", "change-password", "--old-password", "long-enough-1", "--new-password", "long-enough-1");
        Assert.Contains("PasswordPolicyViolation", reused.Stderr, StringComparison.Ordinal);
        var changed = serve.Real(ck, cs, "iam", "change-password", "--old-password", "long-enough-1", "--new-password", "even-longer-22");
        Assert.True(changed.ExitCode == 0, changed.ToString());
        Assert.False(Json(serve.Real(k, s, "iam", "get-login-profile", "--user-name", "carol"))["LoginProfile"]!["PasswordResetRequired"]!.GetValue<bool>());

        Json(serve.Real(k, s, "iam", "delete-account-password-policy"));
        Assert.Contains("NoSuchEntity", serve.Real(k, s, "iam", "get-account-password-policy").Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Web_identity_assumes_a_role_unsigned_with_real_cli_and_ours()
    {
        using var serve = LocalServe.Start();
        string k = serve.AdminKey, s = serve.AdminSecret;
        var account = Json(serve.Real(k, s, "sts", "get-caller-identity"))["Account"]!.GetValue<string>();
        using var rsa = RSA.Create(2048);
        var jwks = Path.Combine(serve.Home, "jwks.json");
        var p = rsa.ExportParameters(false);
        File.WriteAllText(jwks, $$"""{"keys":[{"kty":"RSA","kid":"k1","n":"{{B64(p.Modulus!)}}","e":"{{B64(p.Exponent!)}}"}]}""");
        var provider = Json(serve.Real(k, s, "iam", "create-open-id-connect-provider", "--url", "https://oidc.example.com",
            "--client-id-list", "my-app", "--thumbprint-list", new string('a', 40), "--tags", $"Key=local:jwks-file,Value={jwks}"))
            ["OpenIDConnectProviderArn"]!.GetValue<string>();
        Assert.Equal($"arn:aws:iam::{account}:oidc-provider/oidc.example.com", provider);
        var trust = Path.Combine(serve.Home, "trust.json");
        File.WriteAllText(trust, new JsonObject
        {
            ["Version"] = "2012-10-17",
            ["Statement"] = new JsonArray(new JsonObject
            {
                ["Effect"] = "Allow", ["Principal"] = new JsonObject { ["Federated"] = provider }, ["Action"] = "sts:AssumeRoleWithWebIdentity",
                ["Condition"] = new JsonObject
                {
                    ["StringEquals"] = new JsonObject { ["oidc.example.com:aud"] = "my-app", ["oidc.example.com:sub"] = "build-42" },
                },
            }),
        }.ToJsonString());
        Json(serve.Real(k, s, "iam", "create-role", "--role-name", "ci", "--assume-role-policy-document", "file://" + trust));
        Json(serve.Real(k, s, "iam", "attach-role-policy", "--role-name", "ci", "--policy-arn", "arn:aws:iam::aws:policy/IAMReadOnlyAccess"));
        var roleArn = $"arn:aws:iam::{account}:role/ci";

        var token = Token(rsa, "build-42");
        // No credentials at all: the CLI sends the call unsigned, as it does against AWS.
        var assumed = Json(serve.Real(null, null, "sts", "assume-role-with-web-identity", "--role-arn", roleArn,
            "--role-session-name", "build", "--web-identity-token", token));
        Assert.Equal($"arn:aws:sts::{account}:assumed-role/ci/build", assumed["AssumedRoleUser"]!["Arn"]!.GetValue<string>());
        Assert.Equal("build-42", assumed["SubjectFromWebIdentityToken"]!.GetValue<string>());
        var c = assumed["Credentials"]!;
        var env = new Dictionary<string, string?>
        {
            ["HOME"] = serve.Home, ["AWS_DEFAULT_REGION"] = "us-east-1", ["AWS_ACCESS_KEY_ID"] = c["AccessKeyId"]!.GetValue<string>(),
            ["AWS_SECRET_ACCESS_KEY"] = c["SecretAccessKey"]!.GetValue<string>(), ["AWS_SESSION_TOKEN"] = c["SessionToken"]!.GetValue<string>(),
        };
        var listed = Cli.Real!.Run(["iam", "list-roles", "--query", "Roles[].RoleName", "--output", "text", "--endpoint-url", serve.Endpoint], env);
        Assert.True(listed.ExitCode == 0, listed.ToString());
        Assert.Equal("ci\n", listed.Stdout);

        var wrongSubject = serve.Real(null, null, "sts", "assume-role-with-web-identity", "--role-arn", roleArn,
            "--role-session-name", "build", "--web-identity-token", Token(rsa, "build-43"));
        Assert.Contains("Not authorized to perform sts:AssumeRoleWithWebIdentity", wrongSubject.Stderr, StringComparison.Ordinal);
        using var stranger = RSA.Create(2048);
        var forged = serve.Real(null, null, "sts", "assume-role-with-web-identity", "--role-arn", roleArn,
            "--role-session-name", "build", "--web-identity-token", Token(stranger, "build-42"));
        Assert.Contains("InvalidIdentityToken", forged.Stderr, StringComparison.Ordinal);

        // Our own CLI sends the same call unsigned too.
        var ours = Cli.Ours!.Run(["sts", "assume-role-with-web-identity", "--role-arn", roleArn, "--role-session-name", "ours",
            "--web-identity-token", token, "--endpoint-url", serve.Endpoint], new Dictionary<string, string?> { ["HOME"] = serve.Home, ["AWS_DEFAULT_REGION"] = "us-east-1" });
        Assert.True(ours.ExitCode == 0, ours.ToString());
        Assert.Contains("assumed-role/ci/ours", ours.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Boto3_saml_federation_token_and_account_alias()
    {
        using var serve = LocalServe.Start();
        var script = """
            import boto3, sys, base64, datetime, botocore
            key, sec, ep = sys.argv[1:4]
            s = boto3.session.Session(aws_access_key_id=key, aws_secret_access_key=sec, region_name='us-east-1')
            iam = s.client('iam', endpoint_url=ep); sts = s.client('sts', endpoint_url=ep)
            account = sts.get_caller_identity()['Account']
            iam.create_account_alias(AccountAlias='local-test-co')
            print(iam.list_account_aliases()['AccountAliases'])
            idp = 'https://idp.example.com/saml'
            padding = '<!--' + 'x' * 1000 + '-->'
            metadata = ('<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" entityID="%s">%s'
                '<md:IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol"/></md:EntityDescriptor>') % (idp, padding)
            provider = iam.create_saml_provider(Name='Corp', SAMLMetadataDocument=metadata)['SAMLProviderArn']
            role = iam.create_role(RoleName='sso', AssumeRolePolicyDocument='{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Federated":"%s"},"Action":"sts:AssumeRoleWithSAML"}]}' % provider)['Role']['Arn']
            until = (datetime.datetime.utcnow() + datetime.timedelta(minutes=5)).strftime('%Y-%m-%dT%H:%M:%SZ')
            a = 'urn:oasis:names:tc:SAML:2.0:assertion'
            response = ('<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" xmlns:saml="%s"><saml:Assertion>'
                '<saml:Issuer>%s</saml:Issuer><saml:Subject><saml:NameID Format="urn:oasis:names:tc:SAML:2.0:nameid-format:transient">u1</saml:NameID>'
                '<saml:SubjectConfirmation><saml:SubjectConfirmationData NotOnOrAfter="%s" Recipient="https://signin.aws.amazon.com/saml"/></saml:SubjectConfirmation></saml:Subject>'
                '<saml:Conditions NotOnOrAfter="%s"><saml:AudienceRestriction><saml:Audience>https://signin.aws.amazon.com/saml</saml:Audience></saml:AudienceRestriction></saml:Conditions>'
                '<saml:AttributeStatement><saml:Attribute Name="https://aws.amazon.com/SAML/Attributes/Role"><saml:AttributeValue>%s,%s</saml:AttributeValue></saml:Attribute>'
                '<saml:Attribute Name="https://aws.amazon.com/SAML/Attributes/RoleSessionName"><saml:AttributeValue>u1@corp</saml:AttributeValue></saml:Attribute>'
                '</saml:AttributeStatement></saml:Assertion></samlp:Response>') % (a, idp, until, until, role, provider)
            anonymous = boto3.session.Session(region_name='us-east-1').client('sts', endpoint_url=ep, config=botocore.config.Config(signature_version=botocore.UNSIGNED))
            r = anonymous.assume_role_with_saml(RoleArn=role, PrincipalArn=provider, SAMLAssertion=base64.b64encode(response.encode()).decode())
            print(r['AssumedRoleUser']['Arn'].split(':')[-1], r['SubjectType'])
            f = sts.get_federation_token(Name='partner', Policy='{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:ListAllMyBuckets","Resource":"*"}]}')
            c = f['Credentials']
            fed = boto3.session.Session(aws_access_key_id=c['AccessKeyId'], aws_secret_access_key=c['SecretAccessKey'], aws_session_token=c['SessionToken'], region_name='us-east-1')
            print(fed.client('sts', endpoint_url=ep).get_caller_identity()['Arn'].split(':')[-1])
            try:
                fed.client('iam', endpoint_url=ep).list_users()
            except botocore.exceptions.ClientError as e:
                print(e.response['Error']['Code'])
            """;
        var path = Path.Combine(serve.Home, "federation.py");
        File.WriteAllText(path, script);
        var psi = new ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[] { path, serve.AdminKey, serve.AdminSecret, serve.Endpoint }) psi.ArgumentList.Add(a);
        foreach (var k in psi.Environment.Keys.Where(k => k.StartsWith("AWS_", StringComparison.Ordinal)).ToList()) psi.Environment.Remove(k);
        psi.Environment["HOME"] = serve.Home;
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEnd();
        var stderr = p.StandardError.ReadToEnd();
        p.WaitForExit();
        if (stderr.Contains("No module named 'boto3'", StringComparison.Ordinal)) Assert.Skip("boto3 is not installed");
        Assert.True(p.ExitCode == 0, stderr);
        Assert.Equal("['local-test-co']\nassumed-role/sso/u1@corp transient\nfederated-user/partner\nAccessDenied\n", stdout);
    }

    private static string Token(RSA key, string subject)
    {
        var now = DateTimeOffset.UtcNow;
        var header = B64(Encoding.UTF8.GetBytes("""{"alg":"RS256","typ":"JWT","kid":"k1"}"""));
        var claims = B64(Encoding.UTF8.GetBytes(new JsonObject
        {
            ["iss"] = "https://oidc.example.com", ["aud"] = "my-app", ["sub"] = subject,
            ["iat"] = now.ToUnixTimeSeconds(), ["exp"] = now.AddMinutes(10).ToUnixTimeSeconds(),
        }.ToJsonString()));
        var signature = key.SignData(Encoding.ASCII.GetBytes(header + "." + claims), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        return header + "." + claims + "." + B64(signature);
    }

    private static string B64(byte[] data) => Convert.ToBase64String(data).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
