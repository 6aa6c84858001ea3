using Aws.EndToEnd.Tests.Infrastructure;

namespace Aws.EndToEnd.Tests.Engine;

/// <summary>STS and IAM (query protocol): ours and the real AWS CLI v2 against the same moto state.</summary>
[Collection("moto")]
public sealed class QueryProtocolTests(MotoServer moto) : MotoTestBase(moto)
{
    [Fact]
    public void Sts_get_caller_identity_matches_the_real_cli()
    {
        var ours = Ours("sts", "get-caller-identity");
        Assert.Equal(0, ours.ExitCode);
        Assert.Contains("\"Account\": \"123456789012\"", ours.Stdout);
        AssertSame(Real("sts", "get-caller-identity"), ours);
    }

    [Fact]
    public void Iam_create_user_then_list_and_get_match_the_real_cli()
    {
        var created = Ours("iam", "create-user", "--user-name", "alice", "--path", "/team/");
        Assert.Equal(0, created.ExitCode);
        Assert.Contains("\"UserName\": \"alice\"", created.Stdout);
        Assert.Contains("\"Path\": \"/team/\"", created.Stdout);

        AssertSame(Real("iam", "list-users"), Ours("iam", "list-users"));
        AssertSame(Real("iam", "get-user", "--user-name", "alice"), Ours("iam", "get-user", "--user-name", "alice"));
    }

    [Fact]
    public void Iam_create_user_output_has_the_real_cli_shape()
    {
        var ours = Ours("iam", "create-user", "--user-name", "bob");
        Moto.Reset();
        var real = Real("iam", "create-user", "--user-name", "bob");
        Assert.Equal(real.ExitCode, ours.ExitCode);
        Assert.Equal(Mask(real.Stdout, "UserId", "CreateDate"), Mask(ours.Stdout, "UserId", "CreateDate"));
    }

    [Fact]
    public void Iam_get_missing_user_is_a_service_error_with_exit_254()
    {
        var ours = Ours("iam", "get-user", "--user-name", "nobody");
        Assert.Equal(254, ours.ExitCode);
        Assert.Equal("\nAn error occurred (NoSuchEntity) when calling the GetUser operation: The user with name nobody cannot be found.\n", ours.Stderr);
        AssertSame(Real("iam", "get-user", "--user-name", "nobody"), ours);
    }

    [Fact]
    public void Sqs_create_queue_and_list_queues_match_the_real_cli()
    {
        var created = Ours("sqs", "create-queue", "--queue-name", "jobs");
        Assert.Equal(0, created.ExitCode);
        Assert.Contains("jobs", created.Stdout);
        AssertSame(Real("sqs", "list-queues"), Ours("sqs", "list-queues"));
        AssertSame(Real("sqs", "get-queue-url", "--queue-name", "jobs"), Ours("sqs", "get-queue-url", "--queue-name", "jobs"));
    }
}
