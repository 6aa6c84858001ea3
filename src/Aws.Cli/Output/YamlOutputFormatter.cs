using System.Text;
using System.Text.Json.Nodes;

namespace Aws.Cli.Output;

/// <summary>--output yaml: one YAML document for the whole response; nothing for an empty response.</summary>
internal sealed class YamlOutputFormatter : IOutputFormatter
{
    public PageMode PageMode => PageMode.Merged;

    public void Write(string operationName, JsonNode? response, TextWriter output)
    {
        if (response is JsonObject { Count: 0 }) return;
        output.Write(Dump(response));
    }

    public void WritePage(string operationName, JsonNode? page, TextWriter output) => Write(operationName, page, output);

    public void Finish(string operationName, string? resumeToken, TextWriter output) { }

    /// <summary>Dicts and lists as YAML; a bare scalar (e.g. from --query) as one line of JSON, which the CLI
    /// prefers over YAML's "..." document end marker.</summary>
    internal static string Dump(JsonNode? value)
    {
        if (value is JsonObject or JsonArray) return YamlEmitter.Dump(value);
        var sb = new StringBuilder();
        PyJson.Write(sb, value, indent: null);
        return sb.Append('\n').ToString();
    }
}
