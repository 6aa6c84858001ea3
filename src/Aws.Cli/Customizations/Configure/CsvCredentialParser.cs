namespace Aws.Cli.Customizations.Configure;

/// <summary>
/// Parses the IAM console's credentials CSV as the CLI does: plain comma splitting, headers matched
/// case-insensitively, "User Name", "Access Key ID" and "Secret Access key" required.
/// </summary>
internal static class CsvCredentialParser
{
    private const string UserHeader = "User Name";
    private const string AccessKeyHeader = "Access Key ID";
    private const string SecretKeyHeader = "Secret Access key";
    private static readonly string[] Expected = [UserHeader, AccessKeyHeader, SecretKeyHeader];

    /// <exception cref="FormatException">The CSV is empty, lacks a header, or (strict) has an incomplete row.</exception>
    public static List<(string User, string AccessKey, string SecretKey)> Parse(string csv, bool strict)
    {
        if (Aws.Core.Config.PyText.Strip(csv).Length == 0) throw new FormatException("Provided CSV contains no contents");
        var lines = Aws.Core.Config.PyText.SplitLines(csv);
        var headers = lines[0].Split(',').Select(Normalize).ToList();
        var indices = new Dictionary<string, int>();
        foreach (var header in Expected)
        {
            var index = headers.IndexOf(Normalize(header));
            if (index < 0) throw new FormatException($"Expected header \"{header}\" not found");
            indices[header] = index;
        }

        var result = new List<(string, string, string)>();
        for (var row = 1; row < lines.Count; row++)
        {
            var cols = lines[row].Split(',');
            var values = new Dictionary<string, string>();
            string? error = null;
            foreach (var header in Expected)
            {
                var i = indices[header];
                var value = i < cols.Length ? Aws.Core.Config.PyText.Strip(cols[i]) : "";
                if (value.Length == 0) { error = $"Row missing value for header \"{header}\""; break; }
                values[header] = value;
            }
            if (error is not null)
            {
                if (!strict) continue;
                throw new FormatException($"Failed to parse entry #{row}: {error}");
            }
            result.Add((values[UserHeader], values[AccessKeyHeader], values[SecretKeyHeader]));
        }
        return result;
    }

    private static string Normalize(string header) => Aws.Core.Config.PyText.Strip(header.ToLowerInvariant());
}
