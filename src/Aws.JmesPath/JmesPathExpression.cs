using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Aws.JmesPath.Evaluation;
using Aws.JmesPath.Parsing;

namespace Aws.JmesPath;

/// <summary>
/// A compiled JMESPath expression. Immutable and thread-safe: compile once, evaluate against any number of
/// documents from any number of threads.
/// </summary>
public sealed class JmesPathExpression
{
    private const int CacheLimit = 256;
    private static readonly ConcurrentDictionary<string, JmesPathExpression> Cache = new(StringComparer.Ordinal);

    private readonly Node root;

    private JmesPathExpression(string text, Node root)
    {
        Text = text;
        this.root = root;
    }

    /// <summary>The source text.</summary>
    public string Text { get; }

    /// <summary>
    /// Compiles <paramref name="expression"/> (recently compiled texts come from a small cache).
    /// Throws <see cref="JmesPathException"/> with <see cref="JmesPathErrorKind.Syntax"/> when it does not parse.
    /// </summary>
    public static JmesPathExpression Compile(string expression)
    {
        ArgumentNullException.ThrowIfNull(expression);
        if (Cache.TryGetValue(expression, out var cached)) return cached;
        var compiled = new JmesPathExpression(expression, Parser.Parse(expression));
        if (Cache.Count >= CacheLimit) Cache.Clear();
        Cache[expression] = compiled;
        return compiled;
    }

    /// <summary>
    /// Evaluates against <paramref name="data"/>, which is only read. The result is a new tree the caller owns
    /// (parts taken from the input are deep copies), or null for JSON null. Throws <see cref="JmesPathException"/>
    /// for runtime errors (invalid-type, invalid-value, invalid-arity, unknown-function).
    /// Input values built from DateTimeOffset/DateTime are strings in Python's isoformat() for comparisons and
    /// functions (as the CLI's timestamps are); returned unchanged they are copied as they are. Computed floats
    /// come back backed by Python's repr text (2.0, 1e-07) so they print as the CLI prints them.
    /// </summary>
    public JsonNode? Evaluate(JsonNode? data) => Materializer.ToNode(root.Eval(Val.FromNode(data)));

    public override string ToString() => Text;
}
