namespace Aws.Cli.Output;

/// <summary>Creates the formatter for an --output value.</summary>
public static class OutputFormatters
{
    /// <summary>The accepted --output values, in the CLI's order.</summary>
    public static IReadOnlyList<string> Names { get; } = ["json", "text", "table", "yaml", "yaml-stream"];

    /// <exception cref="ArgumentException">Unknown format; the message is the CLI's own.</exception>
    public static IOutputFormatter Create(string format, OutputOptions options) => format switch
    {
        "json" => new JsonOutputFormatter(),
        "text" => new TextOutputFormatter(),
        "table" => new TableOutputFormatter(options),
        "yaml" => new YamlOutputFormatter(),
        "yaml-stream" => new YamlStreamOutputFormatter(),
        _ => throw new ArgumentException("Unknown output type: " + format),
    };
}
