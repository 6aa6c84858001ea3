using System.Diagnostics;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Aws.EndToEnd.Tests.Infrastructure;

namespace Aws.EndToEnd.Tests.Local;

/// <summary>
/// S3 in the local cloud: the real AWS CLI v2 (`s3` and `s3api`) and boto3 against `aws local serve`, and our
/// published aws through the in-process `local` profile.
/// </summary>
public sealed class LocalCloudS3Tests : IDisposable
{
    private readonly string _home = Directory.CreateTempSubdirectory("aws-sharp-s3local-").FullName;
    private LocalServe? _server;

    public void Dispose()
    {
        _server?.Dispose();
        Directory.Delete(_home, recursive: true);
    }

    private LocalServe Server => _server ??= LocalServe.Start(_home);

    private CliResult Real(params string[] args)
    {
        if (Cli.Real is null) Assert.Skip(Cli.RealMissing);
        var server = Server;
        return Cli.Real!.Run([.. args, "--endpoint-url", server.Endpoint], new Dictionary<string, string?>
        {
            ["HOME"] = _home, ["AWS_ACCESS_KEY_ID"] = server.AdminKey, ["AWS_SECRET_ACCESS_KEY"] = server.AdminSecret,
            ["AWS_DEFAULT_REGION"] = "us-east-1",
        }, workingDirectory: _home, timeoutMs: 120_000);
    }

    private string RealOk(params string[] args)
    {
        var result = Real(args);
        Assert.True(result.ExitCode == 0, result.ToString());
        return result.Stdout;
    }

    [Fact]
    public void Real_cli_s3_commands_round_trip_files()
    {
        var src = Directory.CreateDirectory(Path.Combine(_home, "src")).FullName;
        File.WriteAllText(Path.Combine(src, "a.txt"), "alpha");
        Directory.CreateDirectory(Path.Combine(src, "sub"));
        File.WriteAllText(Path.Combine(src, "sub", "b.txt"), "beta");
        var big = RandomNumberGenerator.GetBytes(20 * 1024 * 1024); // above the 8 MiB multipart threshold
        File.WriteAllBytes(Path.Combine(_home, "big.bin"), big);

        Assert.Equal("make_bucket: e2e-bucket\n", RealOk("s3", "mb", "s3://e2e-bucket"));
        var sync = RealOk("s3", "sync", src, "s3://e2e-bucket/tree", "--no-progress");
        Assert.Contains("upload: src/sub/b.txt to s3://e2e-bucket/tree/sub/b.txt", sync, StringComparison.Ordinal);
        RealOk("s3", "cp", "big.bin", "s3://e2e-bucket/big.bin", "--no-progress");

        var ls = RealOk("s3", "ls", "s3://e2e-bucket/");
        Assert.Contains("PRE tree/", ls, StringComparison.Ordinal);
        Assert.Contains($"{big.Length} big.bin", ls, StringComparison.Ordinal);
        var recursive = RealOk("s3", "ls", "s3://e2e-bucket", "--recursive");
        Assert.Contains("tree/sub/b.txt", recursive, StringComparison.Ordinal);

        RealOk("s3", "cp", "s3://e2e-bucket/big.bin", "down.bin", "--no-progress");
        Assert.Equal(big, File.ReadAllBytes(Path.Combine(_home, "down.bin")));
        Assert.Equal("alpha", RealOk("s3", "cp", "s3://e2e-bucket/tree/a.txt", "-"));
        var head = JsonNode.Parse(RealOk("s3api", "head-object", "--bucket", "e2e-bucket", "--key", "big.bin"))!;
        Assert.EndsWith("-3\"", head["ETag"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(big.Length, head["ContentLength"]!.GetValue<long>());

        // A second sync has nothing to do.
        Assert.Equal("", RealOk("s3", "sync", src, "s3://e2e-bucket/tree", "--no-progress"));
        var missing = Real("s3api", "get-object", "--bucket", "e2e-bucket", "--key", "nope", "out");
        Assert.Equal(254, missing.ExitCode);
        Assert.Contains("An error occurred (NoSuchKey) when calling the GetObject operation: The specified key does not exist.", missing.Stderr, StringComparison.Ordinal);

        var rb = Real("s3", "rb", "s3://e2e-bucket");
        Assert.Contains("BucketNotEmpty", rb.Stderr, StringComparison.Ordinal);
        var rm = RealOk("s3", "rm", "s3://e2e-bucket", "--recursive");
        Assert.Contains("delete: s3://e2e-bucket/big.bin", rm, StringComparison.Ordinal);
        Assert.Equal("remove_bucket: e2e-bucket\n", RealOk("s3", "rb", "s3://e2e-bucket"));
        Assert.DoesNotContain("e2e-bucket", RealOk("s3", "ls"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Real_cli_presign_and_bucket_policy()
    {
        RealOk("s3", "mb", "s3://shared-bucket");
        File.WriteAllText(Path.Combine(_home, "note.txt"), "presigned content");
        RealOk("s3", "cp", "note.txt", "s3://shared-bucket/note.txt");
        var url = RealOk("s3", "presign", "s3://shared-bucket/note.txt", "--expires-in", "60").Trim();
        using (var http = new HttpClient())
            Assert.Equal("presigned content", await http.GetStringAsync(url, TestContext.Current.CancellationToken));

        var policy = """{"Version":"2012-10-17","Statement":[{"Effect":"Deny","Principal":"*","Action":"s3:GetObject","Resource":"arn:aws:s3:::shared-bucket/note.txt"}]}""";
        RealOk("s3api", "put-bucket-policy", "--bucket", "shared-bucket", "--policy", policy);
        Assert.Equal(policy, JsonNode.Parse(RealOk("s3api", "get-bucket-policy", "--bucket", "shared-bucket"))!["Policy"]!.GetValue<string>());
        var denied = Real("s3", "cp", "s3://shared-bucket/note.txt", "-");
        Assert.NotEqual(0, denied.ExitCode);
        Assert.Contains("403", denied.Stderr, StringComparison.Ordinal);
        RealOk("s3api", "delete-bucket-policy", "--bucket", "shared-bucket");
        Assert.Equal("presigned content", RealOk("s3", "cp", "s3://shared-bucket/note.txt", "-"));
    }

    [Fact]
    public async Task Boto3_objects_multipart_and_errors()
    {
        var server = Server;
        var script = """
            import boto3, sys, botocore, io
            key, sec, ep = sys.argv[1:4]
            s3 = boto3.session.Session(aws_access_key_id=key, aws_secret_access_key=sec, region_name='us-east-1').client('s3', endpoint_url=ep)
            s3.create_bucket(Bucket='boto-bucket')
            s3.put_object(Bucket='boto-bucket', Key='dir/a b+c.txt', Body=b'hello', Metadata={'Owner': 'me'}, ContentType='text/plain')
            o = s3.get_object(Bucket='boto-bucket', Key='dir/a b+c.txt')
            print(o['Body'].read().decode(), o['Metadata']['owner'], o['ContentType'])
            print(s3.get_object(Bucket='boto-bucket', Key='dir/a b+c.txt', Range='bytes=1-3')['Body'].read().decode())
            data = bytes(range(256)) * 40960
            s3.upload_fileobj(io.BytesIO(data), 'boto-bucket', 'big', Config=boto3.s3.transfer.TransferConfig(multipart_threshold=5*1024*1024, multipart_chunksize=5*1024*1024))
            out = io.BytesIO(); s3.download_fileobj('boto-bucket', 'big', out); print(out.getvalue() == data)
            page = s3.list_objects_v2(Bucket='boto-bucket', Delimiter='/')
            print([c['Prefix'] for c in page['CommonPrefixes']], [c['Key'] for c in page['Contents']])
            try:
                s3.head_object(Bucket='boto-bucket', Key='missing')
            except botocore.exceptions.ClientError as e:
                print(e.response['Error']['Code'])
            print(len(s3.delete_objects(Bucket='boto-bucket', Delete={'Objects': [{'Key': 'big'}, {'Key': 'dir/a b+c.txt'}]})['Deleted']))
            s3.delete_bucket(Bucket='boto-bucket')
            print([b['Name'] for b in s3.list_buckets()['Buckets']])
            """;
        var path = Path.Combine(_home, "boto_s3.py");
        File.WriteAllText(path, script);
        var psi = new ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[] { path, server.AdminKey, server.AdminSecret, server.Endpoint }) psi.ArgumentList.Add(a);
        foreach (var k in psi.Environment.Keys.Where(k => k.StartsWith("AWS_", StringComparison.Ordinal)).ToList()) psi.Environment.Remove(k);
        psi.Environment["HOME"] = _home;
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var stderr = p.StandardError.ReadToEnd();
        p.WaitForExit();
        if (stderr.Contains("No module named 'boto3'", StringComparison.Ordinal)) Assert.Skip("boto3 is not installed");
        Assert.True(p.ExitCode == 0, stderr);
        Assert.Equal("hello me text/plain\nell\nTrue\n['dir/'] ['big']\n404\n2\n[]\n", await stdout);
    }

    [Fact]
    public void Our_cli_in_process_profile_serves_s3()
    {
        var ours = Cli.Ours;
        if (ours is null) Assert.Skip(Cli.OursMissing);
        var env = new Dictionary<string, string?> { ["HOME"] = _home };
        CliResult Ours(params string[] args) => ours!.Run(args, env, workingDirectory: _home);
        Assert.Equal(0, Ours("local", "init").ExitCode);
        File.WriteAllText(Path.Combine(_home, "f.txt"), "in-process");

        Assert.Equal("make_bucket: inproc\n", Ours("--profile", "local", "s3", "mb", "s3://inproc").Stdout);
        Assert.Equal("upload: ./f.txt to s3://inproc/f.txt\n", Ours("--profile", "local", "s3", "cp", "f.txt", "s3://inproc/f.txt", "--no-progress").Stdout);
        Assert.Contains(" 10 f.txt", Ours("--profile", "local", "s3", "ls", "s3://inproc").Stdout, StringComparison.Ordinal);
        Assert.Equal("in-process", Ours("--profile", "local", "s3", "cp", "s3://inproc/f.txt", "-").Stdout);
        var listed = JsonNode.Parse(Ours("--profile", "local", "s3api", "list-objects-v2", "--bucket", "inproc").Stdout)!;
        Assert.Equal("f.txt", listed["Contents"]![0]!["Key"]!.GetValue<string>());
        Assert.Equal("delete: s3://inproc/f.txt\n", Ours("--profile", "local", "s3", "rm", "s3://inproc/f.txt").Stdout);
        Assert.Equal("remove_bucket: inproc\n", Ours("--profile", "local", "s3", "rb", "s3://inproc").Stdout);
    }
}
