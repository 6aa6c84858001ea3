using System.Text;
using System.Text.Json;
using Aws.Core.Auth;
using Aws.Core.Credentials;
using Aws.Testing;

namespace Aws.Core.Tests.Auth;

/// <summary>The aws-c-auth signing suite (../shared/testdata/sigv4/v4): every case, header and query signing.</summary>
public class SigV4SuiteTests
{
    private static string? SuiteDir => TestPaths.TestDataDir("sigv4") is { } d ? Path.Combine(d, "v4") : null;

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        if (SuiteDir is not { } dir || !Directory.Exists(dir))
        {
            data.Add("(test data missing)", "header");
            return data;
        }
        foreach (var caseDir in Directory.GetDirectories(dir).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(caseDir), "header");
            data.Add(Path.GetFileName(caseDir), "query");
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Signing_matches_suite(string caseName, string variant)
    {
        var dir = SuiteDir;
        if (dir is null || !Directory.Exists(dir)) { Assert.Skip(TestPaths.MissingTestData); return; }
        var caseDir = Path.Combine(dir, caseName);
        string Expected(string file) => File.ReadAllText(Path.Combine(caseDir, $"{variant}-{file}"), Encoding.UTF8);

        using var context = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(caseDir, "context.json")));
        var ctx = context.RootElement;
        var credsJson = ctx.GetProperty("credentials");
        var credentials = new AwsCredentials(
            credsJson.GetProperty("access_key_id").GetString()!,
            credsJson.GetProperty("secret_access_key").GetString()!,
            credsJson.TryGetProperty("token", out var token) ? token.GetString() : null);
        var signBody = ctx.GetProperty("sign_body").GetBoolean();
        var options = new SigV4Options
        {
            NormalizePath = ctx.GetProperty("normalize").GetBoolean(),
            DoubleUriEncode = true,
            AddContentSha256Header = signBody && variant == "header",
            OmitSessionTokenFromSignature = ctx.TryGetProperty("omit_session_token", out var omit) && omit.GetBoolean(),
        };
        var time = DateTimeOffset.Parse(ctx.GetProperty("timestamp").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        var region = ctx.GetProperty("region").GetString()!;
        var service = ctx.GetProperty("service").GetString()!;

        var raw = RawRequest.Load(Path.Combine(caseDir, "request.txt"));
        Assert.True(signBody || raw.Body.Length == 0, "unsigned-body cases in this suite have no body");
        var request = raw.ToAwsRequest();
        var signer = new SigV4Signer(new SigningKeyCache());
        var result = variant == "header"
            ? signer.Sign(request, credentials, region, service, time, options)
            : signer.Presign(request, credentials, region, service, time,
                TimeSpan.FromSeconds(ctx.GetProperty("expiration_in_seconds").GetInt32()), options);

        Assert.Equal(Expected("canonical-request.txt"), result.CanonicalRequest);
        Assert.Equal(Expected("string-to-sign.txt"), result.StringToSign);
        Assert.Equal(Expected("signature.txt"), result.Signature);

        var signed = RawRequest.Load(Path.Combine(caseDir, $"{variant}-signed-request.txt"));
        Assert.Equal(signed.Method, request.Method);
        Assert.Equal(signed.Path, request.Path);
        Assert.Equal(RawRequest.QuerySet(signed.Query), RawRequest.QuerySet(request.QueryString));
        Assert.Equal(RawRequest.HeaderSet(signed.Headers), RawRequest.HeaderSet(request.Headers));
        Assert.Equal(signed.Body, request.Body);
    }
}
