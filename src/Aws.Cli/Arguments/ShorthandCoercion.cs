using System.Text.Json.Nodes;
using Aws.Core.Model;

namespace Aws.Cli.Arguments;

/// <summary>
/// Applies the model to a syntactically parsed shorthand value, as awscli's BackCompatVisitor does: numbers and
/// booleans are converted, a single value where a list is expected becomes a one-item list, and document types
/// are refused.
/// </summary>
public static class ShorthandCoercion
{
    private sealed class DocumentFound : Exception;

    /// <summary>Coerces <paramref name="value"/> in place; returns the (possibly replaced) root.</summary>
    public static JsonNode? Apply(JsonNode? value, Shape shape)
    {
        // The root is visited with a throwaway parent, so a root list is never wrapped (as in awscli).
        Visit(new JsonObject(), shape, "", value, null);
        return value;
    }

    private static void Visit(JsonNode parent, Shape shape, string name, JsonNode? value, int? index)
    {
        switch (shape.Type)
        {
            case "structure": VisitStructure(shape, value); break;
            case "list": VisitList(parent, shape, name, value, index); break;
            case "map":
                if (value is not JsonObject map) return;
                foreach (var key in map.Select(p => p.Key).ToArray())
                    Visit(map, shape.Value, key, map[key], null);
                break;
            default: VisitScalar(parent, shape, name, value, index); break;
        }
    }

    private static void VisitStructure(Shape shape, JsonNode? value)
    {
        if (value is not null && shape.Document) throw new DocumentFound();
        if (value is not JsonObject obj) return;
        foreach (var (memberName, memberShape) in shape.Members)
        {
            try
            {
                Visit(obj, memberShape, memberName, obj[memberName], null);
            }
            catch (DocumentFound)
            {
                throw new ShorthandException(
                    "Shorthand syntax does not support document types. Use JSON input for top-level argument to " +
                    "specify nested parameter: " + memberName);
            }
        }
    }

    private static void VisitList(JsonNode parent, Shape shape, string name, JsonNode? value, int? index)
    {
        if (value is JsonArray arr)
        {
            for (var i = 0; i < arr.Count; i++) Visit(arr, shape.Member, "", arr[i], i);
            return;
        }
        if (value is null) return;
        Set(parent, name, index, new JsonArray(value.DeepClone()));
    }

    private static void VisitScalar(JsonNode parent, Shape shape, string name, JsonNode? value, int? index)
    {
        if (value is null) return;
        switch (shape.Type)
        {
            case "integer" or "long":
            {
                var s = AsText(value, "int() argument must be a string, a bytes-like object or a real number");
                if (!PyText.TryParseInt(s, out var n)) throw CliArgumentException.General(PyText.IntError(s));
                Set(parent, name, index, JsonValue.Create(n));
                break;
            }
            case "double" or "float":
            {
                var s = AsText(value, "float() argument must be a string or a real number");
                if (!PyText.TryParseFloat(s, out var d))
                    throw CliArgumentException.General("could not convert string to float: " + PyText.Repr(s));
                Set(parent, name, index, JsonValue.Create(d));
                break;
            }
            case "boolean":
            {
                if (value is not JsonValue v || !v.TryGetValue<string>(out var s))
                    throw CliArgumentException.General($"'{PyKind(value)}' object has no attribute 'lower'");
                if (s.Equals("true", StringComparison.OrdinalIgnoreCase)) Set(parent, name, index, JsonValue.Create(true));
                else if (s.Equals("false", StringComparison.OrdinalIgnoreCase)) Set(parent, name, index, JsonValue.Create(false));
                break;
            }
        }
    }

    private static string AsText(JsonNode value, string typeError) =>
        value is JsonValue v && v.TryGetValue<string>(out var s) ? s
            : throw CliArgumentException.General($"{typeError}, not '{PyKind(value)}'");

    private static string PyKind(JsonNode value) => value is JsonArray ? "list" : value is JsonObject ? "dict" : "str";

    private static void Set(JsonNode parent, string name, int? index, JsonNode value)
    {
        if (index is int i) ((JsonArray)parent)[i] = value;
        else ((JsonObject)parent)[name] = value;
    }

    /// <summary>True for a document type, or lists/maps that only wrap document types (JSON input only).</summary>
    public static bool IsDocumentContainer(Shape shape, int depth = 0)
    {
        if (depth > 20) return false;
        if (shape.Document) return true;
        if (shape.IsList) return IsDocumentContainer(shape.Member, depth + 1);
        if (shape.IsMap) return IsDocumentContainer(shape.Value, depth + 1);
        return false;
    }
}
