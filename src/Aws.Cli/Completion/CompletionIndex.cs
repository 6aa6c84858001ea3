using Aws.Cli.Arguments;
using Aws.Cli.Commands;
using Aws.Cli.Help;
using Aws.Core.Model;

namespace Aws.Cli.Completion;

/// <summary>What the completer knows about one argument (awscli's ac.index param_table row).</summary>
public sealed record ArgumentInfo(string Name, string TypeName, bool Required = false, bool Positional = false, string? Nargs = null)
{
    public IReadOnlyList<string> Choices { get; init; } = [];
}

/// <summary>
/// The command tree as the completer sees it (the role of the real CLI's ac.index), read lazily from the model
/// catalog: a service model is opened only when its commands are needed, and only one operation's arguments
/// are built.
/// </summary>
public sealed class CompletionIndex(ModelCatalog catalog)
{
    private readonly Dictionary<string, ServiceModel?> _services = new(StringComparer.Ordinal);

    /// <summary>Subcommand names under a full lineage ("aws", "aws ec2", "aws ec2 wait", "aws configure").</summary>
    public IReadOnlyList<string> CommandNames(IReadOnlyList<string> lineage)
    {
        if (lineage.Count == 1 && lineage[0] == "aws")
            return [.. catalog.ServiceNames, .. CustomCommands.Names.Where(n => !catalog.Contains(n))];
        if (lineage.Count == 2)
        {
            if (CustomCommands.Describe(lineage[1]) is { } custom) return custom.Subcommands.Select(s => s.Name).ToArray();
            if (Service(lineage[1]) is { } service)
                return [.. HelpCommand.ServiceCommandNames(service, ServiceCommand.OperationNames(service).Keys)];
        }
        if (lineage.Count == 3 && lineage[2] == "wait" && Service(lineage[1]) is { } waitService
            && waitService.Waiters.ValueKind == System.Text.Json.JsonValueKind.Object)
            return waitService.Waiters.EnumerateObject().Select(w => CliNames.ToCliName(w.Name)).ToArray();
        return [];
    }

    /// <summary>Arguments of a command: the global options for "aws", else the command's own.</summary>
    public IReadOnlyList<ArgumentInfo> Arguments(IReadOnlyList<string> lineage, string command)
    {
        if (lineage.Count == 0 && command == "aws") return GlobalArguments;
        if (lineage.Count == 1 && CustomCommands.Describe(command) is { } custom) return Describe(custom);
        if (lineage.Count == 2 && CustomCommands.Describe(lineage[1])?.FindSubcommand(command) is { } sub) return Describe(sub);
        if (lineage.Count == 2 && Service(lineage[1]) is { } service
            && ServiceCommand.OperationNames(service).TryGetValue(command, out var operationName)
            && service.GetOperation(operationName) is { } operation)
            return ArgumentTable.Build(operation, service.Name).Arguments.Select(FromTable).ToArray();
        return [];
    }

    public ArgumentInfo? Argument(IReadOnlyList<string> lineage, string command, string name) =>
        Arguments(lineage, command).FirstOrDefault(a => a.Name == name);

    public static IReadOnlyList<ArgumentInfo> GlobalArguments { get; } = GlobalOptionDocs.All
        .Select(o => new ArgumentInfo(o.Name, o.Name == "version" || !o.TakesValue ? "boolean" : o.Type) { Choices = o.Choices })
        .ToArray();

    private ServiceModel? Service(string name)
    {
        if (!_services.TryGetValue(name, out var model))
            _services[name] = model = catalog.Contains(name) ? catalog.Load(name) : null;
        return model;
    }

    private static ArgumentInfo FromTable(CliArgument arg)
    {
        var type = arg.Kind is CliArgumentKind.Flag or CliArgumentKind.NegatedFlag or CliArgumentKind.ValueFlag
            or CliArgumentKind.NegatedValueFlag ? "boolean" : arg.TypeName;
        var nargs = arg.Kind == CliArgumentKind.List ? "+" : arg.Kind == CliArgumentKind.GenerateCliSkeleton ? "?" : null;
        var choices = arg.Choices.Count > 0 ? arg.Choices
            : arg.Shape is { Type: "string" } s ? s.Enum
            : arg.Shape is { Type: "list" } l && l.Member.Type == "string" ? l.Member.Enum : [];
        return new ArgumentInfo(arg.Name, type, arg.Required, Positional: false, nargs) { Choices = choices };
    }

    private static IReadOnlyList<ArgumentInfo> Describe(CommandDescription command) =>
        command.Arguments.Select(a => new ArgumentInfo(a.Name, a.TypeName, a.Required, a.Positional) { Choices = a.Choices }).ToArray();
}
