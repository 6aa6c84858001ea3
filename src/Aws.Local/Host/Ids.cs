using System.Security.Cryptography;

namespace Aws.Local.Host;

/// <summary>Identifiers in AWS's shapes: AKIA/ASIA keys, AIDA/AROA/AGPA/ANPA/AIPA ids, secrets, tokens, account ids.</summary>
public static class Ids
{
    private const string Upper = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    private const string SecretChars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

    public static string AccessKeyId() => "AKIA" + Random(Upper, 16);
    public static string TemporaryAccessKeyId() => "ASIA" + Random(Upper, 16);
    public static string SecretAccessKey() => Random(SecretChars, 40);
    public static string SessionToken() => "FwoGZXIvYXdzE" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(180));
    public static string Unique(string prefix) => prefix + Random(Upper, 17);
    public static string AccountId() => RandomNumberGenerator.GetInt32(1, 10).ToString(System.Globalization.CultureInfo.InvariantCulture) + RandomNumberGenerator.GetString("0123456789", 11);
    public static string RequestId() => Guid.NewGuid().ToString();

    private static string Random(string alphabet, int length) => RandomNumberGenerator.GetString(alphabet, length);
}
