using Aws.Core.Config;

namespace Aws.Cli.Customizations.Configure;

/// <summary>`aws configure set varname value`: writes one value to the config or credentials file.</summary>
internal static class ConfigureSet
{
    /// <summary>Keys that belong in the credentials file.</summary>
    private static readonly string[] CredentialKeys = ["aws_access_key_id", "aws_secret_access_key", "aws_session_token"];

    public static int Run(IReadOnlyList<string> args, ConfigureSession session)
    {
        var parsed = ConfigureArgs.Parse(args, ["varname", "value"], []);
        var varname = parsed["varname"]!;
        var text = parsed["value"]!;
        string? subKey = null;
        var profile = "default";

        if (!varname.Contains('.'))
        {
            if (session.Profile is { } p) profile = p;
        }
        else
        {
            var parts = varname.Split('.');
            if (parts[0] is "default" or "profile")
            {
                string[] remaining;
                if (parts[0] == "default") remaining = parts[1..];
                else
                {
                    if (parts.Length < 2) throw ConfigureError.GeneralError("list index out of range");
                    profile = parts[1];
                    remaining = parts[2..];
                }
                if (remaining.Length == 0) throw ConfigureError.GeneralError("list index out of range");
                varname = remaining[0];
                if (remaining.Length == 2) subKey = remaining[1];
            }
            else if (!ConfigureSession.IsPredefinedSection(parts[0]))
            {
                if (session.Profile is { } p) profile = p;
                varname = parts[0];
                if (parts.Length == 2) subKey = parts[1];
            }
            else if (parts.Length == 2)
            {
                // A [plugins]-style section (the CLI's check is a substring test, so "p.x" also lands here).
                profile = parts[0];
                varname = parts[1];
            }
        }

        string path, section;
        if (CredentialKeys.Contains(varname))
        {
            section = profile;
            path = session.CredentialsFile;
        }
        else
        {
            path = session.ConfigFile;
            section = ConfigureSession.IsPredefinedSection(profile) || profile == "default"
                ? profile
                : ConfigureSession.ProfileToSection(profile);
        }

        var value = subKey is null ? ConfigValue.Of(text) : ConfigValue.OfNested(new() { [subKey] = text });
        try
        {
            ConfigFileWriter.UpdateConfig(path, section, [new(varname, value)]);
        }
        catch (InvalidOperationException)
        {
            // Where the CLI's writer hits a Python UnboundLocalError.
            throw ConfigureError.GeneralError("cannot access local variable 'current_indent' where it is not associated with a value");
        }
        return 0;
    }
}
