using System.Text.Json;
using Aws.Core.Model;

namespace Aws.Cli.Arguments;

/// <summary>
/// The options of one operation, in the order the CLI builds them: the input members, service customizations
/// (ec2 booleans, run-instances --count, renames), the streaming outfile, --cli-input-json/yaml, pagination
/// options and --generate-cli-skeleton. Help, completion and the parser all read this table.
/// </summary>
public sealed class ArgumentTable
{
    private readonly List<CliArgument> _args;

    private ArgumentTable(OperationModel operation, string operationCliName, List<CliArgument> args, PaginationInfo? paging)
    {
        Operation = operation;
        OperationCliName = operationCliName;
        _args = args;
        Paging = paging;
    }

    public OperationModel Operation { get; }
    public string OperationCliName { get; }

    /// <summary>Every option, in table order (hidden ones included; check <see cref="CliArgument.Hidden"/>).</summary>
    public IReadOnlyList<CliArgument> Arguments => _args;

    internal PaginationInfo? Paging { get; }

    /// <summary>Options shadowed by pagination options of the same name (used again when pagination is off).</summary>
    internal Dictionary<string, CliArgument> Shadowed { get; } = new(StringComparer.Ordinal);

    public CliArgument? Find(string name) => _args.Find(a => a.Name == name);

    internal int IndexOf(string name) => _args.FindIndex(a => a.Name == name);

    public static ArgumentTable Build(OperationModel operation, string serviceName)
    {
        var opName = CliNames.ToCliName(operation.Name);
        var args = new List<CliArgument>();
        var input = operation.Input;
        if (input is not null)
        {
            foreach (var (memberName, shape) in input.Members)
            {
                var name = CliNames.ToCliName(memberName);
                var required = input.Required.Contains(memberName) && !shape.IdempotencyToken;
                switch (shape.Type)
                {
                    case "boolean":
                        args.Add(new CliArgument(name, CliArgumentKind.Flag, "boolean")
                            { MemberName = memberName, Shape = shape, Required = required, Documentation = shape.Documentation, GroupName = name });
                        args.Add(new CliArgument("no-" + name, CliArgumentKind.NegatedFlag, "boolean")
                            { MemberName = memberName, Shape = shape, Documentation = shape.Documentation, GroupName = name, Dest = name.Replace('-', '_') });
                        break;
                    case "list":
                        args.Add(new CliArgument(name, CliArgumentKind.List, "list")
                            { MemberName = memberName, Shape = shape, Required = required, Documentation = shape.Documentation });
                        break;
                    default:
                        args.Add(new CliArgument(name, CliArgumentKind.Member, shape.Type)
                            { MemberName = memberName, Shape = shape, Required = required, Documentation = shape.Documentation });
                        break;
                }
            }
        }

        var paging = PaginationInfo.For(operation);
        var table = new ArgumentTable(operation, opName, args, paging);
        ArgumentCustomizations.Apply(args, serviceName, opName);

        // Any blob payload in the output counts as streaming (botocore's has_streaming_output).
        var hasOutFile = operation.Output is { } output && output.Payload is { } payload
            && output.Members.TryGetValue(payload, out var body) && body.Type == "blob";
        if (hasOutFile)
            args.Add(new CliArgument("outfile", CliArgumentKind.OutFile, "string")
                { Required = true, Documentation = "Filename where the content will be saved" });
        else
        {
            args.Add(new CliArgument("cli-input-json", CliArgumentKind.CliInputJson, "string")
                { GroupName = "cli_input", Documentation = CliInputHelp.Json });
            args.Add(new CliArgument("cli-input-yaml", CliArgumentKind.CliInputYaml, "string")
                { GroupName = "cli_input", Documentation = CliInputHelp.Yaml });
        }
        if (paging is not null) table.AddPagingArguments(input!);
        if (!hasOutFile)
            args.Add(new CliArgument("generate-cli-skeleton", CliArgumentKind.GenerateCliSkeleton, "string")
                { Choices = ["input", "output", "yaml-input"], Documentation = CliInputHelp.Skeleton });
        return table;
    }

    private void AddPagingArguments(Shape input)
    {
        foreach (var token in Paging!.InputTokens.Append(Paging.LimitKey))
            if (token is not null && Find(CliNames.ToCliName(token)) is { } existing) existing.Hidden = true;
        Put(new CliArgument("starting-token", CliArgumentKind.StartingToken, "string") { Documentation = CliInputHelp.StartingToken });
        var limitType = "integer";
        if (Paging.LimitKey is { } limit && input.Members.TryGetValue(limit, out var limitShape))
        {
            limitType = limitShape.Type;
            Put(new CliArgument("page-size", CliArgumentKind.PageSize, limitType) { Documentation = CliInputHelp.PageSize });
        }
        Put(new CliArgument("max-items", CliArgumentKind.MaxItems, limitType) { Documentation = CliInputHelp.MaxItems });
    }

    // A pagination option replaces a member option of the same name in place (awscli "shadows" it).
    private void Put(CliArgument arg)
    {
        var i = IndexOf(arg.Name);
        if (i < 0) { _args.Add(arg); return; }
        Shadowed[arg.Name] = _args[i];
        _args[i] = arg;
    }

    /// <summary>The options with shadowed member options put back (pagination turned off); the table is unchanged.</summary>
    internal IReadOnlyList<CliArgument> WithShadowedRestored() =>
        _args.Select(a => Shadowed.TryGetValue(a.Name, out var original) ? original : a).ToList();
}

/// <summary>The paginator of an operation, when it has one the CLI uses (a result_key is required).</summary>
internal sealed class PaginationInfo
{
    public required IReadOnlyList<string> InputTokens { get; init; }
    public string? LimitKey { get; init; }

    public static PaginationInfo? For(OperationModel operation)
    {
        var all = operation.Service.Paginators;
        if (all.ValueKind != JsonValueKind.Object || !all.TryGetProperty(operation.Name, out var p)
            || p.ValueKind != JsonValueKind.Object || !p.TryGetProperty("result_key", out _)
            || !p.TryGetProperty("input_token", out var tokens))
            return null;
        var list = tokens.ValueKind == JsonValueKind.Array
            ? tokens.EnumerateArray().Select(t => t.GetString()!).ToArray()
            : [tokens.GetString()!];
        var limit = p.TryGetProperty("limit_key", out var l) && l.ValueKind == JsonValueKind.String ? l.GetString() : null;
        return new PaginationInfo { InputTokens = list, LimitKey = limit };
    }
}
