namespace Aws.Core.Endpoints;

/// <summary>
/// Places an S3 bucket in a resolved S3 endpoint: virtual-hosted (<c>{bucket}.s3.{region}.amazonaws.com</c>) for
/// DNS-compatible names, path-style (<c>s3.{region}.amazonaws.com/{bucket}</c>) otherwise, with S3 Accelerate
/// taken from <see cref="EndpointOptions.S3Accelerate"/> of the endpoint's options.
/// </summary>
public static class S3Addressing
{
    /// <summary>
    /// Applies the CLI's <c>addressing_style</c>: see <see cref="ForcePathStyle"/>, then <see cref="ApplyRules"/>.
    /// </summary>
    public static S3Address Apply(ResolvedEndpoint endpoint, string bucket, S3AddressingStyle style, string? operationName = null) =>
        ApplyRules(endpoint, bucket, ForcePathStyle(style, endpoint.IsCustomEndpoint, endpoint.Options.S3Accelerate, operationName));

    /// <summary>
    /// CLI v2's <c>AWS::S3::ForcePathStyle</c>: GetBucketLocation always uses path-style (it may not know the bucket's
    /// region); accelerate never does; with a custom endpoint only <c>virtual</c> avoids path-style; otherwise only
    /// <c>path</c> forces it.
    /// </summary>
    public static bool ForcePathStyle(S3AddressingStyle style, bool customEndpoint, bool accelerate, string? operationName = null)
    {
        if (operationName == "GetBucketLocation") return true;
        if (accelerate) return false;
        return customEndpoint ? style != S3AddressingStyle.Virtual : style == S3AddressingStyle.Path;
    }

    /// <summary>The S3 endpoint rules for a plain (non-ARN, non-Express) bucket name.</summary>
    public static S3Address ApplyRules(ResolvedEndpoint endpoint, string bucket, bool forcePathStyle)
    {
        var options = endpoint.Options;
        var virtualHostable = !forcePathStyle && HostLabel.IsVirtualHostableS3Bucket(bucket, false);
        if (endpoint.IsCustomEndpoint)
        {
            var url = EndpointUrl.TryParse(endpoint.Url)
                ?? throw new EndpointResolutionException($"Custom endpoint `{endpoint.Url}` was not a valid URI");
            // Over plain http a dotted bucket name still makes a valid host (no certificate to match).
            var virtualHosted = virtualHostable && !url.IsIp
                || !forcePathStyle && url.Scheme == "http" && !virtualHostable && HostLabel.IsVirtualHostableS3Bucket(bucket, true);
            if (virtualHosted) return S3Address.From($"{url.Scheme}://{bucket}.{url.Authority}{url.Path}", true);
            var pathBucket = virtualHostable ? bucket : Uri.EscapeDataString(bucket);
            return S3Address.From($"{url.Scheme}://{url.Authority}{url.NormalizedPath}{pathBucket}", false);
        }

        var region = endpoint.Region ?? "";
        var partition = endpoint.Partition;
        if (virtualHostable)
        {
            if (options.S3Accelerate && partition.Id == "aws-cn")
                throw new EndpointResolutionException("S3 Accelerate cannot be used in this region");
            var host = (options.S3Accelerate, options.UseDualStack) switch
            {
                // The rule set keeps us-east-1 in the aws-global accelerate dual-stack host.
                (true, true) when region == "aws-global" => $"s3-accelerate.dualstack.us-east-1.{partition.DnsSuffix}",
                (true, true) => $"s3-accelerate.dualstack.{partition.DnsSuffix}",
                (true, false) => $"s3-accelerate.{partition.DnsSuffix}",
                _ => S3Address.From(endpoint.Url, false).Host,
            };
            return S3Address.From($"https://{bucket}.{host}", true);
        }
        if (options.S3Accelerate) throw new EndpointResolutionException("Path-style addressing cannot be used with S3 Accelerate");
        return S3Address.From($"{endpoint.Url}/{Uri.EscapeDataString(bucket)}", false);
    }
}
