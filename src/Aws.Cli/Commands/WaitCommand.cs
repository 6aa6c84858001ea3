using System.Text.Json.Nodes;
using Aws.Cli.Arguments;
using Aws.Cli.Driver;
using Aws.Cli.Errors;
using Aws.Cli.Runtime;
using Aws.Core.Model;
using Aws.Core.Runtime.Waiters;

namespace Aws.Cli.Commands;

/// <summary>
/// `aws SERVICE wait WAITER [operation options]`: one subcommand per waiter of the model (InstanceRunning ->
/// instance-running), taking the options of the operation the waiter polls, printing nothing on success and
/// "Waiter NAME failed: REASON" (exit 255) otherwise, as awscli/customizations/waiters.py does.
/// </summary>
public sealed class WaitCommand(ServiceModel service)
{
    public const string Name = "wait";

    public static bool HasWaiters(ServiceModel service) => WaiterConfig.Names(service.Waiters).Any();

    /// <summary>CLI waiter name -> model waiter name, sorted by model name as botocore's WaiterModel.waiter_names.</summary>
    public static OrderedDictionary<string, string> WaiterNames(ServiceModel service)
    {
        var names = new OrderedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in WaiterConfig.Names(service.Waiters).Order(StringComparer.Ordinal)) names[CliNames.ToCliName(name)] = name;
        return names;
    }

    public async Task<int> RunAsync(Invocation invocation, IReadOnlyList<string> args, CancellationToken cancellation)
    {
        var index = args.ToList().FindIndex(a => !GlobalOptionsParser.LooksLikeOption(a));
        if (index < 0)
            throw new CliException(ExitCodes.ParamValidation,
                $"usage: aws [options] {service.Name} wait <subcommand> [parameters]\naws: error: too few arguments");
        var waiters = WaiterNames(service);
        var cliName = args[index];
        if (!waiters.TryGetValue(cliName, out var waiterName))
            throw ChoiceError.Create("subcommand", cliName, [.. waiters.Keys]);
        var config = WaiterConfig.For(service.Waiters, waiterName)!;
        var operation = service.GetOperation(config.Operation)
            ?? throw new CliException(ExitCodes.General, $"The waiter {waiterName} polls {config.Operation}, which the model lacks.");

        var context = invocation.Context;
        var parsed = OperationArguments.Parse(operation, [.. args.Where((_, i) => i != index)], new ArgumentOptions
        {
            ServiceName = service.Name,
            BinaryFormat = invocation.BinaryFormat,
            Paginate = false,
            CurrentDirectory = context.CurrentDirectory,
            GetEnvironmentVariable = context.GetEnv,
        });
        if (parsed.HelpRequested)
            throw new CliException(ExitCodes.ParamValidation, $"Help for {service.Name} wait {cliName} is not available in this build.");

        var client = ClientFactory.Create(invocation, service);
        var waiter = new Waiter(config, async ct =>
        {
            var result = await client.CallAsync(operation, (JsonObject)parsed.Parameters.DeepClone(), ct);
            var error = result.Parsed.Error;
            return new WaiterResponse(result.Parsed.Result, result.Response.StatusCode, error?.Code, error?.Message);
        }, (delay, ct) => Task.Delay(delay, context.Clock, ct));
        try
        {
            await waiter.WaitAsync(cancellation: cancellation);
        }
        catch (WaiterException e)
        {
            throw new CliException(ExitCodes.General, e.Message);
        }
        return ExitCodes.Success;
    }
}
