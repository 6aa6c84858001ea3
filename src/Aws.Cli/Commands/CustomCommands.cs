using Aws.Cli.Customizations.Configure;
using Aws.Cli.Customizations.Sso;
using Aws.Cli.Customizations.Local;
using Aws.Cli.Customizations.S3;
using Aws.Cli.Driver;
using Aws.Cli.Help;

namespace Aws.Cli.Commands;

/// <summary>Hand-written top-level commands (configure, s3, local, ...), declared as data: name -> handler.</summary>
public static class CustomCommands
{
    public delegate Task<int> Handler(Invocation invocation, IReadOnlyList<string> args, CancellationToken cancellation);

    private static readonly Dictionary<string, Handler> Table = new(StringComparer.Ordinal)
    {
        ["configure"] = Configure,
        ["sso"] = SsoCommand.RunAsync,
        ["local"] = LocalCommand.RunAsync,
        ["s3"] = S3Command.RunAsync,
    };

    /// <summary>What help and completion know about each custom command.</summary>
    private static readonly Dictionary<string, CommandDescription> Descriptions = new(StringComparer.Ordinal)
    {
        ["configure"] = ConfigureHelp.Description,
    };

    public static CommandDescription? Describe(string name) => Descriptions.GetValueOrDefault(name);

    private static Task<int> Configure(Invocation invocation, IReadOnlyList<string> args, CancellationToken cancellation)
    {
        var context = invocation.Context;
        return Task.FromResult(ConfigureCommand.Run(args, new ConfigureIo
        {
            GetEnv = context.GetEnv,
            SetEnv = Environment.SetEnvironmentVariable,
            Home = context.Home,
            Profile = invocation.Options.Profile,
            Stdin = context.In,
            Stdout = context.Out,
            Stderr = context.Error,
            StdinIsTerminal = context.StdinIsTerminal,
            ResolveCredentials = config => Runtime.CliCredentials.ForConfigure(invocation, config),
        }));
    }

    /// <summary>Names in the order the AWS CLI lists its custom commands after the services.</summary>
    public static IEnumerable<string> Names => Table.Keys;

    public static bool TryGet(string name, out Handler handler) => Table.TryGetValue(name, out handler!);
}
