using System.Text.Json.Nodes;

namespace Aws.Cli.Output;

/// <summary>Prints an operation's response in one of the CLI's output formats (json, text, table, yaml, yaml-stream).</summary>
/// <remarks>
/// Callers hand over the response already prepared for output: ResponseMetadata removed (unless the response
/// carries an "Errors" key) and any --query applied. The formatter prints exactly what it is given.
/// </remarks>
public interface IOutputFormatter
{
    /// <summary>How this format wants a paginated command's pages (see <see cref="PageMode"/>).</summary>
    PageMode PageMode { get; }

    /// <summary>Prints a whole response: a single call's result, or the merged result of a paginated command.</summary>
    /// <param name="operationName">The model's operation name (e.g. "DescribeInstances"); the table title.</param>
    void Write(string operationName, JsonNode? response, TextWriter output);

    /// <summary>Prints one page of a paginated command as soon as it arrives (text and yaml-stream).
    /// Formats in <see cref="PageMode.Merged"/> treat a page like a whole response.</summary>
    void WritePage(string operationName, JsonNode? page, TextWriter output);

    /// <summary>Ends a paginated command. Text prints "NEXTTOKEN\t&lt;token&gt;" when --max-items cut the
    /// listing short (resumeToken not null); the other formats print nothing here.</summary>
    void Finish(string operationName, string? resumeToken, TextWriter output);
}
