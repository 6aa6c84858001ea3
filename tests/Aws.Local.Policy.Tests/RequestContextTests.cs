using Aws.Local.Policy.Context;

namespace Aws.Local.Policy.Tests;

public class RequestContextTests
{
    [Fact]
    public void User_keys()
    {
        var user = PrincipalInfo.User("111122223333", "alice", "AIDAEXAMPLE", "/eng/", new Dictionary<string, string> { ["team"] = "blue" });
        Assert.Equal("arn:aws:iam::111122223333:user/eng/alice", user.Arn);
        var keys = new RequestContext { Principal = user, Action = "s3:GetObject" }.BuildKeys();
        Assert.Equal("alice", keys.Get("aws:username"));
        Assert.Equal("AIDAEXAMPLE", keys.Get("aws:userid"));
        Assert.Equal("arn:aws:iam::111122223333:user/eng/alice", keys.Get("aws:PrincipalArn"));
        Assert.Equal("111122223333", keys.Get("aws:PrincipalAccount"));
        Assert.Equal("User", keys.Get("aws:PrincipalType"));
        Assert.Equal("blue", keys.Get("aws:principaltag/team"));
    }

    [Fact]
    public void Role_session_keys()
    {
        var session = PrincipalInfo.AssumedRole("111122223333", "Dev", "build", "AROAEXAMPLE", "/app/");
        Assert.Equal("arn:aws:sts::111122223333:assumed-role/Dev/build", session.Arn);
        var keys = new RequestContext { Principal = session, Action = "s3:GetObject" }.BuildKeys();
        Assert.Null(keys.Get("aws:username"));
        Assert.Equal("AROAEXAMPLE:build", keys.Get("aws:userid"));
        Assert.Equal("arn:aws:iam::111122223333:role/app/Dev", keys.Get("aws:PrincipalArn"));
        Assert.Equal("AssumedRole", keys.Get("aws:PrincipalType"));
    }

    [Fact]
    public void Root_keys()
    {
        var keys = new RequestContext { Principal = PrincipalInfo.Root("111122223333"), Action = "s3:GetObject" }.BuildKeys();
        Assert.Equal("arn:aws:iam::111122223333:root", keys.Get("aws:PrincipalArn"));
        Assert.Equal("111122223333", keys.Get("aws:userid"));
        Assert.Equal("Account", keys.Get("aws:PrincipalType"));
    }

    [Fact]
    public void Request_keys_and_overrides()
    {
        var context = new RequestContext
        {
            Principal = PrincipalInfo.User("111122223333", "alice"),
            Action = "ec2:CreateTags",
            RequestedRegion = "eu-west-1",
            SourceIp = "192.0.2.1",
            CurrentTime = new DateTimeOffset(2020, 1, 2, 3, 4, 5, TimeSpan.Zero),
            SecureTransport = true,
            MultiFactorAuthPresent = false,
            MultiFactorAuthAgeSeconds = 30,
            TokenIssueTime = new DateTimeOffset(2020, 1, 2, 0, 0, 0, TimeSpan.Zero),
            RequestTags = new Dictionary<string, string> { ["env"] = "dev", ["owner"] = "a" },
            Keys = new ContextKeyMap().Set("aws:username", "override").Set("ec2:InstanceType", "t3.micro"),
        };
        var keys = context.BuildKeys();
        Assert.Equal("eu-west-1", keys.Get("aws:RequestedRegion"));
        Assert.Equal("192.0.2.1", keys.Get("aws:SourceIp"));
        Assert.Equal("2020-01-02T03:04:05Z", keys.Get("aws:CurrentTime"));
        Assert.Equal("1577934245", keys.Get("aws:EpochTime"));
        Assert.Equal("true", keys.Get("aws:SecureTransport"));
        Assert.Equal("false", keys.Get("aws:MultiFactorAuthPresent"));
        Assert.Equal("30", keys.Get("aws:MultiFactorAuthAge"));
        Assert.Equal("2020-01-02T00:00:00Z", keys.Get("aws:TokenIssueTime"));
        Assert.Equal("dev", keys.Get("aws:RequestTag/env"));
        Assert.True(keys.TryGetValues("aws:TagKeys", out var tagKeys));
        Assert.Equal(["env", "owner"], tagKeys);
        Assert.Equal("override", keys.Get("aws:username"));
        Assert.Equal("t3.micro", keys.Get("ec2:InstanceType"));
    }

    [Fact]
    public void Anonymous_has_no_principal_keys() =>
        Assert.Equal(0, new RequestContext { Action = "s3:GetObject" }.BuildKeys().Count);

    public static TheoryData<string, PrincipalType?, string?> ArnCases => new()
    {
        { "arn:aws:iam::111122223333:root", PrincipalType.Root, "arn:aws:iam::111122223333:root" },
        { "arn:aws:iam::111122223333:user/eng/alice", PrincipalType.User, "arn:aws:iam::111122223333:user/eng/alice" },
        { "arn:aws:sts::111122223333:assumed-role/Dev/s1", PrincipalType.AssumedRole, "arn:aws:iam::111122223333:role/Dev" },
        { "arn:aws:iam::111122223333:role/Dev", PrincipalType.AssumedRole, "arn:aws:iam::111122223333:role/Dev" },
        { "arn:aws:sts::111122223333:federated-user/bob", PrincipalType.FederatedUser, "arn:aws:sts::111122223333:federated-user/bob" },
        { "arn:aws:s3:::bucket", null, null },
        { "not-an-arn", null, null },
    };

    [Theory]
    [MemberData(nameof(ArnCases))]
    public void Principal_from_arn(string arn, PrincipalType? type, string? principalArn)
    {
        var p = PrincipalInfo.FromArn(arn);
        Assert.Equal(type, p?.Type);
        Assert.Equal(principalArn, p?.PrincipalArn);
        if (p is not null)
            Assert.Equal("111122223333", p.AccountId);
    }
}
