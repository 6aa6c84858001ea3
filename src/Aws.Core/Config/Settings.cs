namespace Aws.Core.Config;

/// <summary>
/// The one table of AWS CLI v2 settings (from the CLI's configuration and environment-variable documentation and
/// botocore's session variables): config key, environment variables, global option and default for each.
/// </summary>
public static class Settings
{
    private static SettingDefinition S(string name, string? env = null, string? option = null, string? dflt = null,
        SettingType type = SettingType.String, string? key = "", string desc = "")
    {
        var configKey = key == "" ? name : key;
        return new SettingDefinition(name, type, dflt, option)
        {
            EnvVars = env is null ? [] : env.Split(','),
            ConfigKeys = configKey is null ? [] : [(configKey, null)],
            Description = desc,
        };
    }

    private static SettingDefinition S3(string sub, string? dflt = null, SettingType type = SettingType.String,
        string? env = null, string? topLevelKey = null, string desc = "")
    {
        var keys = new List<(string, string?)>();
        if (topLevelKey is not null) keys.Add((topLevelKey, null));
        keys.Add(("s3", sub));
        return new SettingDefinition("s3." + sub, type, dflt)
        {
            EnvVars = env is null ? [] : [env],
            ConfigKeys = keys,
            Description = desc,
        };
    }

    private const SettingType B = SettingType.Boolean;
    private const SettingType I = SettingType.Integer;

    /// <summary>Every setting, in documentation order.</summary>
    public static IReadOnlyList<SettingDefinition> All { get; } =
    [
        // Selection of files and profile (not read from a profile).
        S("profile", "AWS_PROFILE,AWS_DEFAULT_PROFILE", "--profile", key: null, desc: "The named profile to use."),
        S("config_file", "AWS_CONFIG_FILE", null, ConfigFilePaths.DefaultConfigFile, SettingType.Path, key: null,
            desc: "Location of the shared config file."),
        S("credentials_file", "AWS_SHARED_CREDENTIALS_FILE", null, ConfigFilePaths.DefaultCredentialsFile, SettingType.Path,
            key: null, desc: "Location of the shared credentials file."),
        S("data_path", "AWS_DATA_PATH", desc: "Extra folders searched for service models."),

        // General.
        S("region", "AWS_REGION,AWS_DEFAULT_REGION", "--region", desc: "The AWS Region to send requests to."),
        S("output", "AWS_DEFAULT_OUTPUT", "--output", "json", desc: "Output format: json, yaml, yaml-stream, text, table."),
        new SettingDefinition("cli_pager", SettingType.String, "less -R", "--no-cli-pager")
        {
            EnvVars = ["AWS_PAGER"], ConfigKeys = [("cli_pager", null)], FallbackEnvVars = ["PAGER"],
            Description = "Pager program for output; empty disables paging.",
        },
        S("cli_timestamp_format", null, null, "iso8601", desc: "Timestamp output format: iso8601 or wire."),
        S("cli_binary_format", null, "--cli-binary-format", "base64", desc: "Blob input format: base64 or raw-in-base64-out."),
        S("cli_auto_prompt", "AWS_CLI_AUTO_PROMPT", "--cli-auto-prompt", "off", desc: "Auto-prompt mode: on, on-partial, off."),
        S("cli_history", null, null, "disabled", desc: "Record command history: enabled or disabled."),
        S("cli_file_encoding", "AWS_CLI_FILE_ENCODING", key: null, desc: "Encoding of text files read by the CLI."),
        S("cli_connect_timeout", null, "--cli-connect-timeout", "60", I, key: null, desc: "Socket connect timeout in seconds."),
        S("cli_read_timeout", null, "--cli-read-timeout", "60", I, key: null, desc: "Socket read timeout in seconds."),
        S("color", null, "--color", "auto", key: null, desc: "Colour output: on, off or auto."),
        S("ca_bundle", "AWS_CA_BUNDLE", "--ca-bundle", type: SettingType.Path, desc: "CA certificate bundle for TLS."),
        S("parameter_validation", null, null, "true", B, desc: "Validate parameters before sending."),
        S("tcp_keepalive", "BOTOCORE_TCP_KEEPALIVE", null, "false", B, desc: "Use TCP keep-alive."),
        S("sdk_ua_app_id", "AWS_SDK_UA_APP_ID", desc: "Application id appended to the User-Agent."),
        S("defaults_mode", "AWS_DEFAULTS_MODE", null, "legacy", desc: "Defaults mode: legacy, standard, in-region, ..."),
        S("api_versions", desc: "Nested: service = API version to use."),

        // Retries.
        S("retry_mode", "AWS_RETRY_MODE", null, "standard", desc: "Retry mode: legacy, standard, adaptive."),
        S("max_attempts", "AWS_MAX_ATTEMPTS", null, "3", I, desc: "Maximum attempts including the first request."),

        // Endpoints.
        S("endpoint_url", "AWS_ENDPOINT_URL", "--endpoint-url", desc: "Endpoint URL for all services."),
        S("ignore_configured_endpoint_urls", "AWS_IGNORE_CONFIGURED_ENDPOINT_URLS", null, "false", B,
            desc: "Ignore endpoint URLs set in files and environment."),
        S("services", desc: "Name of the [services NAME] section with per-service settings."),
        S("use_fips_endpoint", "AWS_USE_FIPS_ENDPOINT", null, "false", B, desc: "Use FIPS endpoints."),
        S("use_dualstack_endpoint", "AWS_USE_DUALSTACK_ENDPOINT", null, "false", B, desc: "Use dual-stack endpoints."),
        S("sts_regional_endpoints", "AWS_STS_REGIONAL_ENDPOINTS", null, "regional", desc: "STS endpoint: regional or legacy."),
        S("endpoint_discovery_enabled", "AWS_ENDPOINT_DISCOVERY_ENABLED", null, "auto", desc: "Endpoint discovery."),
        S("account_id_endpoint_mode", "AWS_ACCOUNT_ID_ENDPOINT_MODE", null, "preferred",
            desc: "Account-based endpoints: preferred, disabled, required."),
        S("disable_host_prefix_injection", "AWS_DISABLE_HOST_PREFIX_INJECTION", null, "false", B,
            desc: "Do not prepend host prefixes to endpoints."),

        // Checksums, compression, auth.
        S("request_checksum_calculation", "AWS_REQUEST_CHECKSUM_CALCULATION", null, "when_supported",
            desc: "When to compute request checksums: when_supported or when_required."),
        S("response_checksum_validation", "AWS_RESPONSE_CHECKSUM_VALIDATION", null, "when_supported",
            desc: "When to validate response checksums: when_supported or when_required."),
        S("disable_request_compression", "AWS_DISABLE_REQUEST_COMPRESSION", null, "false", B, desc: "Disable request compression."),
        S("request_min_compression_size_bytes", "AWS_REQUEST_MIN_COMPRESSION_SIZE_BYTES", null, "10240", I,
            desc: "Minimum body size to compress."),
        S("sigv4a_signing_region_set", "AWS_SIGV4A_SIGNING_REGION_SET", desc: "Regions for SigV4a signing."),
        S("auth_scheme_preference", "AWS_AUTH_SCHEME_PREFERENCE", desc: "Preferred auth schemes, comma separated."),

        // Credentials.
        Cred("aws_access_key_id", "AWS_ACCESS_KEY_ID", "Access key id."),
        Cred("aws_secret_access_key", "AWS_SECRET_ACCESS_KEY", "Secret access key."),
        Cred("aws_session_token", "AWS_SESSION_TOKEN", "Session token for temporary credentials."),
        S("aws_account_id", "AWS_ACCOUNT_ID", desc: "Account id of the credentials."),
        S("credential_process", desc: "External command that prints credentials."),
        S("role_arn", "AWS_ROLE_ARN", desc: "IAM role to assume."),
        S("role_session_name", "AWS_ROLE_SESSION_NAME", desc: "Session name for the assumed role."),
        S("source_profile", desc: "Profile whose credentials assume role_arn."),
        S("credential_source", desc: "Credentials for role_arn: Environment, Ec2InstanceMetadata, EcsContainer."),
        S("external_id", desc: "External id for assuming the role."),
        S("mfa_serial", desc: "MFA device for assuming the role."),
        S("duration_seconds", null, null, "3600", I, desc: "Assumed-role session duration."),
        S("web_identity_token_file", "AWS_WEB_IDENTITY_TOKEN_FILE", type: SettingType.Path, desc: "OIDC token file for web identity."),
        S("sso_session", desc: "Name of the [sso-session NAME] section."),
        S("sso_start_url", desc: "IAM Identity Center start URL."),
        S("sso_region", desc: "IAM Identity Center region."),
        S("sso_account_id", desc: "Account id for SSO credentials."),
        S("sso_role_name", desc: "Role name for SSO credentials."),
        S("sso_registration_scopes", desc: "OAuth scopes for SSO registration."),

        // Instance metadata.
        S("metadata_service_timeout", "AWS_METADATA_SERVICE_TIMEOUT", null, "1", I, desc: "IMDS timeout in seconds."),
        S("metadata_service_num_attempts", "AWS_METADATA_SERVICE_NUM_ATTEMPTS", null, "1", I, desc: "IMDS attempts."),
        S("ec2_metadata_service_endpoint", "AWS_EC2_METADATA_SERVICE_ENDPOINT", desc: "IMDS endpoint."),
        S("ec2_metadata_service_endpoint_mode", "AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE", null, "IPv4",
            desc: "IMDS endpoint mode: IPv4 or IPv6."),
        S("ec2_metadata_v1_disabled", "AWS_EC2_METADATA_V1_DISABLED", null, "false", B, desc: "Disallow IMDSv1 fallback."),
        S("ec2_metadata_disabled", "AWS_EC2_METADATA_DISABLED", null, "false", B, key: null, desc: "Never call IMDS."),
        S("imds_use_ipv6", "AWS_IMDS_USE_IPV6", null, "false", B, desc: "Legacy: use the IPv6 IMDS endpoint."),

        // S3 (nested under "s3 =").
        S3("max_concurrent_requests", "10", I, desc: "Concurrent S3 transfer requests."),
        S3("max_queue_size", "1000", I, desc: "Queued S3 transfer tasks."),
        S3("multipart_threshold", "8MB", SettingType.Size, desc: "Size at which transfers go multipart."),
        S3("multipart_chunksize", "8MB", SettingType.Size, desc: "Part size of multipart transfers."),
        S3("max_bandwidth", null, SettingType.Size, desc: "Bandwidth cap, e.g. 50MB/s."),
        S3("preferred_transfer_client", "auto", desc: "Transfer client: auto, classic or crt."),
        S3("target_bandwidth", null, SettingType.Size, desc: "Target bandwidth for the CRT transfer client."),
        S3("use_accelerate_endpoint", "false", B, desc: "Use S3 Transfer Acceleration."),
        S3("use_dualstack_endpoint", "false", B, desc: "Use S3 dual-stack endpoints."),
        S3("addressing_style", "auto", desc: "Bucket addressing: auto, path or virtual."),
        S3("payload_signing_enabled", "false", B, desc: "Sign S3 payloads with SHA-256."),
        S3("use_arn_region", null, B, "AWS_S3_USE_ARN_REGION", "s3_use_arn_region", "Use the region in an access-point ARN."),
        S3("us_east_1_regional_endpoint", null, SettingType.String, "AWS_S3_US_EAST_1_REGIONAL_ENDPOINT",
            "s3_us_east_1_regional_endpoint", "us-east-1 endpoint: regional or legacy."),
        S3("s3_disable_multiregion_access_points", "false", B, "AWS_S3_DISABLE_MULTIREGION_ACCESS_POINTS",
            desc: "Disable multi-region access points."),
        S3("disable_express_session_auth", null, B, "AWS_S3_DISABLE_EXPRESS_SESSION_AUTH", "s3_disable_express_session_auth",
            "Disable S3 Express session auth."),
    ];

    private static SettingDefinition Cred(string name, string env, string desc) =>
        S(name, env, desc: desc) with { InCredentialsFile = true };

    private static readonly Dictionary<string, SettingDefinition> ByName =
        All.ToDictionary(s => s.Name, StringComparer.Ordinal);

    /// <summary>A setting by logical name (e.g. "region", "s3.max_concurrent_requests"), or null.</summary>
    public static SettingDefinition? Find(string name) => ByName.GetValueOrDefault(name);
}
