using Aws.Cli.Arguments;

namespace Aws.Cli.Tests.Arguments;

public class CliNamesTests
{
    [Theory]
    [InlineData("DescribeInstances", "describe-instances")]
    [InlineData("GetMFADevice", "get-mfa-device")]
    [InlineData("ListMFADevices", "list-mfa-devices")]
    [InlineData("DBInstanceIdentifier", "db-instance-identifier")]
    [InlineData("ListWebACLs", "list-web-acls")]
    [InlineData("GatewayARNs", "gateway-arns")]
    [InlineData("CreateCachediSCSIVolume", "create-cached-iscsi-volume")]
    [InlineData("ExecutePartiQLStatement", "execute-partiql-statement")]
    [InlineData("S3Location", "s3-location")]
    [InlineData("Ec2TagFilters", "ec2-tag-filters")]
    [InlineData("already-dashed", "already-dashed")]
    public void Converts_like_botocore(string model, string cli) => Assert.Equal(cli, CliNames.ToCliName(model));

    [Fact]
    public void Python_names_use_underscores() => Assert.Equal("max_items", CliNames.Transform("MaxItems", '_'));

    /// <summary>Every pair in TestData/cli-names.tsv (from the real CLI's help output; see README.md).</summary>
    [Fact]
    public void Matches_the_names_the_real_cli_shows()
    {
        var lines = File.ReadAllLines(Path.Combine(TestModels.TestDataDir, "cli-names.tsv"));
        Assert.True(lines.Length > 2000);
        var wrong = lines.Select(l => l.Split('\t')).Where(f => CliNames.ToCliName(f[1]) != f[2])
            .Select(f => $"{f[1]} -> {CliNames.ToCliName(f[1])}, CLI shows {f[2]}").ToList();
        Assert.Empty(wrong);
    }
}
