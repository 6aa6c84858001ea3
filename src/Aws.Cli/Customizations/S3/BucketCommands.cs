using System.Text.Json.Nodes;
using Aws.Cli.Errors;
using Aws.Core.Auth;

namespace Aws.Cli.Customizations.S3;

/// <summary>aws s3 mb, rb, website and presign: one call each (rb --force empties the bucket first).</summary>
public sealed class BucketCommands(S3Session session)
{
    private static readonly Dictionary<string, S3OptionKind> None = new(StringComparer.Ordinal);

    public async Task<int> MakeBucketAsync(IReadOnlyList<string> args, CancellationToken cancellation)
    {
        var path = S3Arguments.Parse(args, None, 1, 1, "path").Positionals[0];
        if (!S3Paths.IsS3(path)) throw InvalidType("<S3Uri>");
        var (bucket, _) = S3Paths.SplitBucketKey(path);
        var input = new JsonObject { ["Bucket"] = bucket };
        var region = session.Api.Client.Config.Endpoint.Region ?? session.Invocation.Setting("region");
        if (region is not null && region != "us-east-1")
            input["CreateBucketConfiguration"] = new JsonObject { ["LocationConstraint"] = region };
        try
        {
            await session.Api.CallAsync("CreateBucket", input, cancellation);
            session.Out.Write($"make_bucket: {bucket}\n");
            return 0;
        }
        catch (S3ServiceException e)
        {
            session.Out.Flush();
            session.Error.Write($"make_bucket failed: {path} {e.Message}\n");
            return 1;
        }
    }

    public async Task<int> RemoveBucketAsync(IReadOnlyList<string> args, CancellationToken cancellation)
    {
        var parsed = S3Arguments.Parse(args, new Dictionary<string, S3OptionKind> { ["force"] = S3OptionKind.Flag }, 1, 1, "path");
        var path = parsed.Positionals[0];
        if (!S3Paths.IsS3(path)) throw InvalidType("<S3Uri>");
        var (bucket, key) = S3Paths.SplitBucketKey(path);
        if (key.Length > 0)
            throw new CliException(ExitCodes.ParamValidation, $"Please specify a valid bucket name only. E.g. s3://{bucket}");
        if (parsed.Has("force"))
        {
            var rc = await new TransferCommand(session, "rm").RunAsync([path, "--recursive"], cancellation);
            if (rc != 0)
                throw new CliException(ExitCodes.General,
                    "remove_bucket failed: Unable to delete all objects in the bucket, bucket will not be deleted.");
        }
        try
        {
            await session.Api.CallAsync("DeleteBucket", new JsonObject { ["Bucket"] = bucket }, cancellation);
            session.Out.Write($"remove_bucket: {bucket}\n");
            return 0;
        }
        catch (S3ServiceException e)
        {
            session.Out.Flush();
            session.Error.Write($"remove_bucket failed: {path} {e.Message}\n");
            return 1;
        }
    }

    public async Task<int> WebsiteAsync(IReadOnlyList<string> args, CancellationToken cancellation)
    {
        var parsed = S3Arguments.Parse(args, new Dictionary<string, S3OptionKind>
        {
            ["index-document"] = S3OptionKind.Value,
            ["error-document"] = S3OptionKind.Value,
        }, 1, 1, "paths");
        var bucket = parsed.Positionals[0];
        if (S3Paths.IsS3(bucket)) bucket = bucket[S3Paths.Scheme.Length..];
        if (bucket.EndsWith('/')) bucket = bucket[..^1];
        var config = new JsonObject();
        if (parsed.Get("index-document") is { } index) config["IndexDocument"] = new JsonObject { ["Suffix"] = index };
        if (parsed.Get("error-document") is { } error) config["ErrorDocument"] = new JsonObject { ["Key"] = error };
        await session.Api.CallAsync("PutBucketWebsite", new JsonObject { ["Bucket"] = bucket, ["WebsiteConfiguration"] = config },
            cancellation);
        return 0;
    }

    public async Task<int> PresignAsync(IReadOnlyList<string> args, CancellationToken cancellation)
    {
        var parsed = S3Arguments.Parse(args, new Dictionary<string, S3OptionKind> { ["expires-in"] = S3OptionKind.Value }, 1, 1, "path");
        var (bucket, key) = S3Paths.SplitBucketKey(parsed.Positionals[0]);
        var expires = parsed.GetInt("expires-in") ?? 3600;
        var client = session.Api.Client;
        var request = client.BuildRequest(session.Api.Operation("GetObject"), new JsonObject { ["Bucket"] = bucket, ["Key"] = key });
        foreach (var name in request.Headers.Select(h => h.Key).ToList()) request.Headers.Remove(name);
        var credentials = client.Config.Credentials is { } source ? await source.GetCredentialsAsync(cancellation) : null;
        if (credentials is not null)
        {
            var endpoint = client.Config.Endpoint;
            new SigV4Signer().Presign(request, credentials, endpoint.SigningRegion ?? endpoint.Region ?? "us-east-1",
                endpoint.SigningName, session.Context.Clock.GetUtcNow(), TimeSpan.FromSeconds(expires), SigV4Options.S3Presign);
        }
        session.Out.Write($"{request.Scheme}://{request.Host}{request.Path}?{BotocoreQueryOrder(request.QueryString)}\n");
        return 0;
    }

    /// <summary>botocore emits the presigned query sorted by name, with the signature last.</summary>
    internal static string BotocoreQueryOrder(string query)
    {
        var pairs = query.Split('&', StringSplitOptions.RemoveEmptyEntries);
        var signature = pairs.Where(p => p.StartsWith("X-Amz-Signature=", StringComparison.Ordinal));
        var rest = pairs.Where(p => !p.StartsWith("X-Amz-Signature=", StringComparison.Ordinal))
            .OrderBy(p => p.Split('=')[0], StringComparer.Ordinal);
        return string.Join('&', rest.Concat(signature));
    }

    private static CliException InvalidType(string usage) =>
        new(ExitCodes.ParamValidation, $"{usage}\nError: Invalid argument type");
}
