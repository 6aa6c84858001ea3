using Aws.Cli.Arguments;
using Aws.Cli.Driver;
using Aws.Cli.Errors;
using Aws.Core.Model;

namespace Aws.Cli.Commands;

/// <summary>`aws SERVICE OPERATION ...`: picks the operation by its CLI name and runs it.</summary>
public sealed class ServiceCommand(string serviceName)
{
    public async Task<int> RunAsync(Invocation invocation, IReadOnlyList<string> args, CancellationToken cancellation)
    {
        var service = invocation.Catalog.Load(serviceName)
            ?? throw new CliException(ExitCodes.General, $"Unable to load the model of {serviceName}.");
        var index = args.ToList().FindIndex(a => !GlobalOptionsParser.LooksLikeOption(a));
        if (index < 0) throw new UsageException("the following arguments are required: operation");
        var name = args[index];
        var rest = args.Where((_, i) => i != index).ToList();
        var operations = OperationNames(service);
        if (name == "help") return Help.HelpCommand.ShowService(invocation, service, [.. Help.HelpCommand.ServiceCommandNames(service, operations.Keys), "help"]);
        if (operations.TryGetValue(name, out var operationName))
            return await new OperationCommand(service, service.GetOperation(operationName)!).RunAsync(invocation, rest, cancellation);
        var hasWaiters = WaitCommand.HasWaiters(service);
        if (name == WaitCommand.Name && hasWaiters)
            return await new WaitCommand(service).RunAsync(invocation, rest, cancellation);
        throw ChoiceError.Create("operation", name, [.. operations.Keys, .. hasWaiters ? [WaitCommand.Name] : Array.Empty<string>(), "help"]);
    }

    /// <summary>CLI operation name -> model operation name, in model order.</summary>
    public static OrderedDictionary<string, string> OperationNames(ServiceModel service)
    {
        var names = new OrderedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var op in service.OperationNames) names[CliNames.ToCliName(op)] = op;
        return names;
    }
}
