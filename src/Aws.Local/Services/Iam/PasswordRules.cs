using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Aws.Local.Host;
using Aws.Local.Storage;

namespace Aws.Local.Services.Iam;

/// <summary>
/// Console passwords: the account password policy's checks (or AWS's default policy when none is set), and
/// salted PBKDF2 hashes so the state never holds a password in clear.
/// </summary>
internal static class PasswordRules
{
    /// <summary>The symbols IAM counts for RequireSymbols.</summary>
    public const string Symbols = "!@#$%^&*()_+-=[]{}|'";
    private const int Iterations = 10_000;

    public static LocalServiceException Violation(string detail) =>
        new("PasswordPolicyViolation", $"Password does not conform to the account password policy. {detail}".TrimEnd());

    /// <summary>
    /// Checks a new password. With a custom policy: its rules. Without one: AWS's default policy (at least 8
    /// characters, three of the four character kinds, not the account id).
    /// </summary>
    public static void Check(IamAccount a, string password, JsonObject? user)
    {
        var policy = a.Root["passwordPolicy"] as JsonObject;
        int upper = password.Count(char.IsAsciiLetterUpper), lower = password.Count(char.IsAsciiLetterLower),
            digits = password.Count(char.IsAsciiDigit), symbols = password.Count(Symbols.Contains);
        if (policy is null)
        {
            var kinds = (upper > 0 ? 1 : 0) + (lower > 0 ? 1 : 0) + (digits > 0 ? 1 : 0) + (symbols > 0 ? 1 : 0);
            if (password.Length < 8) throw Violation("Minimum password length is 8.");
            if (kinds < 3) throw Violation("Password must contain at least three of: uppercase letters, lowercase letters, numbers, symbols.");
            if (password == a.AccountId) throw Violation("Password must not be the account id.");
            return;
        }
        var min = (int)(policy["MinimumPasswordLength"]?.GetValue<long>() ?? 6);
        if (password.Length < min) throw Violation($"Minimum password length is {min}.");
        if (Flag(policy, "RequireUppercaseCharacters") && upper == 0) throw Violation("Password must contain an uppercase letter.");
        if (Flag(policy, "RequireLowercaseCharacters") && lower == 0) throw Violation("Password must contain a lowercase letter.");
        if (Flag(policy, "RequireNumbers") && digits == 0) throw Violation("Password must contain a number.");
        if (Flag(policy, "RequireSymbols") && symbols == 0) throw Violation("Password must contain a symbol.");
        var reuse = (int)(policy["PasswordReusePrevention"]?.GetValue<long>() ?? 0);
        if (reuse > 0 && user?["_passwordHistory"] is JsonArray history
            && history.TakeLast(reuse).Any(h => h is not null && Verify(password, h.ToString())))
            throw Violation($"Password must not be one of the last {reuse} passwords.");
    }

    public static bool Flag(JsonObject policy, string name) => policy[name]?.GetValue<bool>() == true;

    /// <summary>Stores a new password on the user (hash, history, date).</summary>
    public static void Set(JsonObject user, string password, DateTimeOffset now)
    {
        var hash = Hash(password);
        var login = user.Obj("_login");
        login["hash"] = hash;
        login["changed"] = IamAccount.Now(now);
        var history = user.Arr("_passwordHistory");
        history.Add((JsonNode?)hash);
        while (history.Count > 24) history.RemoveAt(0);
    }

    public static string Hash(string password)
    {
        var salt = RandomNumberGenerator.GetBytes(16);
        var hash = Rfc2898DeriveBytes.Pbkdf2(password, salt, Iterations, HashAlgorithmName.SHA256, 32);
        return string.Create(CultureInfo.InvariantCulture, $"pbkdf2-sha256${Iterations}${Convert.ToBase64String(salt)}${Convert.ToBase64String(hash)}");
    }

    public static bool Verify(string password, string stored)
    {
        var parts = stored.Split('$');
        if (parts.Length != 4 || parts[0] != "pbkdf2-sha256") return false;
        var expected = Convert.FromBase64String(parts[3]);
        var actual = Rfc2898DeriveBytes.Pbkdf2(password, Convert.FromBase64String(parts[2]),
            int.Parse(parts[1], CultureInfo.InvariantCulture), HashAlgorithmName.SHA256, expected.Length);
        return CryptographicOperations.FixedTimeEquals(expected, actual);
    }
}
