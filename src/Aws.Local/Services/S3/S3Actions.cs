namespace Aws.Local.Services.S3;

/// <summary>The IAM action and resource ARN each S3 operation is authorized as (AWS's documented mapping).</summary>
internal static class S3Actions
{
    public static string Action(string operation) => "s3:" + operation switch
    {
        "ListBuckets" => "ListAllMyBuckets",
        "HeadBucket" or "ListObjects" or "ListObjectsV2" => "ListBucket",
        "ListObjectVersions" => "ListBucketVersions",
        "ListMultipartUploads" => "ListBucketMultipartUploads",
        "ListParts" => "ListMultipartUploadParts",
        "HeadObject" => "GetObject",
        "CopyObject" or "CreateMultipartUpload" or "UploadPart" or "UploadPartCopy" or "CompleteMultipartUpload" => "PutObject",
        "DeleteObjects" => "DeleteObject",
        "DeleteBucketTagging" => "PutBucketTagging",
        "DeleteBucketCors" => "PutBucketCORS",
        "GetBucketCors" => "GetBucketCORS",
        "PutBucketCors" => "PutBucketCORS",
        "DeleteBucketLifecycle" or "PutBucketLifecycleConfiguration" => "PutLifecycleConfiguration",
        "GetBucketLifecycleConfiguration" => "GetLifecycleConfiguration",
        "DeleteBucketEncryption" or "PutBucketEncryption" => "PutEncryptionConfiguration",
        "GetBucketEncryption" => "GetEncryptionConfiguration",
        _ => operation,
    };

    /// <summary>arn:aws:s3:::bucket, arn:aws:s3:::bucket/key, or "*" for ListBuckets.</summary>
    public static string Resource(string? bucket, string? key) =>
        string.IsNullOrEmpty(bucket) ? "*" : key is null ? "arn:aws:s3:::" + bucket : "arn:aws:s3:::" + bucket + "/" + key;

    /// <summary>Operations on an object (their Key is part of the resource).</summary>
    public static bool IsObjectLevel(string operation) => operation is not ("ListMultipartUploads" or "DeleteObjects");
}
