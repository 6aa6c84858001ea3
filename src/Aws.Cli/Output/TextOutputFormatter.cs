using System.Text;
using System.Text.Json.Nodes;

namespace Aws.Cli.Output;

/// <summary>--output text: tab-separated rows. A dict prints its scalar values (sorted by key) on one row,
/// prefixed by the upper-cased key it sits under, then its containers in key order; lists of dicts share the
/// union of their scalar keys as columns.</summary>
internal sealed class TextOutputFormatter : IOutputFormatter
{
    public PageMode PageMode => PageMode.ResultKeysPerPage;

    public void Write(string operationName, JsonNode? response, TextWriter output)
    {
        var sb = new StringBuilder();
        Format(sb, response, identifier: null, scalarKeys: null);
        output.Write(sb.ToString());
    }

    public void WritePage(string operationName, JsonNode? page, TextWriter output) => Write(operationName, page, output);

    public void Finish(string operationName, string? resumeToken, TextWriter output)
    {
        if (resumeToken is null) return;
        Write(operationName, new JsonObject { ["NextToken"] = new JsonObject { ["NextToken"] = resumeToken } }, output);
    }

    private static void Format(StringBuilder sb, JsonNode? item, string? identifier, List<string>? scalarKeys)
    {
        switch (item)
        {
            case JsonObject obj: FormatDict(sb, obj, identifier, scalarKeys); break;
            case JsonArray arr: FormatList(sb, arr, identifier); break;
            default: sb.Append(PyValue.Str(item)).Append('\n'); break;
        }
    }

    private static void FormatList(StringBuilder sb, JsonArray list, string? identifier)
    {
        if (list.Count == 0) return;
        if (list.Any(e => e is JsonObject))
        {
            var keys = AllScalarKeys(list);
            foreach (var element in list) Format(sb, element, identifier, keys);
        }
        else if (list.Any(e => e is JsonArray))
        {
            var scalars = list.Where(PyValue.IsScalar).ToList();
            if (scalars.Count > 0) FormatScalarList(sb, scalars, identifier);
            foreach (var nonScalar in list.Where(e => !PyValue.IsScalar(e))) Format(sb, nonScalar, identifier, null);
        }
        else
        {
            FormatScalarList(sb, list, identifier);
        }
    }

    private static void FormatScalarList(StringBuilder sb, IEnumerable<JsonNode?> elements, string? identifier)
    {
        if (identifier is not null)
        {
            var upper = Upper(identifier);
            foreach (var e in elements) sb.Append(upper).Append('\t').Append(PyValue.Str(e)).Append('\n');
        }
        else
        {
            sb.AppendJoin('\t', elements.Select(PyValue.Str)).Append('\n');
        }
    }

    private static void FormatDict(StringBuilder sb, JsonObject dict, string? identifier, List<string>? scalarKeys)
    {
        var scalars = new List<string>();
        var nonScalars = new List<KeyValuePair<string, JsonNode?>>();
        if (scalarKeys is null)
        {
            foreach (var pair in dict.OrderBy(p => p.Key, TextWidth.CodePointOrder))
            {
                if (PyValue.IsScalar(pair.Value)) scalars.Add(PyValue.Str(pair.Value));
                else nonScalars.Add(pair);
            }
        }
        else
        {
            foreach (var key in scalarKeys)
                scalars.Add(dict.TryGetPropertyValue(key, out var v) ? PyValue.Str(v) : "");
            var shared = new HashSet<string>(scalarKeys, StringComparer.Ordinal);
            foreach (var pair in dict.Where(p => !shared.Contains(p.Key)).OrderBy(p => p.Key, TextWidth.CodePointOrder))
                nonScalars.Add(pair);
        }
        if (scalars.Count > 0)
        {
            if (identifier is not null) scalars.Insert(0, Upper(identifier));
            sb.AppendJoin('\t', scalars).Append('\n');
        }
        foreach (var (key, value) in nonScalars) Format(sb, value, key, null);
    }

    private static List<string> AllScalarKeys(JsonArray listOfDicts)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var element in listOfDicts)
        {
            if (element is not JsonObject dict) continue;
            foreach (var (key, value) in dict)
                if (PyValue.IsScalar(value)) seen.Add(key);
        }
        var keys = seen.ToList();
        keys.Sort(TextWidth.CodePointOrder);
        return keys;
    }

    // Python's str.upper() maps ß to SS; .NET's invariant upper-casing leaves it alone.
    private static string Upper(string s) => s.ToUpperInvariant().Replace("ß", "SS", StringComparison.Ordinal);
}
