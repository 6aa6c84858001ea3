using Aws.Core.Config;

namespace Aws.Core.Tests.Config;

public sealed class SettingsTests
{
    [Theory]
    [InlineData("region"), InlineData("output"), InlineData("cli_pager"), InlineData("cli_timestamp_format"),
     InlineData("cli_binary_format"), InlineData("cli_auto_prompt"), InlineData("cli_history"), InlineData("retry_mode"),
     InlineData("max_attempts"), InlineData("ca_bundle"), InlineData("endpoint_url"), InlineData("ignore_configured_endpoint_urls"),
     InlineData("use_fips_endpoint"), InlineData("use_dualstack_endpoint"), InlineData("parameter_validation"),
     InlineData("duration_seconds"), InlineData("role_arn"), InlineData("role_session_name"), InlineData("source_profile"),
     InlineData("credential_source"), InlineData("external_id"), InlineData("mfa_serial"), InlineData("web_identity_token_file"),
     InlineData("credential_process"), InlineData("sso_session"), InlineData("sso_start_url"), InlineData("sso_region"),
     InlineData("sso_account_id"), InlineData("sso_role_name"), InlineData("sso_registration_scopes"),
     InlineData("metadata_service_timeout"), InlineData("metadata_service_num_attempts"), InlineData("ec2_metadata_service_endpoint"),
     InlineData("ec2_metadata_service_endpoint_mode"), InlineData("ec2_metadata_v1_disabled"), InlineData("aws_access_key_id"),
     InlineData("aws_secret_access_key"), InlineData("aws_session_token"), InlineData("sts_regional_endpoints"),
     InlineData("s3.max_concurrent_requests"), InlineData("s3.max_queue_size"), InlineData("s3.multipart_threshold"),
     InlineData("s3.multipart_chunksize"), InlineData("s3.max_bandwidth"), InlineData("s3.use_accelerate_endpoint"),
     InlineData("s3.addressing_style"), InlineData("s3.payload_signing_enabled"), InlineData("tcp_keepalive"),
     InlineData("request_checksum_calculation"), InlineData("response_checksum_validation"), InlineData("account_id_endpoint_mode"),
     InlineData("sdk_ua_app_id")]
    public void Documented_setting_is_in_the_table(string name) => Assert.NotNull(Settings.Find(name));

    [Fact]
    public void Names_are_unique_and_config_keys_are_consistent()
    {
        Assert.Equal(Settings.All.Count, Settings.All.Select(s => s.Name).Distinct().Count());
        Assert.Equal("s3.max_concurrent_requests", Settings.Find("s3.max_concurrent_requests")!.ConfigKey);
        Assert.Equal(["AWS_REGION", "AWS_DEFAULT_REGION"], Settings.Find("region")!.EnvVars);
        Assert.Equal("--region", Settings.Find("region")!.CliOption);
        Assert.Equal("json", Settings.Find("output")!.Default);
        Assert.True(Settings.Find("aws_session_token")!.InCredentialsFile);
        Assert.Null(Settings.Find("profile")!.ConfigKey);
    }

    [Theory]
    [InlineData("8MB", 8L << 20), InlineData("1048576", 1048576L), InlineData("10KiB", 10240L), InlineData("1gb", 1L << 30),
     InlineData("50MB/s", 50L << 20), InlineData("100B", 100L)]
    public void Sizes_parse_like_the_s3_settings(string text, long bytes)
    {
        Assert.True(SizeParser.TryParse(text, out var n));
        Assert.Equal(bytes, n);
    }
}
