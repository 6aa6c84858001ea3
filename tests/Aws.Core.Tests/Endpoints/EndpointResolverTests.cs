using System.Text.Json;
using Aws.Core.Endpoints;
using Aws.Core.Model;

namespace Aws.Core.Tests.Endpoints;

public class EndpointResolverTests
{
    private static ResolvedEndpoint Resolve(string cliName, string? region, EndpointOptions? options = null) =>
        PartitionTests.Resolve(cliName, region, options);

    private static ServiceMetadata Metadata(string json) => new(JsonDocument.Parse(json).RootElement.Clone());

    [Fact]
    public void Default_endpoint_is_prefix_region_suffix_signed_with_signing_name()
    {
        var md = Metadata("""{"endpointPrefix":"runtime.lex","signingName":"lex"}""");
        var ep = EndpointResolver.Resolve(md, "eu-west-1", EndpointOptions.Default);
        Assert.Equal("https://runtime.lex.eu-west-1.amazonaws.com", ep.Url);
        Assert.Equal("eu-west-1", ep.SigningRegion);
        Assert.Equal("lex", ep.SigningName);
        Assert.Equal("aws", ep.Partition.Id);
    }

    [Fact]
    public void Signing_name_defaults_to_endpoint_prefix()
    {
        var ep = EndpointResolver.Resolve(Metadata("""{"endpointPrefix":"sqs"}"""), "us-west-2", EndpointOptions.Default);
        Assert.Equal("sqs", ep.SigningName);
    }

    [Theory]
    [InlineData("cloudfront", "eu-west-1", "https://cloudfront.amazonaws.com", "us-east-1")]
    [InlineData("iam", "ap-southeast-2", "https://iam.amazonaws.com", "us-east-1")]
    [InlineData("iam", "aws-global", "https://iam.amazonaws.com", "us-east-1")]
    [InlineData("route53", "us-west-2", "https://route53.amazonaws.com", "us-east-1")]
    [InlineData("route53", "cn-north-1", "https://route53.amazonaws.com.cn", "cn-northwest-1")]
    [InlineData("iam", "cn-north-1", "https://iam.cn-north-1.amazonaws.com.cn", "cn-north-1")]
    [InlineData("iam", "us-gov-east-1", "https://iam.us-gov.amazonaws.com", "us-gov-west-1")]
    [InlineData("waf", "eu-central-1", "https://waf.amazonaws.com", "us-east-1")]
    [InlineData("budgets", "us-east-2", "https://budgets.amazonaws.com", "us-east-1")]
    [InlineData("ce", "eu-west-1", "https://ce.us-east-1.amazonaws.com", "us-east-1")]
    [InlineData("organizations", "eu-west-1", "https://organizations.us-east-1.amazonaws.com", "us-east-1")]
    [InlineData("shield", "eu-west-1", "https://shield.us-east-1.amazonaws.com", "us-east-1")]
    [InlineData("health", "eu-west-1", "https://global.health.amazonaws.com", "us-east-1")]
    [InlineData("networkmanager", "eu-west-1", "https://networkmanager.us-west-2.amazonaws.com", "us-west-2")]
    [InlineData("savingsplans", "eu-west-1", "https://savingsplans.amazonaws.com", "us-east-1")]
    [InlineData("account", "eu-west-1", "https://account.us-east-1.amazonaws.com", "us-east-1")]
    [InlineData("billingconductor", "eu-west-1", "https://billingconductor.us-east-1.amazonaws.com", "us-east-1")]
    public void Global_service_uses_its_partition_endpoint(string cliName, string region, string url, string signingRegion)
    {
        var ep = Resolve(cliName, region);
        Assert.Equal(url, ep.Url);
        Assert.Equal(signingRegion, ep.SigningRegion);
    }

    [Fact]
    public void Importexport_signs_with_its_credential_scope_service()
    {
        var ep = EndpointResolver.Resolve(Metadata("""{"endpointPrefix":"importexport","signingName":"importexport"}"""), "eu-west-1", EndpointOptions.Default);
        Assert.Equal("https://importexport.amazonaws.com", ep.Url);
        Assert.Equal("IngestionService", ep.SigningName);
    }

    [Fact]
    public void Regionalized_service_uses_its_global_endpoint_only_for_the_global_pseudo_region()
    {
        var md = Metadata("""{"endpointPrefix":"support"}""");
        Assert.Equal("https://support.eu-west-1.amazonaws.com", EndpointResolver.Resolve(md, "eu-west-1", EndpointOptions.Default).Url);
        var global = EndpointResolver.Resolve(md, "aws-global", EndpointOptions.Default);
        Assert.Equal("https://support.us-east-1.amazonaws.com", global.Url);
        Assert.Equal("us-east-1", global.SigningRegion);
    }

    [Fact]
    public void Global_service_fips_and_dual_stack_hosts_come_from_the_table()
    {
        Assert.Equal("https://iam-fips.amazonaws.com", Resolve("iam", "us-east-1", new() { UseFips = true }).Url);
        Assert.Equal("https://iam.global.api.aws", Resolve("iam", "us-east-1", new() { UseDualStack = true }).Url);
        Assert.Equal("https://route53-fips.amazonaws.com", Resolve("route53", "us-east-1", new() { UseFips = true }).Url);
        Assert.Equal("https://organizations-fips.us-east-1.amazonaws.com", Resolve("organizations", "eu-west-1", new() { UseFips = true }).Url);
    }

    // Recorded from /usr/bin/aws 2.9.19 with AWS_USE_FIPS_ENDPOINT / AWS_USE_DUALSTACK_ENDPOINT and --region eu-west-1.
    [Theory]
    [InlineData("cloudfront", true, false, "https://cloudfront-fips.eu-west-1.amazonaws.com", "us-east-1")]
    [InlineData("cloudfront", false, true, "https://cloudfront.eu-west-1.api.aws", "us-east-1")]
    [InlineData("cloudfront", true, true, "https://cloudfront-fips.eu-west-1.api.aws", "us-east-1")]
    [InlineData("budgets", true, false, "https://budgets-fips.eu-west-1.amazonaws.com", "us-east-1")]
    [InlineData("health", false, true, "https://health.eu-west-1.api.aws", "us-east-1")]
    [InlineData("networkmanager", true, false, "https://networkmanager-fips.eu-west-1.amazonaws.com", "us-west-2")]
    [InlineData("route53", false, true, "https://route-53.eu-west-1.api.aws", "us-east-1")]
    [InlineData("route53", true, true, "https://route-53-fips.eu-west-1.api.aws", "us-east-1")]
    [InlineData("shield", true, false, "https://shield-fips.us-east-1.amazonaws.com", "us-east-1")]
    [InlineData("waf", true, false, "https://waf-fips.amazonaws.com", "us-east-1")]
    public void Global_service_without_a_variant_host_uses_the_client_region_but_signs_globally(
        string cliName, bool fips, bool dualStack, string url, string signingRegion)
    {
        var ep = Resolve(cliName, "eu-west-1", new() { UseFips = fips, UseDualStack = dualStack });
        Assert.Equal(url, ep.Url);
        Assert.Equal(signingRegion, ep.SigningRegion);
    }

    [Theory]
    [InlineData("us-east-1", "https://sts.us-east-1.amazonaws.com", "us-east-1")]
    [InlineData("eu-west-1", "https://sts.eu-west-1.amazonaws.com", "eu-west-1")]
    [InlineData("aws-global", "https://sts.amazonaws.com", "us-east-1")]
    [InlineData("cn-north-1", "https://sts.cn-north-1.amazonaws.com.cn", "cn-north-1")]
    public void Sts_is_regional_by_default_as_in_cli_v2(string region, string url, string signingRegion)
    {
        var ep = Resolve("sts", region);
        Assert.Equal(url, ep.Url);
        Assert.Equal(signingRegion, ep.SigningRegion);
        Assert.Equal("sts", ep.SigningName);
    }

    [Theory]
    [InlineData("us-east-1", "https://sts.amazonaws.com", "us-east-1")]
    [InlineData("eu-west-1", "https://sts.amazonaws.com", "us-east-1")]
    [InlineData("af-south-1", "https://sts.af-south-1.amazonaws.com", "af-south-1")] // newer region: regional even in legacy mode
    [InlineData("us-east-3", "https://sts.us-east-3.amazonaws.com", "us-east-3")]
    public void Sts_legacy_mode_uses_the_global_endpoint_for_the_original_regions(string region, string url, string signingRegion)
    {
        var ep = Resolve("sts", region, new() { StsRegionalEndpoints = RegionalEndpointsMode.Legacy });
        Assert.Equal(url, ep.Url);
        Assert.Equal(signingRegion, ep.SigningRegion);
    }

    [Theory]
    [InlineData("fips-us-east-1")]
    [InlineData("us-east-1-fips")]
    public void Fips_pseudo_region_turns_fips_on(string region)
    {
        var ep = Resolve("ec2", region);
        Assert.Equal("https://ec2-fips.us-east-1.amazonaws.com", ep.Url);
        Assert.Equal("us-east-1", ep.SigningRegion);
        Assert.Equal("us-east-1", ep.Region);
        Assert.True(ep.Options.UseFips);
    }

    [Fact]
    public void Fips_pseudo_region_with_a_custom_endpoint_just_names_the_region()
    {
        var ep = Resolve("ec2", "fips-us-east-1", EndpointOptions.FromSettings(false, false, "http://localhost:9"));
        Assert.Equal("http://localhost:9", ep.Url);
        Assert.Equal("us-east-1", ep.SigningRegion);
    }

    [Fact]
    public void Fips_and_dual_stack_variants_follow_the_partition()
    {
        Assert.Equal("https://ec2-fips.us-west-2.amazonaws.com", Resolve("ec2", "us-west-2", new() { UseFips = true }).Url);
        Assert.Equal("https://ec2.us-west-2.api.aws", Resolve("ec2", "us-west-2", new() { UseDualStack = true }).Url);
        Assert.Equal("https://ec2-fips.us-west-2.api.aws", Resolve("ec2", "us-west-2", new() { UseFips = true, UseDualStack = true }).Url);
        Assert.Equal("https://ec2.cn-north-1.api.amazonwebservices.com.cn", Resolve("ec2", "cn-north-1", new() { UseDualStack = true }).Url);
    }

    [Fact]
    public void GovCloud_services_that_are_fips_already_keep_their_host()
    {
        Assert.Equal("https://ec2.us-gov-west-1.amazonaws.com", Resolve("ec2", "us-gov-west-1", new() { UseFips = true }).Url);
        Assert.Equal("https://sts.us-gov-west-1.amazonaws.com", Resolve("sts", "fips-us-gov-west-1").Url);
        Assert.Equal("https://lambda-fips.us-gov-west-1.amazonaws.com", Resolve("lambda", "us-gov-west-1", new() { UseFips = true }).Url);
    }

    [Theory]
    [InlineData("bad region!")]
    [InlineData("us-east-1.")]
    [InlineData("-us-east-1")]
    [InlineData("12345")]
    public void Invalid_region_fails_with_the_cli_message(string region)
    {
        var ex = Assert.Throws<InvalidRegionException>(() => Resolve("ec2", region));
        Assert.Equal($"Provided region_name '{region}' doesn't match a supported format.", ex.Message);
    }

    [Fact]
    public void Missing_region_is_reported()
    {
        Assert.Throws<MissingRegionException>(() => Resolve("ec2", null));
        Assert.Throws<MissingRegionException>(() => Resolve("s3api", null));
    }

    [Fact]
    public void Custom_endpoint_is_used_as_given_and_signed_for_the_region()
    {
        var ep = Resolve("dynamodb", "eu-west-1", EndpointOptions.FromSettings(true, true, "http://localhost:8000"));
        Assert.Equal("http://localhost:8000", ep.Url);
        Assert.Equal("eu-west-1", ep.SigningRegion);
        Assert.Equal("dynamodb", ep.SigningName);
        Assert.True(ep.IsCustomEndpoint);
    }

    [Fact]
    public void Custom_endpoint_with_fips_is_a_rule_error_unless_built_from_cli_settings()
    {
        var ex = Assert.Throws<EndpointResolutionException>(() => Resolve("ec2", "us-east-1", new() { UseFips = true, EndpointUrl = "https://x" }));
        Assert.Equal("Invalid Configuration: FIPS and custom endpoint are not supported", ex.Message);
        Assert.False(EndpointOptions.FromSettings(true, true, "https://x").UseFips);
    }

    [Fact]
    public void S3_with_a_custom_endpoint_and_no_region_signs_for_us_east_1()
    {
        var ep = Resolve("s3api", null, EndpointOptions.FromSettings(false, false, "http://127.0.0.1:5000"));
        Assert.Equal("http://127.0.0.1:5000", ep.Url);
        Assert.Equal("us-east-1", ep.SigningRegion);
    }

    [Fact]
    public void Sts_with_a_custom_endpoint_and_no_region_has_no_signing_region() =>
        Assert.Null(Resolve("sts", null, EndpointOptions.FromSettings(false, false, "http://127.0.0.1:5000")).SigningRegion);

    // Messages recorded from /usr/bin/aws ec2 describe-regions --endpoint-url URL.
    [Theory]
    [InlineData("localhost:9")]
    [InlineData("http://bad_host")]
    [InlineData("http://-x.com")]
    [InlineData("https://")]
    public void Custom_endpoint_without_a_valid_host_is_rejected(string url)
    {
        var ex = Assert.Throws<InvalidEndpointException>(() => Resolve("ec2", "us-east-1", EndpointOptions.FromSettings(false, false, url)));
        Assert.Equal("Invalid endpoint: " + url, ex.Message);
    }

    [Theory]
    [InlineData("http://localhost:4566")]
    [InlineData("https://s3.amazonaws.com/base")]
    [InlineData("http://127.0.0.1:5000")]
    [InlineData("http://[::1]:5000")]
    [InlineData("http://x.com?q=1")]
    [InlineData("ftp://x.com")]
    public void Custom_endpoint_with_a_host_is_accepted(string url) => Assert.True(EndpointUrl.IsValidEndpoint(url));
}
