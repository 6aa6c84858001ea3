using Aws.Core.Config;

namespace Aws.Cli.Customizations.Configure;

/// <summary>
/// `aws configure` with no subcommand: four prompts showing the current values (keys masked); Enter keeps a
/// value. Keys go to the credentials file, region and output to the config file, all written after the last
/// prompt.
/// </summary>
internal static class InteractiveConfigure
{
    private static readonly (string Name, string Prompt)[] Prompts =
    [
        ("aws_access_key_id", "AWS Access Key ID"),
        ("aws_secret_access_key", "AWS Secret Access Key"),
        ("region", "Default region name"),
        ("output", "Default output format"),
    ];

    public static int Run(ConfigureSession session)
    {
        ConfigSection config;
        try { config = session.Context.ScopedConfig; }
        catch (ProfileNotFoundException) { config = new ConfigSection(); }

        var newValues = new OrderedDictionary<string, ConfigValue>(StringComparer.Ordinal);
        foreach (var (name, prompt) in Prompts)
        {
            var current = config.GetValueOrDefault(name);
            var shown = name is "aws_access_key_id" or "aws_secret_access_key"
                ? ConfigureList.Mask(current?.ToString())
                : current?.ToString() ?? "None";
            session.Io.Stdout.Write($"{prompt} [{shown}]: ");
            session.Io.Stdout.Flush();
            var response = session.Io.Stdin.ReadLine() ?? throw ConfigureError.GeneralError("EOF when reading a line");
            if (response.Length > 0 && response != current?.Text) newValues[name] = ConfigValue.Of(response);
        }

        if (newValues.Count == 0) return 0;
        var profile = session.Profile;
        var credentialValues = new OrderedDictionary<string, ConfigValue>(StringComparer.Ordinal);
        foreach (var key in new[] { "aws_access_key_id", "aws_secret_access_key" })
            if (newValues.Remove(key, out var v)) credentialValues[key] = v;
        if (credentialValues.Count > 0)
            ConfigFileWriter.UpdateConfig(session.CredentialsFile, profile ?? "default", credentialValues);
        // The CLI writes the config file even when only keys changed (an empty section at worst).
        var section = profile is null ? "default" : ConfigureSession.ProfileToSection(profile);
        ConfigFileWriter.UpdateConfig(session.ConfigFile, section, newValues);
        return 0;
    }
}
