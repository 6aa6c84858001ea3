using System.Text.Json.Nodes;

namespace Aws.Cli.Arguments;

/// <summary>The result of reading an operation's words.</summary>
public sealed class ParsedArguments
{
    /// <summary>The operation's input parameters (model member names; blobs are <c>BlobValue</c> bytes).</summary>
    public JsonObject Parameters { get; init; } = [];

    /// <summary>The words were just "help": show the operation's help instead of calling it.</summary>
    public bool HelpRequested { get; init; }

    /// <summary>"input", "yaml-input" or "output" when --generate-cli-skeleton was given.</summary>
    public string? GenerateSkeleton { get; init; }

    /// <summary>The positional output file of operations with a streaming body.</summary>
    public string? OutFile { get; init; }

    /// <summary>Values of customization options (<c>CliArgumentKind.CliOnly</c>) by option name.</summary>
    public IReadOnlyDictionary<string, string?> CliOptions { get; init; } = new Dictionary<string, string?>();

    /// <summary>The CLI's own pagination options, and whether automatic pagination stays on.</summary>
    public PaginationArguments Pagination { get; init; } = new();
}

public sealed class PaginationArguments
{
    /// <summary>False when --no-paginate was given or the user passed the operation's own token/limit options.</summary>
    public bool Enabled { get; init; }
    public string? StartingToken { get; init; }
    /// <summary>long, or string when the paginator's limit key is a string.</summary>
    public JsonNode? PageSize { get; init; }
    public JsonNode? MaxItems { get; init; }
}
