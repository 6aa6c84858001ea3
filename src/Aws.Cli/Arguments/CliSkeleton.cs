using System.Text.Json.Nodes;
using Aws.Core.Model;

namespace Aws.Cli.Arguments;

/// <summary>
/// --generate-cli-skeleton: sample input (JSON or YAML) and sample output, built like botocore's
/// ArgumentGenerator (strings "" or the first enum value, numbers 0, booleans true, timestamps 1970-01-01,
/// one list item, one "KeyName" map entry, recursion cut at the second visit).
/// </summary>
public static class CliSkeleton
{
    /// <summary>What --generate-cli-skeleton [input|yaml-input] prints (with the final newline).</summary>
    public static string Render(OperationModel operation, string kind) => kind switch
    {
        "input" => Input(operation),
        "yaml-input" => YamlSkeleton.Render(operation),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "output skeletons go through the output formatter"),
    };

    public static string Input(OperationModel operation) =>
        PyJson.Dump(operation.Input is { } input ? Generate(input, input.Name, [], false, "") : new JsonObject()) + "\n";

    /// <summary>The sample response for "--generate-cli-skeleton output" (strings hold member names), to format as output.</summary>
    public static JsonObject Output(OperationModel operation) =>
        operation.Output is { } output ? (JsonObject)Generate(output, output.Name, [], true, "")! : new JsonObject();

    /// <summary>
    /// Recursion is cut on the shape's name; bundled models inline unshared shapes (no name), so an inline
    /// shape is known by its named parent plus its place in it.
    /// </summary>
    internal static string? Key(Shape child, string? parentKey, string place) =>
        child.Name ?? (parentKey is null ? null : parentKey + "#" + place);

    private static JsonNode? Generate(Shape shape, string? key, List<string?> stack, bool useMemberNames, string name)
    {
        stack.Add(key);
        try
        {
            switch (shape.Type)
            {
                case "structure":
                {
                    var obj = new JsonObject();
                    if (key is not null && stack.Count(s => s == key) > 1) return obj;
                    foreach (var (memberName, member) in shape.Members)
                        obj[memberName] = Generate(member, Key(member, key, memberName), stack, useMemberNames, memberName);
                    return obj;
                }
                case "list":
                    return new JsonArray(Generate(shape.Member, Key(shape.Member, key, "member"), stack, useMemberNames,
                        useMemberNames ? shape.Member.Name ?? "" : ""));
                case "map":
                    return new JsonObject { ["KeyName"] = Generate(shape.Value, Key(shape.Value, key, "value"), stack, useMemberNames, "") };
                case "string":
                    return useMemberNames ? name : shape.Enum.Count > 0 ? shape.Enum[0] : "";
                case "integer" or "long": return 0;
                case "float" or "double": return 0.0;
                case "boolean": return true;
                case "timestamp": return "1970-01-01T00:00:00";
                default: return null;
            }
        }
        finally { stack.RemoveAt(stack.Count - 1); }
    }
}
