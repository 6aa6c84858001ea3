using Aws.EndToEnd.Tests.Infrastructure;

namespace Aws.EndToEnd.Tests.S3;

/// <summary>aws s3 against moto: ours and /usr/bin/aws from the same state print the same and leave the same state.</summary>
[Collection("moto")]
public sealed class S3CommandParityTests(MotoServer moto) : S3ParityTestBase(moto)
{
    private static void Tree(string root)
    {
        WriteFile(root, "d/a.txt", "hello\n");
        WriteFile(root, "d/c", "x");
        WriteFile(root, "d/sub/b.json", "{\"k\": 1}\n");
        WriteFile(root, "d/sub/deeper/e.log", "log line\n");
        WriteFile(root, "d/z-last.html", "<p>hi</p>\n");
        WriteFile(root, "top.txt", "top\n");
    }

    [Fact]
    public void Mb_ls_and_rb_match() => AssertParity(_ => { },
        Run("s3", "mb", "s3://parity-one"),
        Run("s3", "mb", "s3://parity-two"),
        Run("s3", "ls"),
        Run("s3", "mb", "s3://parity-one"),
        Run("s3", "rb", "s3://parity-two"),
        Run("s3", "rb", "s3://parity-missing"),
        Run("s3", "mb", "parity-three"),
        Run("s3", "rb", "s3://parity-one/key"),
        Run("s3", "ls"));

    [Fact]
    public void Recursive_upload_and_every_ls_form_match() => AssertParity(Tree,
        Run("s3", "mb", "s3://parity-ls"),
        Concurrent("s3", "cp", "d", "s3://parity-ls/p", "--recursive"),
        Run("s3", "cp", "top.txt", "s3://parity-ls/"),
        Run("s3", "ls", "s3://parity-ls"),
        Run("s3", "ls", "s3://parity-ls/"),
        Run("s3", "ls", "s3://parity-ls/p/"),
        Run("s3", "ls", "s3://parity-ls/p"),
        Run("s3", "ls", "s3://parity-ls/p/sub/", "--human-readable", "--summarize"),
        Run("s3", "ls", "s3://parity-ls", "--recursive", "--summarize"),
        Run("s3", "ls", "s3://parity-ls", "--recursive", "--human-readable", "--page-size", "2"),
        Run("s3", "ls", "s3://parity-ls/nothing-here"),
        Run("s3", "ls", "s3://parity-no-such-bucket"),
        Run("s3", "ls", "s3://parity-ls/p/a"));

    [Fact]
    public void Content_type_is_guessed_or_given_like_the_real_cli() => AssertParity(Tree,
        Run("s3", "mb", "s3://parity-types"),
        Concurrent("s3", "cp", "d", "s3://parity-types/", "--recursive"),
        Run("s3", "cp", "top.txt", "s3://parity-types/given", "--content-type", "application/x-given", "--metadata", "a=1,b=2"),
        Run("s3", "cp", "top.txt", "s3://parity-types/plain.txt", "--no-guess-mime-type"),
        Run("s3api", "head-object", "--bucket", "parity-types", "--key", "a.txt", "--query", "ContentType"),
        Run("s3api", "head-object", "--bucket", "parity-types", "--key", "sub/b.json", "--query", "ContentType"),
        Run("s3api", "head-object", "--bucket", "parity-types", "--key", "z-last.html", "--query", "ContentType"),
        Run("s3api", "head-object", "--bucket", "parity-types", "--key", "c", "--query", "ContentType"),
        Run("s3api", "head-object", "--bucket", "parity-types", "--key", "given", "--query", "[ContentType,Metadata]"),
        Run("s3api", "head-object", "--bucket", "parity-types", "--key", "plain.txt", "--query", "ContentType"));

    [Fact]
    public void Exclude_and_include_apply_in_order() => AssertParity(Tree,
        Run("s3", "mb", "s3://parity-filters"),
        Concurrent("s3", "cp", "d", "s3://parity-filters/a", "--recursive", "--exclude", "*", "--include", "*.txt", "--include", "sub/*"),
        Concurrent("s3", "cp", "d", "s3://parity-filters/b", "--recursive", "--include", "*.txt", "--exclude", "*"),
        Concurrent("s3", "cp", "d", "s3://parity-filters/c", "--recursive", "--exclude", "sub/deeper/*", "--dryrun"),
        Concurrent("s3", "rm", "s3://parity-filters/", "--recursive", "--exclude", "a/sub/*"));

    [Fact]
    public void Sync_up_and_down_with_delete_size_only_and_exact_timestamps() => AssertParity(Tree,
        Run("s3", "mb", "s3://parity-sync"),
        Concurrent("s3", "sync", "d", "s3://parity-sync/s"),
        Concurrent("s3", "sync", "d", "s3://parity-sync/s"),
        Concurrent("s3", "sync", "s3://parity-sync/s", "down"),
        Concurrent("s3", "sync", "s3://parity-sync/s", "down"),
        Concurrent("s3", "sync", "s3://parity-sync/s", "down", "--exact-timestamps"),
        Concurrent("s3", "rm", "s3://parity-sync/s/c"),
        Concurrent("s3", "sync", "s3://parity-sync/s", "down", "--delete", "--dryrun"),
        Concurrent("s3", "sync", "s3://parity-sync/s", "down", "--delete"),
        Concurrent("s3", "sync", "d", "s3://parity-sync/s", "--size-only", "--delete", "--exclude", "*.log"),
        Concurrent("s3", "sync", "s3://parity-sync/s", "s3://parity-sync/copy"),
        Concurrent("s3", "sync", "s3://parity-sync/s", "s3://parity-sync/copy"));

    [Fact]
    public void Cp_mv_rm_single_files_and_s3_to_s3() => AssertParity(Tree,
        Run("s3", "mb", "s3://parity-single"),
        Run("s3", "cp", "top.txt", "s3://parity-single/one/"),
        Run("s3", "cp", "top.txt", "s3://parity-single/renamed.txt", "--quiet"),
        Run("s3", "cp", "s3://parity-single/one/top.txt", "s3://parity-single/two/"),
        Run("s3", "cp", "s3://parity-single/one/top.txt", "fetched/"),
        Run("s3", "cp", "s3://parity-single/renamed.txt", "fetched/named.txt"),
        Run("s3", "mv", "d/a.txt", "s3://parity-single/moved/"),
        Run("s3", "mv", "s3://parity-single/moved/a.txt", "s3://parity-single/moved-again.txt"),
        Run("s3", "mv", "s3://parity-single/moved-again.txt", "back.txt"),
        Concurrent("s3", "mv", "d/sub", "s3://parity-single/tree", "--recursive"),
        Run("s3", "rm", "s3://parity-single/renamed.txt"),
        Run("s3", "rm", "s3://parity-single/renamed.txt", "--dryrun"),
        Run("s3", "cp", "missing.txt", "s3://parity-single/"),
        Run("s3", "cp", "s3://parity-single/missing.txt", "."),
        Run("s3", "cp", "top.txt", "s3://parity-no-bucket/x"),
        Run("s3", "mv", "s3://parity-single/two/top.txt", "s3://parity-single/two/top.txt"),
        Run("s3", "cp", "a", "b"),
        Run("s3", "rm", "top.txt"),
        Run("s3", "cp", "top.txt", "s3://parity-single/", "--bogus"),
        Run("s3", "cp", "top.txt"));

    [Fact]
    public void Streams_from_stdin_and_to_stdout() => AssertParity(_ => { },
        Run("s3", "mb", "s3://parity-stream"),
        new Step(["s3", "cp", "-", "s3://parity-stream/in.txt"], Stdin: "streamed body\n"),
        Run("s3", "cp", "s3://parity-stream/in.txt", "-"),
        Run("s3", "cp", "-", "s3://parity-stream/x", "--recursive"),
        Run("s3", "ls", "s3://parity-stream"));

    [Fact]
    public void Rb_force_empties_then_removes_the_bucket() => AssertParity(Tree,
        Run("s3", "mb", "s3://parity-force"),
        Concurrent("s3", "cp", "d", "s3://parity-force/", "--recursive", "--only-show-errors"),
        Run("s3", "rb", "s3://parity-force"),
        Concurrent("s3", "rb", "s3://parity-force", "--force"),
        Run("s3", "ls"));

    [Fact]
    public void Website_and_presign_match() => AssertParity(_ => { },
        Run("s3", "mb", "s3://parity-web"),
        Run("s3", "website", "s3://parity-web/", "--index-document", "index.html", "--error-document", "err.html"),
        Run("s3api", "get-bucket-website", "--bucket", "parity-web"),
        Run("s3", "presign", "s3://parity-web/some key+x.txt", "--expires-in", "120"),
        Run("s3", "presign", "s3://parity-web/k"));

    [Fact]
    public void Multipart_uploads_downloads_and_copies_match()
    {
        Directory.CreateDirectory(Path.Combine(Home, ".aws"));
        File.WriteAllText(Path.Combine(Home, ".aws", "config"),
            "[default]\ns3 =\n  multipart_threshold = 5MB\n  multipart_chunksize = 5MB\n  max_concurrent_requests = 4\n");
        AssertParity(root => { WriteBytes(root, "big/large.bin", 12 * 1024 * 1024 + 123, 7); WriteBytes(root, "big/small.bin", 1000, 8); },
            Run("s3", "mb", "s3://parity-multipart"),
            Concurrent("s3", "cp", "big", "s3://parity-multipart/up", "--recursive"),
            Run("s3api", "head-object", "--bucket", "parity-multipart", "--key", "up/large.bin", "--query", "[ContentLength,ETag]"),
            Concurrent("s3", "cp", "s3://parity-multipart/up", "down", "--recursive"),
            Run("s3", "cp", "s3://parity-multipart/up/large.bin", "s3://parity-multipart/copied.bin"),
            Run("s3", "cp", "s3://parity-multipart/copied.bin", "copied.bin"));
    }
}
