using Aws.EndToEnd.Tests.Infrastructure;

namespace Aws.EndToEnd.Tests.Seed;

/// <summary>
/// Every AWS command of the seed notes (../shared/seed), run by ours and by the real AWS CLI v2 against the same
/// moto state. Ids, dates and secrets moto makes up are masked before comparing.
/// </summary>
[Collection("moto")]
public sealed class SeedCommandTests(MotoServer moto) : MotoTestBase(moto)
{
    private static readonly string[] Random =
        ["UserId", "RoleId", "CreateDate", "AccessKeyId", "SecretAccessKey", "SessionToken", "Expiration", "AssumedRoleId",
         "InstanceId", "ReservationId", "PrivateDnsName", "PrivateIpAddress", "LaunchTime", "NetworkInterfaceId",
         "AttachTime", "AttachmentId", "MacAddress", "VolumeId", "PublicDnsName", "PublicIpAddress", "Timestamp"];

    /// <summary>
    /// Runs the same steps with the real CLI on a fresh server, then with ours on a fresh server, and compares
    /// each step's exit code, stderr and (masked) stdout. Steps that create things are not idempotent, so the two
    /// CLIs cannot share one server state.
    /// </summary>
    private void CompareSequence(params string[][] steps)
    {
        RequireOurs();
        var real = steps.Select(step => Real(step)).ToList();
        Moto.Reset();
        var ours = steps.Select(step => Ours(step)).ToList();
        for (var i = 0; i < steps.Length; i++)
        {
            var (r, o) = (real[i], ours[i]);
            var what = string.Join(' ', steps[i]);
            Assert.True(r.ExitCode == o.ExitCode, $"exit codes differ for {what}\nreal: {r}\nours: {o}");
            Assert.True(r.Stderr == o.Stderr, $"stderr differs for {what}\nreal: {r}\nours: {o}");
            var (rs, os) = r.Stdout.TrimStart().StartsWith('{') ? (Mask(r.Stdout, Random), Mask(o.Stdout, Random)) : (r.Stdout, o.Stdout);
            Assert.True(rs == os, $"stdout differs for {what}\nreal: {r}\nours: {o}");
        }
    }

    [Fact]
    public void Account_and_profile_commands()
    {
        File.WriteAllText(Path.Combine(Home, "trust-policy.json"), """
            {
              "Version": "2012-10-17",
              "Statement": {
                "Effect": "Allow",
                "Principal": {"Service": "ec2.amazonaws.com"},
                "Action": "sts:AssumeRole"
              }
            }
            """);
        CompareSequence(
            ["sts", "get-caller-identity"],
            ["iam", "list-users"],
            ["iam", "create-user", "--user-name", "MyIAMUser"],
            ["iam", "list-users"],
            ["iam", "create-role", "--role-name", "MyRole", "--assume-role-policy-document", "file://trust-policy.json"],
            ["iam", "get-role", "--role-name", "MyRole"],
            ["iam", "attach-user-policy", "--user-name", "MyIAMUser", "--policy-arn", "arn:aws:iam::aws:policy/AmazonEC2FullAccess"],
            ["iam", "list-attached-user-policies", "--user-name", "MyIAMUser"],
            ["iam", "list-roles"],
            ["sts", "assume-role", "--role-arn", "arn:aws:iam::123456789012:role/MyRole", "--role-session-name", "MySession"],
            ["sts", "get-session-token", "--duration-seconds", "3600"],
            ["sts", "get-session-token", "--serial-number", "arn:aws:iam::123456789012:mfa/MyUser", "--token-code", "123456"]);
    }

    [Fact]
    public void Ec2_commands()
    {
        CompareSequence(
            ["ec2", "describe-instances"],
            ["ec2", "run-instances", "--image-id", "ami-0abcdef1234567890", "--instance-type", "t2.micro",
                "--key-name", "MyKeyPair", "--security-group-ids", "sg-12345678", "--subnet-id", "subnet-12345678"],
            ["ec2", "start-instances", "--instance-ids", "i-1234567890abcdef0"],
            ["ec2", "stop-instances", "--instance-ids", "i-1234567890abcdef0"],
            ["ec2", "terminate-instances", "--instance-ids", "i-1234567890abcdef0"],
            ["ec2", "describe-instance-status", "--instance-ids", "i-1234567890abcdef0"],
            ["ec2", "get-console-output", "--instance-id", "i-1234567890abcdef0"]);
    }
}
