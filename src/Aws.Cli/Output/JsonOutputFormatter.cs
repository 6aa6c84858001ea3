using System.Text;
using System.Text.Json.Nodes;

namespace Aws.Cli.Output;

/// <summary>--output json: the whole response, indented 4, one trailing newline; nothing for an empty response.</summary>
internal sealed class JsonOutputFormatter : IOutputFormatter
{
    public PageMode PageMode => PageMode.Merged;

    public void Write(string operationName, JsonNode? response, TextWriter output)
    {
        // Operations without output ({}) print nothing; other "empty" values ([], null, "") still print.
        if (response is JsonObject { Count: 0 }) return;
        var sb = new StringBuilder();
        PyJson.Write(sb, response, indent: 4);
        sb.Append('\n');
        output.Write(sb.ToString());
    }

    public void WritePage(string operationName, JsonNode? page, TextWriter output) => Write(operationName, page, output);

    public void Finish(string operationName, string? resumeToken, TextWriter output) { }
}
