using System.Text;
using System.Text.Json.Nodes;

namespace Aws.Cli.Output;

/// <summary>--output table: a dict becomes a section whose header row is its scalar keys (sorted), nested
/// containers become indented sub-sections titled by their key; a list of dicts becomes one row per dict.</summary>
internal sealed class TableOutputFormatter(OutputOptions options) : IOutputFormatter
{
    public PageMode PageMode => PageMode.Merged;

    public void Write(string operationName, JsonNode? response, TextWriter output)
    {
        var table = new MultiTable(new TableStyler(options.Color), options.TerminalWidth);
        if (!Build(table, operationName, response, 0)) return;
        var sb = new StringBuilder();
        table.Render(sb);
        output.Write(sb.ToString());
    }

    public void WritePage(string operationName, JsonNode? page, TextWriter output) => Write(operationName, page, output);

    public void Finish(string operationName, string? resumeToken, TextWriter output) { }

    private static bool Build(MultiTable table, string? title, JsonNode? current, int indentLevel)
    {
        if (IsFalsy(current)) return false;
        if (title is not null) table.NewSection(title, indentLevel);
        if (current is JsonArray list)
        {
            if (list[0] is JsonObject) BuildFromList(table, list, indentLevel, title);
            else
            {
                foreach (var item in list)
                {
                    if (PyValue.IsScalar(item)) table.AddRow([PyValue.Str(item)]);
                    // A dict among scalars iterates as its keys, as in the CLI.
                    else if (item is JsonObject d) table.AddRow(d.Select(p => p.Key).ToList());
                    else if (item is JsonArray inner && inner.All(PyValue.IsScalar)) table.AddRow(inner.Select(PyValue.Str).ToList());
                    else Build(table, null, item, 0);
                }
            }
        }
        if (current is JsonObject dict) BuildFromDict(table, dict, indentLevel);
        return true;
    }

    private static void BuildFromDict(MultiTable table, JsonObject current, int indentLevel)
    {
        var (headers, more) = GroupScalarKeys(current);
        if (headers.Count == 1) table.AddRow([headers[0], PyValue.Str(current[headers[0]])]);
        else if (headers.Count > 0)
        {
            table.AddRowHeader(headers);
            table.AddRow(headers.Select(k => PyValue.Str(current[k])).ToList());
        }
        foreach (var key in more) Build(table, key, current[key], indentLevel + 1);
    }

    private static void BuildFromList(MultiTable table, JsonArray current, int indentLevel, string? title)
    {
        var headerSet = new HashSet<string>(StringComparer.Ordinal);
        var moreSet = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in current.OfType<JsonObject>())
        {
            var (h, m) = GroupScalarKeys(item);
            headerSet.UnionWith(h);
            moreSet.UnionWith(m);
        }
        var headers = Sorted(headerSet);
        var more = Sorted(moreSet);
        table.AddRowHeader(headers);
        var first = true;
        foreach (var element in current)
        {
            var obj = element as JsonObject ?? [];
            if (!first && more.Count > 0)
            {
                table.NewSection(title ?? "", indentLevel);
                table.AddRowHeader(headers);
            }
            first = false;
            table.AddRow(headers.Select(h => obj.TryGetPropertyValue(h, out var v) ? PyValue.Str(v) : "").ToList());
            foreach (var key in more)
                if (obj.TryGetPropertyValue(key, out var value)) Build(table, key, value, indentLevel + 1);
        }
    }

    private static (List<string> Headers, List<string> More) GroupScalarKeys(JsonObject current)
    {
        var headers = new List<string>();
        var more = new List<string>();
        foreach (var (key, value) in current) (PyValue.IsScalar(value) ? headers : more).Add(key);
        headers.Sort(TextWidth.CodePointOrder);
        more.Sort(TextWidth.CodePointOrder);
        return (headers, more);
    }

    private static List<string> Sorted(IEnumerable<string> keys)
    {
        var list = keys.ToList();
        list.Sort(TextWidth.CodePointOrder);
        return list;
    }

    /// <summary>Python truthiness: None, False, 0, 0.0, "", [] and {} are false.</summary>
    private static bool IsFalsy(JsonNode? node) => node switch
    {
        null => true,
        JsonObject o => o.Count == 0,
        JsonArray a => a.Count == 0,
        JsonValue v => PyValue.Kind(v) switch
        {
            PyKind.None => true,
            PyKind.Bool => !PyValue.BoolValue(v),
            PyKind.Int => PyValue.IntText(v) == "0",
            PyKind.Float => PyValue.FloatValue(v) == 0,
            PyKind.Str => PyValue.StringValue(v).Length == 0,
            _ => false,
        },
        _ => false,
    };
}
