using System.Text.Json.Nodes;

namespace Aws.Core.Protocols;

/// <summary>How parsed values are represented.</summary>
public sealed class ParseOptions
{
    public static readonly ParseOptions Default = new();

    /// <summary>
    /// Turns a parsed timestamp into its output value. Gets the parsed instant and the value as it was on
    /// the wire (a string, or a number for epoch-seconds formats). Default: the instant as DateTimeOffset.
    /// The CLI supplies its cli_timestamp_format here (iso8601 or wire).
    /// </summary>
    public Func<DateTimeOffset, JsonNode, JsonNode?> ConvertTimestamp { get; init; } = (value, _) => JsonValue.Create(value);
}
