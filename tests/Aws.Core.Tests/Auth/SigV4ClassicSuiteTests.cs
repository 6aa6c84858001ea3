using System.Text;
using Aws.Core.Auth;
using Aws.Core.Credentials;
using Aws.Testing;

namespace Aws.Core.Tests.Auth;

/// <summary>The classic aws-sig-v4-test-suite (../shared/testdata/sigv4-classic): .creq, .sts, .authz and .sreq.</summary>
public class SigV4ClassicSuiteTests
{
    private const string AccessKey = "AKIDEXAMPLE";
    private const string SecretKey = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
    private static readonly DateTimeOffset Time = new(2015, 8, 30, 12, 36, 0, TimeSpan.Zero);

    private static string? SuiteDir => TestPaths.TestDataDir("sigv4-classic");

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        if (SuiteDir is not { } dir)
        {
            data.Add("(test data missing)");
            return data;
        }
        foreach (var req in Directory.GetFiles(dir, "*.req", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            data.Add(Path.GetRelativePath(dir, Path.GetDirectoryName(req)!).Replace('\\', '/'));
        return data;
    }

    [Fact]
    public void Suite_has_all_34_cases()
    {
        if (SuiteDir is null) Assert.Skip(TestPaths.MissingTestData);
        Assert.Equal(34, Cases().Count);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Signing_matches_classic_suite(string caseName)
    {
        var dir = SuiteDir;
        if (dir is null) { Assert.Skip(TestPaths.MissingTestData); return; }
        var caseDir = Path.Combine(dir, caseName);
        var baseName = Path.Combine(caseDir, Path.GetFileName(caseName));
        string Read(string ext) => File.ReadAllText(baseName + ext, Encoding.UTF8).Replace("\r", "");

        var expectedCreq = Read(".creq");
        var signedRequest = RawRequest.Load(baseName + ".sreq");
        // The token is in the canonical request when it is signed, and only in the signed request when added after.
        var signedToken = expectedCreq.Split('\n').FirstOrDefault(l => l.StartsWith("x-amz-security-token:"))?[21..];
        var sentToken = signedRequest.Headers.FirstOrDefault(h => h.Key.Equals("X-Amz-Security-Token", StringComparison.OrdinalIgnoreCase)).Value;
        var credentials = new AwsCredentials(AccessKey, SecretKey, signedToken ?? sentToken);
        var options = new SigV4Options { OmitSessionTokenFromSignature = signedToken is null && sentToken is not null };

        var request = RawRequest.Load(baseName + ".req").ToAwsRequest();
        var result = new SigV4Signer(new SigningKeyCache()).Sign(request, credentials, "us-east-1", "service", Time, options);

        Assert.Equal(expectedCreq, result.CanonicalRequest);
        Assert.Equal(Read(".sts"), result.StringToSign);
        Assert.Equal(Read(".authz"), request.Headers["Authorization"]);
        // .sreq is not asserted upstream, and get-vanilla-with-session-token's .sreq carries a signature that
        // contradicts its own .authz; so compare its headers apart from Authorization (checked against .authz above).
        static bool NotAuth(KeyValuePair<string, string> h) => !h.Key.Equals("Authorization", StringComparison.OrdinalIgnoreCase);
        Assert.Equal(RawRequest.HeaderSet(signedRequest.Headers.Where(NotAuth)), RawRequest.HeaderSet(request.Headers.Where(NotAuth)));
    }
}
