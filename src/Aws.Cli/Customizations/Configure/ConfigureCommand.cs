using Aws.Core.Config;

namespace Aws.Cli.Customizations.Configure;

/// <summary>
/// `aws configure` and its subcommands, behaving as AWS CLI v2 does (checked byte for byte against 2.9.19; see
/// tests/Aws.Cli.Tests/Configure/golden).
/// </summary>
public static class ConfigureCommand
{
    /// <summary>The subcommands in the CLI's order (used for the invalid-choice message).</summary>
    public static IReadOnlyList<string> Subcommands { get; } =
        ["list", "get", "set", "add-model", "import", "list-profiles", "sso", "sso-session", "export-credentials", "wizard"];

    /// <summary>Runs `aws configure ARGS`.</summary>
    /// <param name="args">The words after "configure" (a stray "--profile NAME" among them is honoured too).</param>
    /// <returns>The process exit code.</returns>
    public static int Run(IReadOnlyList<string> args, ConfigureIo io)
    {
        try
        {
            var (rest, profile) = ExtractProfile(args, io.Profile);
            var context = new ConfigContext(io.GetEnv, io.Home, profile);
            // The CLI reads both files when it starts (to load plugins), so a malformed file fails every command.
            try { _ = context.Files; }
            catch (ConfigParseException e) { throw ConfigureError.GeneralError(e.Message); }
            var session = new ConfigureSession(io, context);
            return Dispatch(rest, session);
        }
        catch (ConfigureError e)
        {
            io.Stderr.Write(e.Stderr);
            io.Stderr.Flush();
            return e.ExitCode;
        }
    }

    private static int Dispatch(IReadOnlyList<string> args, ConfigureSession session)
    {
        if (args.Count == 0) return InteractiveConfigure.Run(session);
        var first = args[0];
        var rest = args.Skip(1).ToList();
        if (first.StartsWith('-'))
        {
            // Options for `configure` itself: it has none besides the global ones.
            ConfigureArgs.Parse(args, [], []);
            return InteractiveConfigure.Run(session);
        }
        try
        {
            return first switch
            {
                "set" => ConfigureSet.Run(rest, session),
                "get" => ConfigureGet.Run(rest, session),
                "list" => ConfigureList.Run(rest, session),
                "list-profiles" => ConfigureListProfiles.Run(rest, session),
                "export-credentials" => ConfigureExportCredentials.Run(rest, session),
                "import" => ConfigureImport.Run(rest, session),
                _ when Subcommands.Contains(first) =>
                    throw ConfigureError.GeneralError($"aws configure {first} is not supported by this version"),
                _ => throw ConfigureArgs.InvalidChoice("subcommand", first, Subcommands),
            };
        }
        catch (ProfileNotFoundException e)
        {
            throw ConfigureError.GeneralError(e.Message);
        }
        catch (ConfigException e)
        {
            throw ConfigureError.GeneralError(e.Message);
        }
    }

    /// <summary>Takes "--profile NAME" / "--profile=NAME" out of the words (the driver normally does this).</summary>
    private static (List<string> Words, string? Profile) ExtractProfile(IReadOnlyList<string> args, string? profile)
    {
        var rest = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] == "--profile" && i + 1 < args.Count) profile = args[++i];
            else if (args[i].StartsWith("--profile=", StringComparison.Ordinal)) profile = args[i]["--profile=".Length..];
            else rest.Add(args[i]);
        }
        return (rest, profile);
    }
}
