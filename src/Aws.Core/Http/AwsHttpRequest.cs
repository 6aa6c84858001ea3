namespace Aws.Core.Http;

/// <summary>
/// A request as the protocol layer builds it and the signer signs it: plain data, no HTTP library object.
/// Path and QueryString are already percent-encoded exactly as they go on the wire.
/// </summary>
public sealed class AwsHttpRequest
{
    public string Method { get; set; } = "POST";
    public string Scheme { get; set; } = "https";
    /// <summary>Host name, with ":port" when the port is not the scheme's default.</summary>
    public string Host { get; set; } = "";
    /// <summary>The encoded path, starting with "/".</summary>
    public string Path { get; set; } = "/";
    /// <summary>The encoded query string without the leading "?"; empty when there is none.</summary>
    public string QueryString { get; set; } = "";
    public HeaderList Headers { get; } = new();
    /// <summary>The body, when it is held in memory.</summary>
    public byte[] Body { get; set; } = [];
    /// <summary>A streamed body (uploads from files or stdin); when set, Body is ignored.</summary>
    public Stream? BodyStream { get; set; }

    public string PathAndQuery => QueryString.Length == 0 ? Path : Path + "?" + QueryString;
    public Uri Url => new($"{Scheme}://{Host}{PathAndQuery}");

    /// <summary>Points the request at an endpoint (scheme, host, port and base path) keeping the operation's path.</summary>
    public void SetEndpoint(Uri endpoint)
    {
        Scheme = endpoint.Scheme;
        Host = endpoint.IsDefaultPort ? endpoint.Host : $"{endpoint.Host}:{endpoint.Port}";
        var basePath = endpoint.AbsolutePath.TrimEnd('/');
        if (basePath.Length > 0) Path = basePath + Path;
    }
}
