using System.Text.Json.Nodes;

namespace Aws.Cli.Output;

/// <summary>--output yaml-stream: each page as a one-item YAML list, printed as it arrives, so the pages
/// of a paginated command read as one list.</summary>
internal sealed class YamlStreamOutputFormatter : IOutputFormatter
{
    public PageMode PageMode => PageMode.WholePagePerPage;

    public void Write(string operationName, JsonNode? response, TextWriter output)
    {
        // An operation without output ({}) prints nothing.
        if (response is JsonObject { Count: 0 }) return;
        WritePage(operationName, response, output);
    }

    public void WritePage(string operationName, JsonNode? page, TextWriter output)
    {
        var copy = page?.DeepClone();
        output.Write(YamlEmitter.Dump(new JsonArray(copy)));
        output.Flush();
    }

    public void Finish(string operationName, string? resumeToken, TextWriter output) { }
}
