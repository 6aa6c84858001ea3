namespace Aws.Core.Config;

/// <summary>
/// One property of a config section: a plain string, or (for indented blocks such as <c>s3 =</c>) one level of
/// nested key/value pairs.
/// </summary>
public sealed class ConfigValue
{
    private ConfigValue(string? text, OrderedDictionary<string, string>? nested)
    {
        Text = text;
        Nested = nested;
    }

    public static ConfigValue Of(string text) => new(text, null);

    public static ConfigValue OfNested(OrderedDictionary<string, string> nested) => new(null, nested);

    /// <summary>The value when it is a plain string, otherwise null.</summary>
    public string? Text { get; }

    /// <summary>The sub-properties when the value is an indented block, otherwise null.</summary>
    public OrderedDictionary<string, string>? Nested { get; }

    public bool IsNested => Nested is not null;

    public ConfigValue Clone() => Nested is null ? this : OfNested(new OrderedDictionary<string, string>(Nested));

    /// <summary>The text, or for a nested value Python's dict repr (what the CLI prints for one).</summary>
    public override string ToString() =>
        Text ?? "{" + string.Join(", ", Nested!.Select(kv => PyText.Repr(kv.Key) + ": " + PyText.Repr(kv.Value))) + "}";
}
