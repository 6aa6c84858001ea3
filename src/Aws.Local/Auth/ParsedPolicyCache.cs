using System.Collections.Concurrent;
using EnginePolicy = Aws.Local.Policy.Documents.PolicyDocument;

namespace Aws.Local.Auth;

/// <summary>
/// Parsed policy documents by their exact JSON text: every request is authorized against the caller's policies,
/// and parsing them each time cost more than evaluating them. Keyed by text, so a changed policy is a new entry
/// and is seen on the next request; parsed documents are immutable and shared between threads. Text that does
/// not parse is remembered too (as null). Bounded: when full it starts over, which only costs re-parsing.
/// </summary>
public sealed class ParsedPolicyCache(int capacity = 4096)
{
    private readonly ConcurrentDictionary<string, EnginePolicy?> _documents = new(StringComparer.Ordinal);

    /// <summary>The cache the host's authorizer and simulator share.</summary>
    public static ParsedPolicyCache Shared { get; } = new();

    public int Count => _documents.Count;

    /// <summary>The parsed policy, or null when the text is not a policy the engine can model.</summary>
    public EnginePolicy? Get(string json)
    {
        if (_documents.TryGetValue(json, out var cached)) return cached;
        var parsed = EnginePolicy.TryParse(json, out var document, out _) ? document : null;
        if (_documents.Count >= capacity) _documents.Clear();
        _documents[json] = parsed;
        return parsed;
    }
}
