using Aws.Core.Endpoints;

namespace Aws.Core.Tests.Endpoints;

/// <summary>S3 endpoints and bucket placement; expectations recorded from /usr/bin/aws (2.9.19) --debug.</summary>
public class S3AddressingTests
{
    private static ResolvedEndpoint S3(string? region, EndpointOptions? options = null) =>
        PartitionTests.Resolve("s3api", region, options);

    private static string Url(string region, string bucket, S3AddressingStyle style = S3AddressingStyle.Auto,
        EndpointOptions? options = null, string? operation = null) =>
        S3Addressing.Apply(S3(region, options), bucket, style, operation).Url;

    [Fact]
    public void Us_east_1_uses_the_regional_endpoint_as_cli_v2_does() =>
        Assert.Equal("https://s3.us-east-1.amazonaws.com", S3("us-east-1").Url);

    [Fact]
    public void Legacy_us_east_1_setting_uses_the_global_endpoint()
    {
        var ep = S3("us-east-1", new() { S3UsEast1RegionalEndpoint = RegionalEndpointsMode.Legacy });
        Assert.Equal("https://s3.amazonaws.com", ep.Url);
        Assert.Equal("us-east-1", ep.SigningRegion);
    }

    [Fact]
    public void Aws_global_uses_the_global_endpoint_signed_for_us_east_1()
    {
        var ep = S3("aws-global");
        Assert.Equal("https://s3.amazonaws.com", ep.Url);
        Assert.Equal("us-east-1", ep.SigningRegion);
    }

    [Fact]
    public void S3_external_1_has_no_special_case() =>
        Assert.Equal("https://s3.s3-external-1.amazonaws.com/b.dot", Url("s3-external-1", "b.dot"));

    [Theory]
    [InlineData("my-bucket", "https://my-bucket.s3.us-west-2.amazonaws.com")]
    [InlineData("my.dotted.bucket", "https://s3.us-west-2.amazonaws.com/my.dotted.bucket")]
    [InlineData("MyBucket", "https://s3.us-west-2.amazonaws.com/MyBucket")]
    [InlineData("ab", "https://s3.us-west-2.amazonaws.com/ab")]
    [InlineData("192.168.1.1", "https://s3.us-west-2.amazonaws.com/192.168.1.1")]
    [InlineData("bucket name", "https://s3.us-west-2.amazonaws.com/bucket%20name")]
    public void Auto_style_is_virtual_hosted_only_for_dns_safe_names(string bucket, string url) =>
        Assert.Equal(url, Url("us-west-2", bucket));

    [Fact]
    public void Path_style_keeps_the_bucket_in_the_path()
    {
        var address = S3Addressing.Apply(S3("us-west-2"), "my-bucket", S3AddressingStyle.Path);
        Assert.Equal("https://s3.us-west-2.amazonaws.com/my-bucket", address.Url);
        Assert.Equal("s3.us-west-2.amazonaws.com", address.Host);
        Assert.Equal("/my-bucket", address.Path);
        Assert.False(address.VirtualHosted);
    }

    [Fact]
    public void Virtual_style_cannot_make_a_dotted_name_a_host_over_https() =>
        Assert.Equal("https://s3.us-west-2.amazonaws.com/my.bucket", Url("us-west-2", "my.bucket", S3AddressingStyle.Virtual));

    [Fact]
    public void Get_bucket_location_always_uses_path_style() =>
        Assert.Equal("https://s3.us-west-2.amazonaws.com/mybucket",
            Url("us-west-2", "mybucket", S3AddressingStyle.Virtual, operation: "GetBucketLocation"));

    [Theory]
    [InlineData(S3AddressingStyle.Auto, "http://localhost:9/bkt")]
    [InlineData(S3AddressingStyle.Path, "http://localhost:9/bkt")]
    [InlineData(S3AddressingStyle.Virtual, "http://bkt.localhost:9")]
    public void Custom_endpoint_is_path_style_unless_virtual_is_asked_for(S3AddressingStyle style, string url) =>
        Assert.Equal(url, Url("us-west-2", "bkt", style, EndpointOptions.FromSettings(false, false, "http://localhost:9")));

    [Fact]
    public void Custom_endpoint_path_is_kept_before_the_bucket() =>
        Assert.Equal("http://localhost:9/base/bkt", Url("us-west-2", "bkt", options: EndpointOptions.FromSettings(false, false, "http://localhost:9/base")));

    [Fact]
    public void Ip_address_endpoint_is_always_path_style() =>
        Assert.Equal("http://127.0.0.1:5123/b", Url("us-west-2", "b", S3AddressingStyle.Virtual, EndpointOptions.FromSettings(false, false, "http://127.0.0.1:5123")));

    [Fact]
    public void Accelerate_uses_the_accelerate_host()
    {
        Assert.Equal("https://mybucket.s3-accelerate.amazonaws.com", Url("us-west-2", "mybucket", options: new() { S3Accelerate = true }));
        Assert.Equal("https://mybucket.s3-accelerate.dualstack.amazonaws.com",
            Url("us-west-2", "mybucket", options: new() { S3Accelerate = true, UseDualStack = true }));
    }

    [Fact]
    public void Accelerate_with_a_dotted_bucket_is_an_error()
    {
        var ex = Assert.Throws<EndpointResolutionException>(() => Url("us-west-2", "my.bucket", options: new() { S3Accelerate = true }));
        Assert.Equal("Path-style addressing cannot be used with S3 Accelerate", ex.Message);
    }

    [Fact]
    public void Accelerate_is_not_available_in_china()
    {
        var ex = Assert.Throws<EndpointResolutionException>(() => Url("cn-north-1", "mybucket", options: new() { S3Accelerate = true }));
        Assert.Equal("S3 Accelerate cannot be used in this region", ex.Message);
    }

    [Fact]
    public void Fips_and_dual_stack_hosts_carry_the_bucket()
    {
        Assert.Equal("https://b-1.s3-fips.us-west-2.amazonaws.com", Url("us-west-2", "b-1", options: new() { UseFips = true }));
        Assert.Equal("https://b-1.s3.dualstack.us-west-2.amazonaws.com", Url("us-west-2", "b-1", options: new() { UseDualStack = true }));
        Assert.Equal("https://b-1.s3.dualstack.cn-north-1.amazonaws.com.cn", Url("cn-north-1", "b-1", options: new() { UseDualStack = true }));
        Assert.Equal("https://s3-fips.us-west-2.amazonaws.com/b-1", Url("fips-us-west-2", "b-1", S3AddressingStyle.Path));
    }

    [Fact]
    public void S3_fips_is_an_error_in_china()
    {
        var ex = Assert.Throws<EndpointResolutionException>(() => S3("cn-north-1", new() { UseFips = true }));
        Assert.Equal("Partition does not support FIPS", ex.Message);
    }

    [Theory]
    [InlineData("bucket", false, true)]
    [InlineData("bucket-1", false, true)]
    [InlineData("bu", false, false)]
    [InlineData("Bucket", false, false)]
    [InlineData("bucket.name", false, false)]
    [InlineData("bucket.name", true, true)]
    [InlineData("bucket.na", true, false)]
    [InlineData("-bucket", false, false)]
    [InlineData("bucket-", false, false)]
    [InlineData("10.0.0.1", true, false)]
    [InlineData("99_ab", false, false)]
    public void Virtual_hostable_bucket_names(string bucket, bool allowSubDomains, bool expected) =>
        Assert.Equal(expected, HostLabel.IsVirtualHostableS3Bucket(bucket, allowSubDomains));
}
