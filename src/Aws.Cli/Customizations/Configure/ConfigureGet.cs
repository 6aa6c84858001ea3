using Aws.Core.Config;

namespace Aws.Cli.Customizations.Configure;

/// <summary>`aws configure get varname`: prints one value from the files (never from the environment).</summary>
internal static class ConfigureGet
{
    public static int Run(IReadOnlyList<string> args, ConfigureSession session)
    {
        var varname = ConfigureArgs.Parse(args, ["varname"], [])["varname"]!;
        var value = varname.Contains('.') ? Dotted(varname, session) : session.Context.ScopedConfig.GetValueOrDefault(varname);
        if (value?.Text is { } text)
        {
            session.Io.Stdout.Write(text + "\n");
            session.Io.Stdout.Flush();
            return 0;
        }
        if (value?.Nested is not null)
        {
            session.Io.Stderr.Write($"varname ({varname}) must reference a value, not a section or sub-section.");
            session.Io.Stderr.Flush();
        }
        return 1;
    }

    private static ConfigValue? Dotted(string varname, ConfigureSession session)
    {
        var parts = varname.Split('.');
        var profiles = session.Context.Files.Profiles;
        if (parts.Length == 2 && ConfigureSession.IsPredefinedSection(parts[0]))
        {
            var fromSection = session.FullConfigSection(parts[0])?.GetValueOrDefault(parts[1]);
            return fromSection ?? profiles.GetValueOrDefault(parts[0])?.GetValueOrDefault(parts[1]);
        }

        string profileName, configName;
        string[] remaining;
        if (parts[0] == "profile")
        {
            if (parts.Length < 3) throw ConfigureError.GeneralError("list index out of range");
            (profileName, configName, remaining) = (parts[1], parts[2], parts[3..]);
        }
        else if (parts[0] == "default" || profiles.ContainsKey(parts[0]))
        {
            (profileName, configName, remaining) = (parts[0], parts[1], parts[2..]);
        }
        else
        {
            (profileName, configName, remaining) = (session.Profile ?? "default", parts[0], parts[1..]);
        }

        var value = profiles.GetValueOrDefault(profileName)?.GetValueOrDefault(configName);
        if (remaining.Length == 1)
            value = value?.Nested is { } nested && nested.TryGetValue(remaining[0], out var sub) ? ConfigValue.Of(sub) : null;
        return value;
    }
}
