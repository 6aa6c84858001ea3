namespace Aws.Local.Host;

/// <summary>Facts about the connection a request came on (aws:SourceIp, aws:SecureTransport).</summary>
public sealed record LocalRequestInfo(string? SourceIp, bool IsSecure)
{
    public static LocalRequestInfo InProcess { get; } = new("127.0.0.1", false);
}
