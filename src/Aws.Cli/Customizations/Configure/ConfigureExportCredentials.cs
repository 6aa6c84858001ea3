using System.Globalization;
using System.Text;
using Aws.Core.Config;

namespace Aws.Cli.Customizations.Configure;

/// <summary>`aws configure export-credentials [--format F]`: prints the resolved credentials.</summary>
internal static class ConfigureExportCredentials
{
    public static IReadOnlyList<string> Formats { get; } = ["process", "env", "env-no-export", "powershell", "windows-cmd"];

    // Profiles already exporting up the process chain (credential_process = aws configure export-credentials).
    private const string RecursionVar = "_AWS_CLI_PROFILE_CHAIN";
    private const int MaxRecursion = 4;

    public static int Run(IReadOnlyList<string> args, ConfigureSession session)
    {
        var parsed = ConfigureArgs.Parse(args, [], [new("format", Choices: Formats)]);
        var format = parsed["format"] ?? "process";
        var profile = session.Profile ?? "default";

        var seen = ParseChain(session.Io.GetEnv(RecursionVar) ?? "");
        if (seen.Count >= MaxRecursion)
            throw ConfigureError.ConfigurationError(
                $"Maximum recursive credential process resolution reached ({MaxRecursion}).\nProfiles seen: {string.Join(" -> ", seen)}");
        if (seen.Contains(profile))
            throw ConfigureError.ConfigurationError(
                $"Credential process resolution detected an infinite loop, profile cycle: {string.Join(" -> ", seen.Append(profile))}\n");
        session.Io.SetEnv?.Invoke(RecursionVar, string.Join(',', seen.Append(profile).Select(CsvField)));

        StaticCredentials? creds;
        try
        {
            creds = session.GetCredentials();
        }
        catch (Exception e) when (e is ConfigException)
        {
            throw ConfigureError.ConfigurationError($"Unable to retrieve credentials: {e.Message.Trim()}\n");
        }
        if (creds is null) throw ConfigureError.ConfigurationError("Unable to retrieve credentials: no credentials found");

        session.Io.Stdout.Write(Format(format, creds));
        session.Io.Stdout.Flush();
        return 0;
    }

    /// <summary>The text the CLI prints for one format.</summary>
    public static string Format(string format, StaticCredentials creds)
    {
        var expiry = creds.Expiration is { } e ? IsoFormat(e) : null;
        if (format == "process")
        {
            var sb = new StringBuilder("{\n  \"Version\": 1,\n");
            sb.Append("  \"AccessKeyId\": ").Append(JsonString(creds.AccessKey)).Append(",\n");
            sb.Append("  \"SecretAccessKey\": ").Append(JsonString(creds.SecretKey));
            if (creds.SessionToken is { } t) sb.Append(",\n  \"SessionToken\": ").Append(JsonString(t));
            if (expiry is not null) sb.Append(",\n  \"Expiration\": ").Append(JsonString(expiry));
            return sb.Append("\n}\n").ToString();
        }
        Func<string, string, string> line = format switch
        {
            "env" => (n, v) => $"export {n}={v}\n",
            "env-no-export" => (n, v) => $"{n}={v}\n",
            "powershell" => (n, v) => $"$Env:{n}=\"{v}\"\n",
            _ => (n, v) => $"set {n}={v}\n",
        };
        var output = line("AWS_ACCESS_KEY_ID", creds.AccessKey) + line("AWS_SECRET_ACCESS_KEY", creds.SecretKey);
        if (creds.SessionToken is { } token) output += line("AWS_SESSION_TOKEN", token);
        if (expiry is not null) output += line("AWS_CREDENTIAL_EXPIRATION", expiry);
        return output;
    }

    private static string IsoFormat(DateTimeOffset t) => Aws.Core.Protocols.Formats.TimestampFormatter.PythonIsoFormat(t);

    /// <summary>json.dumps of a string with ensure_ascii (the CLI's default).</summary>
    private static string JsonString(string s)
    {
        var sb = new StringBuilder();
        Aws.Core.Protocols.Formats.PythonJson.WriteString(sb, s);
        return sb.ToString();
    }

    private static List<string> ParseChain(string value)
    {
        var result = new List<string>();
        if (value.Length == 0) return result;
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < value.Length && value[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else field.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { result.Add(field.ToString()); field.Clear(); }
            else field.Append(c);
        }
        result.Add(field.ToString());
        return result;
    }

    private static string CsvField(string s) =>
        s.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + s.Replace("\"", "\"\"") + "\"" : s;
}
