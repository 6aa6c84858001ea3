namespace Aws.Cli.Customizations.Configure;

/// <summary>`aws configure list-profiles`: every profile of the config and credentials files.</summary>
internal static class ConfigureListProfiles
{
    public static int Run(IReadOnlyList<string> args, ConfigureSession session)
    {
        ConfigureArgs.Parse(args, [], []);
        foreach (var profile in session.Context.Files.AvailableProfiles) session.Io.Stdout.Write(profile + "\n");
        session.Io.Stdout.Flush();
        return 0;
    }
}
