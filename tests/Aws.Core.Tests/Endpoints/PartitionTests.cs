using System.Text.Json;
using Aws.Core.Endpoints;
using Aws.Testing;

namespace Aws.Core.Tests.Endpoints;

public class PartitionTests
{
    [Fact]
    public void Partition_table_equals_botocore_partitions_json()
    {
        var dir = TestPaths.TestDataDir("endpoint-rules");
        if (dir is null) Assert.Skip(TestPaths.MissingTestData);
        using var doc = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(dir, "partitions.json")));
        var json = doc.RootElement.GetProperty("partitions").EnumerateArray().ToList();
        Assert.Equal(json.Select(p => p.GetProperty("id").GetString()), Partitions.All.Select(p => p.Id));
        foreach (var p in json)
        {
            var table = Partitions.Find(p.GetProperty("id").GetString()!)!;
            var outputs = p.GetProperty("outputs");
            Assert.Equal(p.GetProperty("regionRegex").GetString(), table.RegionRegex);
            Assert.Equal(p.GetProperty("regions").EnumerateObject().Select(r => r.Name).Order(), table.Regions.Order());
            Assert.Equal(outputs.GetProperty("name").GetString(), table.Name);
            Assert.Equal(outputs.GetProperty("dnsSuffix").GetString(), table.DnsSuffix);
            Assert.Equal(outputs.GetProperty("dualStackDnsSuffix").GetString(), table.DualStackDnsSuffix);
            Assert.Equal(outputs.GetProperty("supportsFIPS").GetBoolean(), table.SupportsFips);
            Assert.Equal(outputs.GetProperty("supportsDualStack").GetBoolean(), table.SupportsDualStack);
            Assert.Equal(outputs.GetProperty("implicitGlobalRegion").GetString(), table.ImplicitGlobalRegion);
        }
    }

    [Theory]
    [InlineData("us-east-1", "aws")]
    [InlineData("aws-global", "aws")]
    [InlineData("il-central-1", "aws")]
    [InlineData("us-east-9", "aws")] // unlisted, matches the aws regex
    [InlineData("mars-east-1", "aws")] // matches nothing: aws, as botocore does
    [InlineData("cn-north-1", "aws-cn")]
    [InlineData("cn-south-7", "aws-cn")]
    [InlineData("us-gov-west-1", "aws-us-gov")]
    [InlineData("aws-us-gov-global", "aws-us-gov")]
    [InlineData("us-iso-east-1", "aws-iso")]
    [InlineData("us-isob-east-1", "aws-iso-b")]
    [InlineData("eu-isoe-west-1", "aws-iso-e")]
    [InlineData("us-isof-south-1", "aws-iso-f")]
    [InlineData("eusc-de-east-1", "aws-eusc")]
    [InlineData("eusc-de-west-2", "aws-eusc")]
    public void Region_maps_to_its_partition(string region, string partition) =>
        Assert.Equal(partition, Partitions.ForRegion(region).Id);

    [Fact]
    public void Unknown_region_takes_the_aws_dns_suffix() =>
        Assert.Equal("https://ec2.mars-east-1.amazonaws.com", Resolve("ec2", "mars-east-1").Url);

    [Theory]
    [InlineData("cn-north-1", "https://ec2.cn-north-1.amazonaws.com.cn")]
    [InlineData("us-iso-east-1", "https://ec2.us-iso-east-1.c2s.ic.gov")]
    [InlineData("us-isob-east-1", "https://ec2.us-isob-east-1.sc2s.sgov.gov")]
    [InlineData("eu-isoe-west-1", "https://ec2.eu-isoe-west-1.cloud.adc-e.uk")]
    [InlineData("us-isof-south-1", "https://ec2.us-isof-south-1.csp.hci.ic.gov")]
    [InlineData("eusc-de-east-1", "https://ec2.eusc-de-east-1.amazonaws.eu")]
    public void Regional_endpoint_uses_the_partition_dns_suffix(string region, string url) =>
        Assert.Equal(url, Resolve("ec2", region).Url);

    internal static ResolvedEndpoint Resolve(string cliName, string? region, EndpointOptions? options = null) =>
        EndpointResolver.Resolve(RuleCase.Metadata(cliName == "s3api" ? "s3" : cliName), region, options ?? EndpointOptions.Default);
}
