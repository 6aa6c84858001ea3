namespace Aws.Local.Services.S3;

/// <summary>An S3 error: code, message, HTTP status and the extra elements S3 puts in &lt;Error&gt; (Key, BucketName, ...).</summary>
public sealed class S3Exception(string code, string message, int statusCode = 400, params (string Name, string Value)[] fields)
    : Exception(message)
{
    public string Code { get; } = code;
    public int StatusCode { get; } = statusCode;
    public IReadOnlyList<(string Name, string Value)> Fields { get; } = fields;
    /// <summary>Headers the error response carries (a 304 keeps ETag and Last-Modified).</summary>
    public List<KeyValuePair<string, string>> Headers { get; } = [];

    public static S3Exception NoSuchBucket(string bucket) =>
        new("NoSuchBucket", "The specified bucket does not exist", 404, ("BucketName", bucket));
    public static S3Exception NoSuchKey(string key) => new("NoSuchKey", "The specified key does not exist.", 404, ("Key", key));
    public static S3Exception NoSuchUpload(string uploadId) =>
        new("NoSuchUpload", "The specified upload does not exist. The upload ID may be invalid, or the upload may have been aborted or completed.", 404, ("UploadId", uploadId));
    public static S3Exception AccessDenied(string message = "Access Denied") => new("AccessDenied", message, 403);
    public static S3Exception InvalidArgument(string message, string name, string value) =>
        new("InvalidArgument", message, 400, ("ArgumentName", name), ("ArgumentValue", value));
    public static S3Exception InvalidRequest(string message) => new("InvalidRequest", message);
    public static S3Exception MalformedXml() =>
        new("MalformedXML", "The XML you provided was not well-formed or did not validate against our published schema");
}
