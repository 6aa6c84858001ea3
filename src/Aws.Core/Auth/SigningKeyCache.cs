using System.Collections.Concurrent;

namespace Aws.Core.Auth;

/// <summary>
/// Derived signing keys per secret/date/region/service: four HMACs saved per request. Bounded, because a
/// server verifying many access keys would otherwise grow it without limit.
/// </summary>
public sealed class SigningKeyCache(int capacity = 256)
{
    private readonly ConcurrentDictionary<(string Secret, SigV4Scope Scope), byte[]> _keys = new();

    /// <summary>The process-wide cache the signer and verifier use by default.</summary>
    public static SigningKeyCache Shared { get; } = new();

    public int Count => _keys.Count;

    public byte[] GetKey(string secretAccessKey, SigV4Scope scope)
    {
        if (_keys.TryGetValue((secretAccessKey, scope), out var key)) return key;
        key = SigV4Crypto.DeriveSigningKey(secretAccessKey, scope);
        // Keys roll over daily, so dropping everything when full is simpler than LRU and costs little.
        if (_keys.Count >= capacity) _keys.Clear();
        _keys[(secretAccessKey, scope)] = key;
        return key;
    }
}
