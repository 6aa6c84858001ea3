using System.Text.Json.Nodes;
using Aws.Local.Services.Sts;
using Aws.Local.Tests.Federation;
using Aws.Local.Tests.Host;

namespace Aws.Local.Tests.Services;

public sealed class StsFederationTests : IDisposable
{
    private readonly LocalCloudFixture _f = new();
    private readonly Jwt _jwt = new();
    private const string Issuer = "https://issuer.example.com/tenant";
    private const string ClientId = "my-app";
    private readonly string _jwksFile = Path.GetTempFileName();

    private string Account => _f.Account.AccountId;
    private string ProviderArn => $"arn:aws:iam::{Account}:oidc-provider/issuer.example.com/tenant";
    private string RoleArn(string name) => $"arn:aws:iam::{Account}:role/{name}";

    public void Dispose()
    {
        _jwt.Dispose();
        File.Delete(_jwksFile);
    }

    private void OidcProvider(bool withJwks = false)
    {
        var input = new JsonObject
        {
            ["Url"] = Issuer, ["ClientIDList"] = new JsonArray(ClientId), ["ThumbprintList"] = new JsonArray(new string('a', 40)),
        };
        if (withJwks)
        {
            File.WriteAllText(_jwksFile, _jwt.JwksJson());
            input["Tags"] = new JsonArray(new JsonObject { ["Key"] = StsService.JwksFileTag, ["Value"] = _jwksFile });
        }
        _f.Ok("iam", "CreateOpenIDConnectProvider", input);
    }

    private void Role(string name, string trust, params string[] managed)
    {
        _f.Ok("iam", "CreateRole", new() { ["RoleName"] = name, ["AssumeRolePolicyDocument"] = trust });
        foreach (var policy in managed)
            _f.Ok("iam", "AttachRolePolicy", new() { ["RoleName"] = name, ["PolicyArn"] = "arn:aws:iam::aws:policy/" + policy });
    }

    private string WebTrust(string? condition = null) =>
        $$"""{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Federated":"{{ProviderArn}}"},"Action":"sts:AssumeRoleWithWebIdentity"{{(condition is null ? "" : ",\"Condition\":" + condition)}}}]}""";

    private string Token(string subject = "repo:acme/app:ref:refs/heads/main", string audience = ClientId, TimeSpan? lifetime = null) =>
        _jwt.Token(Jwt.Claims(Issuer, audience, subject, _f.Clock.GetUtcNow() + (lifetime ?? TimeSpan.FromHours(1))));

    private JsonObject WebInput(string role, string token) =>
        new() { ["RoleArn"] = RoleArn(role), ["RoleSessionName"] = "ci-run", ["WebIdentityToken"] = token };

    [Fact]
    public void Web_identity_token_assumes_a_role_without_credentials()
    {
        OidcProvider();
        Role("ci", WebTrust("""{"StringEquals":{"issuer.example.com/tenant:aud":"my-app"},"StringLike":{"issuer.example.com/tenant:sub":"repo:acme/*"}}"""), "IAMReadOnlyAccess");
        var result = _f.Ok("sts", "AssumeRoleWithWebIdentity", WebInput("ci", Token()), credentials: null!);
        Assert.Equal($"arn:aws:sts::{Account}:assumed-role/ci/ci-run", result["AssumedRoleUser"]!["Arn"]!.GetValue<string>());
        Assert.Equal("repo:acme/app:ref:refs/heads/main", result["SubjectFromWebIdentityToken"]!.GetValue<string>());
        Assert.Equal(Issuer, result["Provider"]!.GetValue<string>());
        Assert.Equal(ClientId, result["Audience"]!.GetValue<string>());

        // The session is a role session in later calls: the role's policies apply.
        var session = LocalCloudFixture.Credentials(result);
        Assert.Equal($"arn:aws:sts::{Account}:assumed-role/ci/ci-run", _f.Ok("sts", "GetCallerIdentity", credentials: session)["Arn"]!.GetValue<string>());
        _f.Ok("iam", "ListRoles", credentials: session);
        _f.Fails("AccessDenied", "iam", "CreateUser", new() { ["UserName"] = "x" }, session);
    }

    [Fact]
    public void Web_identity_sessions_carry_the_federated_provider_key()
    {
        OidcProvider();
        Role("ci", WebTrust());
        _f.Ok("iam", "PutRolePolicy", new()
        {
            ["RoleName"] = "ci", ["PolicyName"] = "from-oidc",
            ["PolicyDocument"] = """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"iam:ListUsers","Resource":"*","Condition":{"StringEquals":{"aws:FederatedProvider":""" +
                "\"" + ProviderArn + "\"" + "}}}]}",
        });
        var session = LocalCloudFixture.Credentials(_f.Ok("sts", "AssumeRoleWithWebIdentity", WebInput("ci", Token()), null!));
        _f.Ok("iam", "ListUsers", credentials: session);
        // The same role assumed by a user has no federated provider, so the condition does not hold.
        _f.Ok("iam", "UpdateAssumeRolePolicy", new()
        {
            ["RoleName"] = "ci",
            ["PolicyDocument"] = $$"""{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::{{Account}}:user/admin"},"Action":"sts:AssumeRole"}]}""",
        });
        var userSession = LocalCloudFixture.Credentials(_f.Ok("sts", "AssumeRole", new() { ["RoleArn"] = RoleArn("ci"), ["RoleSessionName"] = "admin" }));
        _f.Fails("AccessDenied", "iam", "ListUsers", credentials: userSession);
    }

    [Fact]
    public void Trust_policy_conditions_on_the_subject_are_evaluated()
    {
        OidcProvider();
        Role("ci", WebTrust("""{"StringLike":{"issuer.example.com/tenant:sub":"repo:acme/*"}}"""));
        var denied = _f.Fails("AccessDenied", "sts", "AssumeRoleWithWebIdentity", WebInput("ci", Token(subject: "repo:evil/app")), null!);
        Assert.Equal("Not authorized to perform sts:AssumeRoleWithWebIdentity", denied.Message);
        _f.Fails("AccessDenied", "sts", "AssumeRoleWithWebIdentity", WebInput("missing-role", Token()), null!);
    }

    [Fact]
    public void Role_trusting_only_users_cannot_be_assumed_with_a_web_identity()
    {
        OidcProvider();
        Role("users-only", $$"""{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::{{Account}}:root"},"Action":"sts:AssumeRole"}]}""");
        _f.Fails("AccessDenied", "sts", "AssumeRoleWithWebIdentity", WebInput("users-only", Token()), null!);
    }

    [Fact]
    public void Token_must_match_a_registered_provider_and_client_id()
    {
        Role("ci", WebTrust());
        var noProvider = _f.Fails("InvalidIdentityToken", "sts", "AssumeRoleWithWebIdentity", WebInput("ci", Token()), null!);
        Assert.Equal($"No OpenIDConnect provider found in your account for {Issuer}", noProvider.Message);
        OidcProvider();
        var wrongAudience = _f.Fails("InvalidIdentityToken", "sts", "AssumeRoleWithWebIdentity", WebInput("ci", Token(audience: "other-app")), null!);
        Assert.Equal("Incorrect token audience", wrongAudience.Message);
        _f.Fails("ExpiredTokenException", "sts", "AssumeRoleWithWebIdentity", WebInput("ci", Token(lifetime: TimeSpan.FromMinutes(-1))), null!);
        _f.Fails("InvalidIdentityToken", "sts", "AssumeRoleWithWebIdentity", WebInput("ci", "not.a-jwt"), null!);
    }

    [Fact]
    public void Signature_is_verified_against_a_registered_jwks()
    {
        OidcProvider(withJwks: true);
        Role("ci", WebTrust());
        _f.Ok("sts", "AssumeRoleWithWebIdentity", WebInput("ci", Token()), null!);
        using var stranger = new Jwt();
        var forged = stranger.Token(Jwt.Claims(Issuer, ClientId, "someone", _f.Clock.GetUtcNow().AddHours(1)));
        _f.Fails("InvalidIdentityToken", "sts", "AssumeRoleWithWebIdentity", WebInput("ci", forged), null!);
        var unsigned = _jwt.Token(Jwt.Claims(Issuer, ClientId, "someone", _f.Clock.GetUtcNow().AddHours(1)), alg: "none");
        _f.Fails("InvalidIdentityToken", "sts", "AssumeRoleWithWebIdentity", WebInput("ci", unsigned), null!);
    }

    [Fact]
    public void Web_identity_session_duration_is_limited_by_the_role()
    {
        OidcProvider();
        Role("ci", WebTrust());
        var input = WebInput("ci", Token());
        input["DurationSeconds"] = 7200;
        _f.Fails("ValidationError", "sts", "AssumeRoleWithWebIdentity", input, null!);
    }

    private string SamlProvider()
    {
        return _f.Ok("iam", "CreateSAMLProvider", new() { ["Name"] = "ExampleIdP", ["SAMLMetadataDocument"] = SamlDocuments.Metadata() })
            ["SAMLProviderArn"]!.GetValue<string>();
    }

    private static string SamlTrust(string providerArn) =>
        """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Federated":""" + "\"" + providerArn + "\"" +
        """},"Action":"sts:AssumeRoleWithSAML","Condition":{"StringEquals":{"SAML:aud":"https://signin.aws.amazon.com/saml"}}}]}""";

    private JsonObject SamlInput(string role, string provider, string assertion) =>
        new() { ["RoleArn"] = RoleArn(role), ["PrincipalArn"] = provider, ["SAMLAssertion"] = assertion };

    [Fact]
    public void Saml_assertion_assumes_the_role_it_names()
    {
        var provider = SamlProvider();
        Role("sso-admin", SamlTrust(provider), "IAMReadOnlyAccess");
        var assertion = SamlDocuments.Response($"{RoleArn("sso-admin")},{provider}", _f.Clock.GetUtcNow().AddMinutes(5));
        var result = _f.Ok("sts", "AssumeRoleWithSAML", SamlInput("sso-admin", provider, assertion), null!);
        Assert.Equal($"arn:aws:sts::{Account}:assumed-role/sso-admin/alice@example.com", result["AssumedRoleUser"]!["Arn"]!.GetValue<string>());
        Assert.Equal("alice", result["Subject"]!.GetValue<string>());
        Assert.Equal("persistent", result["SubjectType"]!.GetValue<string>());
        Assert.Equal(SamlDocuments.Issuer, result["Issuer"]!.GetValue<string>());
        Assert.Equal("https://signin.aws.amazon.com/saml", result["Audience"]!.GetValue<string>());
        var expectedQualifier = Convert.ToBase64String(System.Security.Cryptography.SHA1.HashData(
            System.Text.Encoding.UTF8.GetBytes(SamlDocuments.Issuer + Account + "/ExampleIdP")));
        Assert.Equal(expectedQualifier, result["NameQualifier"]!.GetValue<string>());
        _f.Ok("iam", "ListUsers", credentials: LocalCloudFixture.Credentials(result));

        // Role attribute order "provider,role" is accepted too.
        var reversed = SamlDocuments.Response($"{provider},{RoleArn("sso-admin")}", _f.Clock.GetUtcNow().AddMinutes(5));
        _f.Ok("sts", "AssumeRoleWithSAML", SamlInput("sso-admin", provider, reversed), null!);
    }

    [Fact]
    public void Saml_assertion_checks()
    {
        var provider = SamlProvider();
        Role("sso", SamlTrust(provider));
        Role("other", SamlTrust(provider));
        var soon = _f.Clock.GetUtcNow().AddMinutes(5);
        var pair = $"{RoleArn("sso")},{provider}";
        _f.Fails("ExpiredTokenException", "sts", "AssumeRoleWithSAML", SamlInput("sso", provider, SamlDocuments.Response(pair, _f.Clock.GetUtcNow().AddMinutes(-1))), null!);
        _f.Fails("InvalidIdentityToken", "sts", "AssumeRoleWithSAML", SamlInput("sso", provider, SamlDocuments.Response(pair, soon, issuer: "https://evil.example.com")), null!);
        _f.Fails("InvalidIdentityToken", "sts", "AssumeRoleWithSAML", SamlInput("sso", provider, SamlDocuments.Response(pair, soon, audience: "https://elsewhere")), null!);
        var noSession = _f.Fails("InvalidIdentityToken", "sts", "AssumeRoleWithSAML", SamlInput("sso", provider, SamlDocuments.Response(pair, soon, sessionName: null)), null!);
        Assert.Equal("RoleSessionName is required in AuthnResponse", noSession.Message);
        // The assertion grants "sso", not "other".
        _f.Fails("AccessDenied", "sts", "AssumeRoleWithSAML", SamlInput("other", provider, SamlDocuments.Response(pair, soon)), null!);
        _f.Fails("InvalidIdentityToken", "sts", "AssumeRoleWithSAML", SamlInput("sso", $"arn:aws:iam::{Account}:saml-provider/Nope", SamlDocuments.Response(pair, soon)), null!);
        _f.Fails("InvalidIdentityToken", "sts", "AssumeRoleWithSAML", SamlInput("sso", provider, "bm90IHhtbA=="), null!);
    }

    private const string ReadUsersPolicy = """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["iam:ListUsers","ec2:DescribeInstances"],"Resource":"*"}]}""";

    [Fact]
    public void Federation_token_is_a_federated_user_session()
    {
        var bob = _f.UserWithKey("bob", "AmazonEC2ReadOnlyAccess", "IAMReadOnlyAccess");
        var result = _f.Ok("sts", "GetFederationToken", new() { ["Name"] = "partner", ["Policy"] = ReadUsersPolicy }, _f.Admin);
        Assert.Equal($"arn:aws:sts::{Account}:federated-user/partner", result["FederatedUser"]!["Arn"]!.GetValue<string>());
        Assert.Equal($"{Account}:partner", result["FederatedUser"]!["FederatedUserId"]!.GetValue<string>());
        Assert.True(result["PackedPolicySize"]!.GetValue<long>() >= 0);
        var session = LocalCloudFixture.Credentials(result);
        var identity = _f.Ok("sts", "GetCallerIdentity", credentials: session);
        Assert.Equal($"arn:aws:sts::{Account}:federated-user/partner", identity["Arn"]!.GetValue<string>());
        Assert.Equal($"{Account}:partner", identity["UserId"]!.GetValue<string>());
        // Federated users can call no IAM operation and no STS one but GetCallerIdentity, as AWS documents.
        _f.Fails("AccessDenied", "iam", "ListUsers", credentials: session);
        _f.Fails("AccessDenied", "sts", "GetSessionToken", credentials: session);
        _ = bob;
    }

    [Fact]
    public void Federated_user_permissions_are_the_intersection_of_user_and_session_policies()
    {
        var bob = _f.UserWithKey("bob", "AmazonEC2ReadOnlyAccess");
        _f.Ok("iam", "PutUserPolicy", new() { ["UserName"] = "bob", ["PolicyName"] = "federate",
            ["PolicyDocument"] = """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"sts:GetFederationToken","Resource":"*"}]}""" });
        var withPolicy = LocalCloudFixture.Credentials(_f.Ok("sts", "GetFederationToken", new() { ["Name"] = "p1", ["Policy"] = ReadUsersPolicy }, bob));
        var withoutPolicy = LocalCloudFixture.Credentials(_f.Ok("sts", "GetFederationToken", new() { ["Name"] = "p2" }, bob));
        // No EC2 in the local cloud yet: ask the host's authorizer with the policies the host gathers for these sessions.
        Assert.True(Allowed(withPolicy, "ec2:DescribeInstances"));
        Assert.False(Allowed(withPolicy, "ec2:DescribeImages"));
        Assert.False(Allowed(withoutPolicy, "ec2:DescribeInstances"));
        // The root user's federated users get root's permissions, limited by the session policy.
        var fromRoot = LocalCloudFixture.Credentials(_f.Ok("sts", "GetFederationToken", new() { ["Name"] = "p3", ["Policy"] = ReadUsersPolicy }, _f.Root));
        Assert.True(Allowed(fromRoot, "ec2:DescribeInstances"));
        Assert.False(Allowed(fromRoot, "ec2:TerminateInstances"));
    }

    [Fact]
    public void Federation_token_rules()
    {
        var bob = _f.UserWithKey("bob", "AdministratorAccess");
        _f.Fails("ValidationError", "sts", "GetFederationToken", new() { ["Name"] = "x" }, bob);
        _f.Fails("ValidationError", "sts", "GetFederationToken", new() { ["Name"] = "partner", ["DurationSeconds"] = 129601 }, bob);
        _f.Fails("ValidationError", "sts", "GetFederationToken", new() { ["Name"] = "partner", ["DurationSeconds"] = 7200 }, _f.Root);
        var session = LocalCloudFixture.Credentials(_f.Ok("sts", "GetSessionToken", credentials: bob));
        _f.Fails("AccessDenied", "sts", "GetFederationToken", new() { ["Name"] = "partner" }, session);
        var nobody = _f.UserWithKey("nobody");
        _f.Fails("AccessDenied", "sts", "GetFederationToken", new() { ["Name"] = "partner" }, nobody);
    }

    // Whether the host's authorizer lets these credentials perform an action (asked through the cloud's own pipeline).
    private bool Allowed(Aws.Core.Credentials.AwsCredentials credentials, string action) => _f.Cloud.Store.Read(state =>
    {
        var session = state["sessions"]![credentials.AccessKeyId]!.AsObject();
        var principal = new Aws.Local.Auth.Principal
        {
            Kind = Aws.Local.Auth.PrincipalKind.FederatedUser, AccountId = Account, Arn = "x", UserId = "x", AccessKeyId = credentials.AccessKeyId,
            UserName = session["userName"]?.GetValue<string>(), ParentUserArn = session["userArn"]?.GetValue<string>(), SessionPolicy = session["sessionPolicy"]?.GetValue<string>(), IsTemporary = true,
        };
        var result = _f.Cloud.Authorizer.Authorize(new Aws.Local.Auth.AuthorizationRequest
        {
            Principal = principal, Action = action, Resources = ["*"],
            IdentityPolicies = Aws.Local.Services.Iam.IamPolicies.ForPrincipal(state, principal),
            SessionPolicies = Aws.Local.Services.Iam.IamPolicies.SessionPolicies(state, principal),
        });
        return result.IsAllowed;
    });
}
