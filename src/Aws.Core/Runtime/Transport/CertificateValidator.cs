using System.Collections.Concurrent;
using System.Net.Security;
using System.Security.Cryptography.X509Certificates;

namespace Aws.Core.Runtime.Transport;

/// <summary>
/// Checks server certificates: against the system store, against a CA bundle's roots only, or not at all.
/// Remembers why a host failed, so the error can say it in OpenSSL's words as the AWS CLI does.
/// </summary>
internal sealed class CertificateValidator
{
    private readonly bool _verify;
    private readonly string? _caBundlePath;
    private readonly Lazy<(X509Certificate2Collection? Roots, Exception? Error)> _bundle;
    private readonly ConcurrentDictionary<string, string> _failures = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Set when the CA bundle could not be read; every https request then fails with it.</summary>
    public Exception? BundleError => _bundle.Value.Error;

    private X509Certificate2Collection? Roots => _bundle.Value.Roots;

    public CertificateValidator(bool verify, string? caBundlePath)
    {
        _verify = verify;
        _caBundlePath = caBundlePath;
        // Read the bundle on the first https request only: plain-http calls (local endpoints) never pay for it.
        _bundle = new(LoadBundle, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    private (X509Certificate2Collection?, Exception?) LoadBundle()
    {
        if (!_verify || _caBundlePath is null) return (null, null);
        try
        {
            var roots = new X509Certificate2Collection();
            roots.ImportFromPemFile(_caBundlePath);
            if (roots.Count == 0) throw new InvalidDataException($"no certificates in {_caBundlePath}");
            return (roots, null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.Cryptography.CryptographicException)
        {
            return (null, e);
        }
    }

    /// <summary>The detail for an error message: what was wrong with the host's certificate, if we saw it.</summary>
    public string DescribeFailure(string host, Exception? fallback)
    {
        if (BundleError is { } bundle)
            return bundle is FileNotFoundException or DirectoryNotFoundException ? "[Errno 2] No such file or directory" : bundle.Message;
        if (_failures.TryGetValue(host, out var reason)) return $"[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: {reason}";
        return fallback?.Message ?? "certificate verify failed";
    }

    public bool Validate(object sender, X509Certificate? certificate, X509Chain? chain, SslPolicyErrors errors)
    {
        if (!_verify) return true;
        var host = (sender as SslStream)?.TargetHostName ?? "";
        // OpenSSL reports an untrusted chain before a wrong name; keep that order so messages match the CLI's.
        var nameMismatch = errors.HasFlag(SslPolicyErrors.RemoteCertificateNameMismatch)
            ? $"Hostname mismatch, certificate is not valid for '{host}'." : null;
        string? reason;
        if (certificate is null) reason = "no certificate presented";
        else if (Roots is not null) reason = CheckAgainstBundle(certificate, chain) ?? nameMismatch;
        else if (errors.HasFlag(SslPolicyErrors.RemoteCertificateChainErrors)) reason = DescribeChain(chain, certificate);
        else reason = nameMismatch ?? (errors == SslPolicyErrors.None ? null : "certificate verify failed");

        if (reason is null)
        {
            _failures.TryRemove(host, out _);
            return true;
        }
        _failures[host] = reason;
        return false;
    }

    // Trust only the bundle's roots; the server's intermediates may help build the path.
    private string? CheckAgainstBundle(X509Certificate certificate, X509Chain? received)
    {
        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.AddRange(Roots!);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        if (received is not null)
            foreach (var element in received.ChainElements) chain.ChainPolicy.ExtraStore.Add(element.Certificate);
        var leaf = certificate as X509Certificate2 ?? new X509Certificate2(certificate);
        try
        {
            return chain.Build(leaf) ? null : DescribeChain(chain, certificate);
        }
        finally
        {
            if (!ReferenceEquals(leaf, certificate)) leaf.Dispose();
        }
    }

    private static string DescribeChain(X509Chain? chain, X509Certificate certificate)
    {
        var statuses = chain?.ChainStatus.Select(s => s.Status).Aggregate(X509ChainStatusFlags.NoError, (a, b) => a | b)
                       ?? X509ChainStatusFlags.NoError;
        if (statuses.HasFlag(X509ChainStatusFlags.NotTimeValid)) return "certificate has expired";
        if (statuses.HasFlag(X509ChainStatusFlags.UntrustedRoot) || statuses.HasFlag(X509ChainStatusFlags.PartialChain))
            return certificate.Subject == certificate.Issuer ? "self-signed certificate" : "unable to get local issuer certificate";
        return statuses == X509ChainStatusFlags.NoError ? "certificate verify failed" : statuses.ToString();
    }
}
