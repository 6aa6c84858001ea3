using System.Text.Json.Nodes;
using Aws.Core.Model;
using Aws.Core.Protocols;

namespace Aws.Cli.Arguments;

/// <summary>
/// Turns one option's raw value (a word, the words of a list option, or file contents) into the parameter value,
/// as awscli's argprocess does: shorthand first where it applies, then JSON, then scalar conversion.
/// </summary>
internal static class ValueUnpacker
{
    // Operations whose list-of-one-member-structure options take bare values (--instances i-1 i-2).
    private static readonly HashSet<string> s_oldListCase = new(StringComparer.Ordinal)
    {
        "firehose.put-record-batch.records",
        "workspaces.reboot-workspaces.reboot-workspace-requests",
        "workspaces.rebuild-workspaces.rebuild-workspace-requests",
        "workspaces.terminate-workspaces.terminate-workspace-requests",
        "elb.remove-tags.tags",
        "elb.describe-instance-health.instances",
        "elb.deregister-instances-from-load-balancer.instances",
        "elb.register-instances-with-load-balancer.instances",
    };

    internal static bool IsOldListCase(string service, string operation, string argName) =>
        s_oldListCase.Contains($"{service}.{operation}.{argName}");

    /// <summary>A raw value: a string, a list of strings (list options), or bytes (fileb://).</summary>
    public static JsonNode? Unpack(CliArgument arg, object value, string service, string operation, ArgumentOptions options)
    {
        var shape = arg.Shape!;
        if (TryShorthand(arg, shape, value, service, operation, out var parsed)) return parsed;
        return UnpackValue(shape, value, arg.CliName, options);
    }

    private static bool TryShorthand(CliArgument arg, Shape shape, object value, string service, string operation, out JsonNode? parsed)
    {
        parsed = null;
        var check = value is List<string> { Count: > 0 } l ? l[0] : value;
        if (check is string s && PyText.Strip(s) is var t && (t.StartsWith('[') || t.StartsWith('{'))) return false;
        if (!SupportsShorthand(shape)) return false;
        try
        {
            if (shape.IsList && shape.Member.IsStructure && shape.Member.Members.Count == 1
                && s_oldListCase.Contains($"{service}.{operation}.{arg.Name}") && value is List<string> bare)
            {
                var key = shape.Member.Members.Keys.First();
                parsed = new JsonArray(bare.Select(v => (JsonNode)new JsonObject { [key] = v }).ToArray());
                return true;
            }
            if (shape.IsStructure && shape.Members.Count == 1 && shape.Members.TryGetValue("Value", out var vs)
                && vs.Type == "string" && value is string sv && !sv.Contains('='))
            {
                parsed = new JsonObject { ["Value"] = sv };
                return true;
            }
            if (value is List<string> items)
            {
                var arr = new JsonArray(items.Select(i => (JsonNode)ShorthandParser.Parse(i)).ToArray());
                ShorthandCoercion.Apply(arr, shape);
                parsed = arr;
            }
            else if (value is string text)
            {
                parsed = ShorthandCoercion.Apply(ShorthandParser.Parse(text), shape);
            }
            else return false;
            return true;
        }
        catch (ShorthandException e)
        {
            throw CliArgumentException.Param(arg.CliName, e.Message);
        }
    }

    /// <summary>Shorthand applies to structures, maps and lists of those, never to document types.</summary>
    public static bool SupportsShorthand(Shape shape)
    {
        if (ShorthandCoercion.IsDocumentContainer(shape)) return false;
        if (!(shape.IsStructure || shape.IsList || shape.IsMap)) return false;
        return !shape.IsList || shape.Member.IsStructure || shape.Member.IsList || shape.Member.IsMap;
    }

    private static JsonNode? UnpackValue(Shape shape, object value, string cliName, ArgumentOptions options)
    {
        if ((shape.JsonValue && shape.Location == "header" && shape.Type == "string") || shape.Document)
            return Json(Text(value), cliName);
        if (shape.IsStructure || shape.IsMap)
        {
            var text = Text(value);
            if (PyText.LStrip(text).StartsWith('{')) return Json(text, cliName);
            throw CliArgumentException.Param(cliName, "Invalid JSON:\n" + text);
        }
        if (shape.IsList)
        {
            if (value is string s && PyText.LStrip(s).StartsWith('[')) return Json(s, cliName);
            if (value is List<string> { Count: 1 } one && PyText.Strip(one[0]).StartsWith('[')) return Json(one[0], cliName);
            // A string (from a file) is iterated character by character, as Python does.
            IEnumerable<string> items = value switch
            {
                List<string> list => list,
                string str => str.Select(c => c.ToString()),
                _ => [],
            };
            var arr = new JsonArray();
            var first = (value as List<string>)?.FirstOrDefault() ?? value as string ?? "";
            foreach (var item in items)
            {
                try { arr.Add(UnpackValue(shape.Member, item, cliName, options)); }
                catch (CliArgumentException e) when (e.Kind == CliErrorKind.General)
                {
                    // awscli reports list item conversion errors with the first raw item only.
                    throw CliArgumentException.Param(cliName, first);
                }
            }
            return arr;
        }
        return Scalar(shape, value, cliName, options);
    }

    public static JsonNode? Scalar(Shape shape, object value, string cliName, ArgumentOptions options)
    {
        if (value is byte[] bytes)
            return shape.Type is "integer" or "long" or "float" or "double"
                ? Scalar(shape, System.Text.Encoding.UTF8.GetString(bytes), cliName, options)
                : BlobValue.Create(bytes);
        var s = value as string ?? value.ToString()!;
        switch (shape.Type)
        {
            case "integer" or "long":
                if (value is long l) return JsonValue.Create(l);
                return PyText.TryParseInt(s, out var n) ? JsonValue.Create(n) : throw CliArgumentException.General(PyText.IntError(s));
            case "float" or "double":
                if (value is double dv) return JsonValue.Create(dv);
                return PyText.TryParseFloat(s, out var d) ? JsonValue.Create(d)
                    : throw CliArgumentException.General("could not convert string to float: " + PyText.Repr(s));
            case "blob" when shape.Streaming:
            {
                var path = ParamFile.ExpandUser(ParamFile.ExpandVars(s, options), options);
                var full = Path.IsPathRooted(path) ? path : Path.Combine(options.CurrentDirectory, path);
                if (!File.Exists(full)) throw CliArgumentException.Param(cliName, "Blob values must be a path to a file.");
                return BlobValue.Create(File.ReadAllBytes(full));
            }
            case "boolean":
                return JsonValue.Create(!s.Equals("false", StringComparison.OrdinalIgnoreCase) && s.Length > 0);
            default:
                return JsonValue.Create(s);
        }
    }

    private static string Text(object value) => value switch
    {
        string s => s,
        List<string> l => l.Count > 0 ? l[0] : "",
        byte[] b => System.Text.Encoding.UTF8.GetString(b),
        _ => value.ToString() ?? "",
    };

    private static JsonNode? Json(string text, string cliName)
    {
        try { return PyJson.Parse(text); }
        catch (PyJsonException e)
        {
            throw CliArgumentException.Param(cliName, $"Invalid JSON: {e.Message}\nJSON received: {text}");
        }
    }
}
