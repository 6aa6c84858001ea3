using System.Text.Json.Nodes;
using Aws.Local.Storage;

namespace Aws.Local.Services.S3;

public sealed partial class S3Service
{
    private S3Result ListBuckets(S3Call call)
    {
        var account = call.Principal.AccountId;
        var buckets = new JsonArray();
        foreach (var name in Storage.BucketNames())
            if (Storage.Bucket(name) is { } b && b.Str("Owner") == account)
                buckets.Add((JsonNode)new JsonObject { ["Name"] = name, ["CreationDate"] = b.Str("CreationDate") });
        return new S3Result(new JsonObject { ["Buckets"] = buckets, ["Owner"] = Owner(account) });
    }

    private S3Result CreateBucket(S3Call call)
    {
        var name = call.Bucket;
        if (!S3Names.IsValidBucketName(name))
            throw new S3Exception("InvalidBucketName", "The specified bucket is not valid.", 400, ("BucketName", name));
        var region = call.Context.Region is "aws-global" or "" ? "us-east-1" : call.Context.Region;
        var constraint = call.Input["CreateBucketConfiguration"]?["LocationConstraint"]?.GetValue<string>();
        if (constraint == "us-east-1")
            throw new S3Exception("InvalidLocationConstraint", "The specified location-constraint is not valid", 400, ("LocationConstraint", constraint));
        if (constraint is null && region != "us-east-1")
            throw new S3Exception("IllegalLocationConstraintException",
                "The unspecified location constraint is incompatible for the region specific endpoint this request was sent to.");
        if (constraint is not null && region != "us-east-1" && constraint != region)
            throw new S3Exception("IllegalLocationConstraintException",
                $"The {constraint} location constraint is incompatible for the region specific endpoint this request was sent to.");
        var bucketRegion = constraint ?? "us-east-1";
        var account = call.Principal.AccountId;
        var meta = new JsonObject
        {
            ["Name"] = name, ["Owner"] = account, ["Region"] = bucketRegion, ["CreationDate"] = Timestamp(call.Now),
        };
        if (Storage.TryCreateBucket(name, meta) is { } existing)
        {
            if (existing.Str("Owner") != account)
                throw new S3Exception("BucketAlreadyExists",
                    "The requested bucket name is not available. The bucket namespace is shared by all users of the system. Please select a different name and try again.",
                    409, ("BucketName", name));
            // us-east-1 keeps the legacy answer: creating a bucket you own there succeeds again.
            if (existing.Str("Region") != "us-east-1" || bucketRegion != "us-east-1")
                throw new S3Exception("BucketAlreadyOwnedByYou", "Your previous request to create the named bucket succeeded and you already own it.",
                    409, ("BucketName", name));
        }
        return new S3Result(new JsonObject { ["Location"] = bucketRegion == "us-east-1" ? "/" + name : $"http://{name}.s3.amazonaws.com/" });
    }

    private S3Result DeleteBucket(S3Call call)
    {
        RequireBucket(call);
        if (Storage.Index(call.Bucket).Snapshot().Count > 0)
            throw new S3Exception("BucketNotEmpty", "The bucket you tried to delete is not empty", 409, ("BucketName", call.Bucket));
        Storage.DeleteBucket(call.Bucket);
        return S3Result.Empty;
    }

    private S3Result HeadBucket(S3Call call)
    {
        var bucket = RequireBucket(call);
        return new S3Result(new JsonObject { ["BucketRegion"] = bucket.Str("Region") });
    }

    private S3Result GetBucketLocation(S3Call call)
    {
        var region = RequireBucket(call).Str("Region");
        return new S3Result(new JsonObject { ["LocationConstraint"] = region == "us-east-1" ? null : region });
    }

    private S3Result PutBucketPolicy(S3Call call)
    {
        var bucket = RequireBucket(call);
        var text = call.Str("Policy") ?? "";
        if (!text.TrimStart().StartsWith('{'))
            throw new S3Exception("MalformedPolicy", "Policies must be valid JSON and the first byte must be '{'");
        if (!Policy.Documents.PolicyDocument.TryParse(text, out _, out var error))
            throw new S3Exception("MalformedPolicy", error ?? "Policy has invalid resource");
        bucket["Policy"] = text;
        Storage.SaveBucket(call.Bucket, bucket);
        return S3Result.Empty;
    }

    private S3Result PutBucketConfig(S3Call call, string member, string field)
    {
        var bucket = RequireBucket(call);
        bucket[field] = call.Input[member]?.DeepClone();
        Storage.SaveBucket(call.Bucket, bucket);
        return S3Result.Empty;
    }

    private S3Result GetBucketConfig(S3Call call, string field, string member, string code, string message)
    {
        var bucket = RequireBucket(call);
        var value = bucket[field] ?? throw new S3Exception(code, message, 404, ("BucketName", call.Bucket));
        return new S3Result(new JsonObject { [member] = value.DeepClone() });
    }

    private S3Result GetBucketConfigObject(S3Call call, string field, string code, string message)
    {
        var bucket = RequireBucket(call);
        if (bucket[field] is not JsonObject value) throw new S3Exception(code, message, 404, ("BucketName", call.Bucket));
        return new S3Result((JsonObject)value.DeepClone());
    }

    private S3Result DeleteBucketConfig(S3Call call, string field)
    {
        var bucket = RequireBucket(call);
        if (bucket.Remove(field)) Storage.SaveBucket(call.Bucket, bucket);
        return S3Result.Empty;
    }
}
