using Aws.Cli.Commands;
using Aws.Cli.Errors;
using Aws.Core.Model;

namespace Aws.Cli.Driver;

/// <summary>
/// The top of the CLI: global options, then the command table (custom commands and one command per service),
/// then the chosen command. Every error ends here and is printed the AWS CLI's way.
/// </summary>
public sealed class CliDriver(CliContext context)
{
    public const string VersionString = "aws-cli/2.9.19 aws-sharp/0.1.0 Linux exe/x86_64 prompt/off";

    private ModelCatalog? _catalog;
    public ModelCatalog Catalog => _catalog ??= ModelCatalog.FromEnvironment(context.GetEnv, context.Home);

    public async Task<int> RunAsync(IReadOnlyList<string> args, CancellationToken cancellation)
    {
        try
        {
            // Completion must not trip over half-typed global options, so it bypasses the option parser.
            if (args.Count > 0 && args[0] == "__complete") return Completion.CompletionCommand.Complete(context, Catalog);
            var options = GlobalOptionsParser.Parse(args);
            if (options.Version)
            {
                context.Out.WriteLine(VersionString);
                return ExitCodes.Success;
            }
            var commandIndex = options.Remaining.FindIndex(a => !GlobalOptionsParser.LooksLikeOption(a));
            if (commandIndex < 0) throw new UsageException("the following arguments are required: command");
            var command = options.Remaining[commandIndex];
            var rest = options.Remaining.Where((_, i) => i != commandIndex).ToList();
            var invocation = new Invocation(context, options, Catalog);
            if (Diagnostics.DebugLogger.For(invocation) is { } debug)
            {
                debug.Startup(VersionString, args);
                debug.Settings(invocation);
            }
            if (command == "completion") return Completion.CompletionCommand.PrintScript(context, rest);
            if (command == "help") return Help.HelpCommand.ShowProvider(invocation, CommandNames());
            var isCustom = CustomCommands.TryGet(command, out var custom);
            if (!isCustom && !Catalog.Contains(command)) throw ChoiceError.Create("command", command, CommandNames());
            TopLevelArgs.Check(options);
            if (isCustom)
            {
                if (Help.HelpCommand.TryShowCustom(invocation, CustomCommands.Describe(command), rest, out var helpExit)) return helpExit;
                return await custom!(invocation, rest, cancellation);
            }
            return await Help.Pager.RunPagedAsync(invocation, i => new ServiceCommand(command).RunAsync(i, rest, cancellation));
        }
        catch (CliException e)
        {
            return Report(e.ExitCode, e.Message);
        }
        catch (Aws.Cli.Arguments.CliArgumentException e)
        {
            context.Out.Flush();
            context.Error.Write(e.Stderr);
            return e.ExitCode;
        }
        catch (Aws.Core.Runtime.Transport.TransportException e)
        {
            return Report(ExitCodes.General, e.Message);
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            context.Out.Write("\n");
            return ExitCodes.Interrupted;
        }
        catch (Exception e)
        {
            // The AWS CLI's last-resort handler: any other error is printed as its message, exit 255.
            return Report(ExitCodes.General, e.Message);
        }
    }

    private int Report(int exitCode, string message)
    {
        context.Out.Flush();
        context.Error.Write("\n" + message + "\n");
        context.Error.Flush();
        return exitCode;
    }

    /// <summary>The command choices in the AWS CLI's order: services, then the custom commands.</summary>
    private IReadOnlyList<string> CommandNames() =>
        Catalog.ServiceNames.Concat(CustomCommands.Names).Append("help").Distinct().ToArray();
}
