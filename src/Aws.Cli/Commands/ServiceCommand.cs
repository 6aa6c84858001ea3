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
        // The common case first: find the one operation without naming all of them (ec2 has ~600).
        if (FindOperation(service, name) is { } direct)
            return await new OperationCommand(service, service.GetOperation(direct)!).RunAsync(invocation, rest, cancellation);
        var operations = OperationNames(service);
        if (name == "help") return Help.HelpCommand.ShowService(invocation, service, [.. Help.HelpCommand.ServiceCommandNames(service, operations.Keys), "help"]);
        if (operations.TryGetValue(name, out var operationName))
            return await new OperationCommand(service, service.GetOperation(operationName)!).RunAsync(invocation, rest, cancellation);
        var hasWaiters = WaitCommand.HasWaiters(service);
        if (name == WaitCommand.Name && hasWaiters)
            return await new WaitCommand(service).RunAsync(invocation, rest, cancellation);
        throw ChoiceError.Create("operation", name, [.. operations.Keys, .. hasWaiters ? [WaitCommand.Name] : Array.Empty<string>(), "help"]);
    }

    /// <summary>
    /// The model operation whose CLI name is <paramref name="cliName"/>, as <see cref="OperationNames"/> would map it
    /// (the last one in model order wins), converting only the operations whose letters could match.
    /// </summary>
    internal static string? FindOperation(ServiceModel service, string cliName)
    {
        string? found = null;
        foreach (var op in service.OperationNames)
            if (SameLetters(op, cliName) && CliNames.ToCliName(op) == cliName) found = op;
        return found;
    }

    // A CLI name only adds separators and lowercases: anything else cannot match.
    private static bool SameLetters(string op, string cliName)
    {
        int i = 0, j = 0;
        while (true)
        {
            while (i < op.Length && op[i] is '-' or '_') i++;
            while (j < cliName.Length && cliName[j] is '-' or '_') j++;
            if (i == op.Length || j == cliName.Length) return i == op.Length && j == cliName.Length;
            if (char.ToLowerInvariant(op[i]) != char.ToLowerInvariant(cliName[j])) return false;
            i++;
            j++;
        }
    }

    /// <summary>CLI operation name -> model operation name, in model order.</summary>
    public static OrderedDictionary<string, string> OperationNames(ServiceModel service)
    {
        var names = new OrderedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var op in service.OperationNames) names[CliNames.ToCliName(op)] = op;
        return names;
    }
}
