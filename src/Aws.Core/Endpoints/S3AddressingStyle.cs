namespace Aws.Core.Endpoints;

/// <summary>The s3 <c>addressing_style</c> setting.</summary>
public enum S3AddressingStyle
{
    /// <summary>Virtual-hosted when the bucket allows it, except path-style for custom endpoints (CLI v2).</summary>
    Auto,
    Virtual,
    Path,
}
