using Aws.Core.Config;

namespace Aws.Core.Tests.Config;

public sealed class ConfigContextTests : IDisposable
{
    private readonly DirectoryInfo _home = Directory.CreateTempSubdirectory("cfgctx");
    private readonly Dictionary<string, string> _env = new();

    public ConfigContextTests()
    {
        _env["HOME"] = _home.FullName;
        Directory.CreateDirectory(Path.Combine(_home.FullName, ".aws"));
        File.WriteAllText(Path.Combine(_home.FullName, ".aws", "config"),
            "[default]\nregion = us-east-1\noutput = text\ns3 =\n    max_concurrent_requests = 20\n    multipart_chunksize = 16MB\n" +
            "s3_use_arn_region = true\nmax_attempts = 7\ncli_pager =\n\n[profile dev]\nregion = eu-west-1\naws_access_key_id = CFGKEY\n" +
            "aws_secret_access_key = CFGSECRET\n");
        File.WriteAllText(Path.Combine(_home.FullName, ".aws", "credentials"),
            "[dev]\naws_access_key_id = CREDKEY\naws_secret_access_key = CREDSECRET\n");
    }

    public void Dispose() => _home.Delete(recursive: true);

    private ConfigContext Context(string? profile = null, Dictionary<string, string>? options = null) =>
        new(k => _env.GetValueOrDefault(k), _home.FullName, profile, options);

    [Fact]
    public void Option_beats_environment_beats_config_beats_default()
    {
        Assert.Equal(("us-east-1", SettingSource.ConfigFile), Pair(Context().Resolve("region")));
        _env["AWS_DEFAULT_REGION"] = "env-default";
        Assert.Equal(("env-default", SettingSource.Environment), Pair(Context().Resolve("region")));
        _env["AWS_REGION"] = "env-region";
        Assert.Equal("AWS_REGION", Context().Resolve("region").Location);
        Assert.Equal(("cli", SettingSource.CliOption), Pair(Context(options: new() { ["region"] = "cli" }).Resolve("region")));
        Assert.Equal(("standard", SettingSource.Default), Pair(Context().Resolve("retry_mode")));
        Assert.Equal((null, SettingSource.Unset), Pair(Context().Resolve("role_arn")));
    }

    private static (string?, SettingSource) Pair(ResolvedSetting r) => (r.Value, r.Source);

    [Fact]
    public void Profile_comes_from_option_then_environment()
    {
        Assert.Equal("default", Context().ProfileName);
        _env["AWS_DEFAULT_PROFILE"] = "dev";
        Assert.Equal("dev", Context().ProfileName);
        Assert.Equal("eu-west-1", Context().Get("region"));
        _env["AWS_PROFILE"] = "other";
        Assert.Equal("other", Context().ExplicitProfile);
        Assert.Equal("dev", Context(profile: "dev").ExplicitProfile);
        Assert.Equal(SettingSource.CliOption, Context(profile: "dev").Resolve("profile").Source);
    }

    [Fact]
    public void Explicit_missing_profile_is_an_error_when_read()
    {
        var context = Context(profile: "nope");
        var e = Assert.Throws<ProfileNotFoundException>(() => context.Get("region"));
        Assert.Equal("The config profile (nope) could not be found", e.Message);
    }

    [Fact]
    public void Credentials_file_wins_and_is_reported_as_the_source()
    {
        var r = Context(profile: "dev").Resolve("aws_access_key_id");
        Assert.Equal(("CREDKEY", SettingSource.CredentialsFile), Pair(r));
        Assert.Equal(Path.Combine(_home.FullName, ".aws", "credentials"), r.Location);
        Assert.Equal(Path.Combine(_home.FullName, ".aws", "config"), Context(profile: "dev").Resolve("region").Location);
    }

    [Fact]
    public void Nested_and_alternate_keys_resolve()
    {
        var c = Context();
        Assert.Equal(20, c.GetInt("s3.max_concurrent_requests"));
        Assert.Equal(16L << 20, c.GetSize("s3.multipart_chunksize"));
        Assert.Equal(8L << 20, c.GetSize("s3.multipart_threshold"));
        Assert.True(c.GetBool("s3.use_arn_region"));
        _env["AWS_S3_USE_ARN_REGION"] = "false";
        Assert.False(Context().GetBool("s3.use_arn_region"));
        Assert.Equal(7, c.GetInt("max_attempts"));
    }

    [Fact]
    public void Pager_falls_back_to_PAGER_only_after_the_config_file()
    {
        Assert.Equal(("", SettingSource.ConfigFile), Pair(Context().Resolve("cli_pager")));
        _env["PAGER"] = "more";
        Assert.Equal("", Context().Get("cli_pager"));
        Assert.Equal(("more", SettingSource.FallbackEnvironment), Pair(Context(profile: "dev").Resolve("cli_pager")));
        _env["AWS_PAGER"] = "cat";
        Assert.Equal("cat", Context().Get("cli_pager"));
        _env.Remove("PAGER");
        _env.Remove("AWS_PAGER");
        Assert.Equal(("less -R", SettingSource.Default), Pair(Context(profile: "dev").Resolve("cli_pager")));
    }

    [Fact]
    public void Bad_integer_is_a_config_error()
    {
        _env["AWS_MAX_ATTEMPTS"] = "many";
        Assert.Throws<ConfigException>(() => Context().GetInt("max_attempts"));
    }

    [Fact]
    public void File_paths_follow_the_environment_with_tilde_and_vars_expanded()
    {
        _env["AWS_CONFIG_FILE"] = "~/elsewhere/cfg";
        _env["SUB"] = "x";
        _env["AWS_SHARED_CREDENTIALS_FILE"] = "$HOME/${SUB}/creds";
        var c = Context();
        Assert.Equal(Path.Combine(_home.FullName, "elsewhere", "cfg"), c.Paths.ConfigFile);
        Assert.Equal(Path.Combine(_home.FullName, "x", "creds"), c.Paths.CredentialsFile);
        Assert.Null(c.Get("region")); // both files are missing: empty configuration
        Assert.Equal((c.Paths.ConfigFile, SettingSource.Environment), Pair(c.Resolve("config_file")));
    }

    [Fact]
    public void Static_credentials_follow_botocore_order()
    {
        Assert.Null(StaticCredentialResolver.Resolve(Context()));
        Assert.Equal(new StaticCredentials("CREDKEY", "CREDSECRET", null, null, "shared-credentials-file"),
            StaticCredentialResolver.Resolve(Context(profile: "dev")));
        _env["AWS_ACCESS_KEY_ID"] = "ENVKEY";
        _env["AWS_SECRET_ACCESS_KEY"] = "ENVSECRET";
        _env["AWS_SECURITY_TOKEN"] = "legacy";
        Assert.Equal(new StaticCredentials("ENVKEY", "ENVSECRET", "legacy", null, "env"), StaticCredentialResolver.Resolve(Context(profile: "dev")));
    }
}
