using Aws.Core.Config;

namespace Aws.Cli.Customizations.Configure;

/// <summary>`aws configure list`: profile, keys and region with where each came from.</summary>
internal static class ConfigureList
{
    private const string NotSet = "<not set>";

    public static int Run(IReadOnlyList<string> args, ConfigureSession session)
    {
        ConfigureArgs.Parse(args, [], []);
        var o = session.Io.Stdout;
        Row(o, "Name", "Value", "Type", "Location");
        Row(o, "----", "-----", "----", "--------");
        try
        {
            if (session.Context.ProfileOption is { } p) Row(o, "profile", p, "manual", "--profile");
            else if (session.Context.Paths.EnvironmentProfile is { } envProfile)
                Row(o, "profile", envProfile, "env", "['AWS_PROFILE', 'AWS_DEFAULT_PROFILE']");
            else Row(o, "profile", NotSet, "None", "None");

            var creds = session.GetCredentials();
            if (creds is null)
            {
                Row(o, "access_key", NotSet, "None", "None");
                Row(o, "secret_key", NotSet, "None", "None");
            }
            else
            {
                Row(o, "access_key", Mask(creds.AccessKey), creds.Method, "");
                Row(o, "secret_key", Mask(creds.SecretKey), creds.Method, "");
            }

            var env = session.Io.GetEnv;
            if ((env("AWS_REGION") ?? env("AWS_DEFAULT_REGION")) is { } envRegion)
                Row(o, "region", envRegion, "env", "['AWS_REGION', 'AWS_DEFAULT_REGION']");
            else if (session.Context.ScopedConfig.GetValueOrDefault("region") is { } region)
                Row(o, "region", region.ToString(), "config-file", session.ConfigFileVariable);
            else Row(o, "region", NotSet, "None", "None");
        }
        finally
        {
            o.Flush();
        }
        return 0;
    }

    /// <summary>The CLI's mask: sixteen asterisks and the last four characters.</summary>
    public static string Mask(string? value) => value is null ? "None" : new string('*', 16) + (value.Length > 4 ? value[^4..] : value);

    // Python's '%10s %24s %16s    %s\n': right-aligned, never truncated.
    private static void Row(TextWriter o, string name, string value, string type, string location) =>
        o.Write($"{name,10} {value,24} {type,16}    {location}\n");
}
