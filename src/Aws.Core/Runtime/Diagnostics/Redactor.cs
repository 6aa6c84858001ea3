using System.Text.RegularExpressions;

namespace Aws.Core.Runtime.Diagnostics;

/// <summary>
/// Keeps secrets out of debug logs: the signature in Authorization headers and presigned URLs, session tokens,
/// and secret keys or tokens inside response bodies (STS, SSO and Cognito hand out credentials).
/// </summary>
public static partial class Redactor
{
    public const string Mask = "<redacted>";

    private static readonly HashSet<string> SecretHeaders = new(StringComparer.OrdinalIgnoreCase)
    {
        "X-Amz-Security-Token", "X-Amz-Sso_bearer_token", "X-Aws-Ec2-Metadata-Token",
    };

    /// <summary>A header's value as it may be logged.</summary>
    public static string Header(string name, string value)
    {
        if (SecretHeaders.Contains(name)) return Mask;
        if (name.Equals("Authorization", StringComparison.OrdinalIgnoreCase))
            return value.StartsWith("AWS4-", StringComparison.Ordinal) ? SignatureField().Replace(value, "Signature=" + Mask) : Mask;
        return value;
    }

    /// <summary>Any text (a URL, a body, a whole log line) with known secret fields masked.</summary>
    public static string Text(string text)
    {
        text = QuerySecret().Replace(text, m => m.Groups[1].Value + Mask);
        text = XmlSecret().Replace(text, m => m.Groups[1].Value + Mask + m.Groups[3].Value);
        text = JsonSecret().Replace(text, m => m.Groups[1].Value + Mask + m.Groups[3].Value);
        text = SignatureField().Replace(text, "Signature=" + Mask);
        return text;
    }

    [GeneratedRegex(@"Signature=[0-9a-fA-F]+")]
    private static partial Regex SignatureField();

    [GeneratedRegex(@"((?:X-Amz-Signature|X-Amz-Security-Token|X-Amz-Credential-Secret)=)[^&\s'""]+", RegexOptions.IgnoreCase)]
    private static partial Regex QuerySecret();

    [GeneratedRegex(@"(<(SecretAccessKey|SessionToken|SecretKey|Token|AccessToken|IdToken|RefreshToken|ClientSecret)>)[^<]*(</\2>)", RegexOptions.IgnoreCase)]
    private static partial Regex XmlSecret();

    [GeneratedRegex(@"(['""](secretAccessKey|sessionToken|secretKey|SecretAccessKey|SessionToken|accessToken|idToken|refreshToken|clientSecret|aws_secret_access_key|aws_session_token|Token)['""]\s*:\s*['""])[^'""]*(['""])", RegexOptions.IgnoreCase)]
    private static partial Regex JsonSecret();
}
