using Aws.Core.Endpoints;

namespace Aws.Core.Tests.Endpoints;

public class ConfiguredEndpointTests
{
    private static readonly Dictionary<string, string> NoProfile = [];

    private static string? Resolve(string? cli, string serviceId, Dictionary<string, string> env, Dictionary<string, string> profile,
        Dictionary<string, Dictionary<string, string>>? services = null) =>
        ConfiguredEndpoint.Resolve(cli, serviceId, env.GetValueOrDefault, profile,
            (section, key) => section == "svc" && services is not null && services.TryGetValue(key, out var s) ? s : null);

    [Theory]
    [InlineData("S3", "AWS_ENDPOINT_URL_S3", "s3")]
    [InlineData("DynamoDB", "AWS_ENDPOINT_URL_DYNAMODB", "dynamodb")]
    [InlineData("Elastic Beanstalk", "AWS_ENDPOINT_URL_ELASTIC_BEANSTALK", "elastic_beanstalk")]
    [InlineData("API Gateway", "AWS_ENDPOINT_URL_API_GATEWAY", "api_gateway")]
    [InlineData("ACM PCA", "AWS_ENDPOINT_URL_ACM_PCA", "acm_pca")]
    public void Service_id_names_the_variable_and_the_section_key(string serviceId, string variable, string key)
    {
        Assert.Equal(variable, ConfiguredEndpoint.EnvironmentVariable(serviceId));
        Assert.Equal(key, ConfiguredEndpoint.ServiceKey(serviceId));
    }

    [Fact]
    public void Nothing_configured_means_the_default_endpoint() =>
        Assert.Null(Resolve(null, "S3", [], NoProfile));

    [Fact]
    public void Command_line_wins_even_when_configured_endpoints_are_ignored() =>
        Assert.Equal("https://cli", Resolve("https://cli", "S3", new() { ["AWS_IGNORE_CONFIGURED_ENDPOINT_URLS"] = "true" }, NoProfile));

    [Fact]
    public void Precedence_is_service_variable_then_global_variable_then_services_section_then_profile()
    {
        var env = new Dictionary<string, string> { ["AWS_ENDPOINT_URL_ELASTIC_BEANSTALK"] = "https://env-svc", ["AWS_ENDPOINT_URL"] = "https://env" };
        var profile = new Dictionary<string, string> { ["services"] = "svc", ["endpoint_url"] = "https://profile" };
        var services = new Dictionary<string, Dictionary<string, string>> { ["elastic_beanstalk"] = new() { ["endpoint_url"] = "https://section" } };
        Assert.Equal("https://env-svc", Resolve(null, "Elastic Beanstalk", env, profile, services));
        env.Remove("AWS_ENDPOINT_URL_ELASTIC_BEANSTALK");
        Assert.Equal("https://env", Resolve(null, "Elastic Beanstalk", env, profile, services));
        env.Clear();
        Assert.Equal("https://section", Resolve(null, "Elastic Beanstalk", env, profile, services));
        Assert.Equal("https://profile", Resolve(null, "S3", env, profile, services));
    }

    [Theory]
    [InlineData("true", true)]
    [InlineData("TRUE", true)]
    [InlineData("false", false)]
    [InlineData("yes", false)]
    public void Ignore_flag_from_the_profile(string value, bool ignored)
    {
        var profile = new Dictionary<string, string> { ["endpoint_url"] = "https://profile", ["ignore_configured_endpoint_urls"] = value };
        Assert.Equal(ignored ? null : "https://profile", Resolve(null, "S3", [], profile));
    }

    [Fact]
    public void Ignore_variable_overrides_the_profile_key()
    {
        var profile = new Dictionary<string, string> { ["endpoint_url"] = "https://profile", ["ignore_configured_endpoint_urls"] = "true" };
        Assert.Equal("https://profile", Resolve(null, "S3", new() { ["AWS_IGNORE_CONFIGURED_ENDPOINT_URLS"] = "false" }, profile));
    }

    [Fact]
    public void Profile_naming_a_missing_services_section_is_a_configuration_error()
    {
        var profile = new Dictionary<string, string> { ["services"] = "nope" };
        var ex = Assert.Throws<ConfigurationException>(() =>
            ConfiguredEndpoint.Resolve(null, "S3", _ => null, profile, (_, _) => null, section => section == "svc"));
        Assert.Equal("The profile is configured to use the services section but the \"nope\" services configuration does not exist.", ex.Message);
        // Environment variables are consulted first, so they still win.
        Assert.Equal("https://env", ConfiguredEndpoint.Resolve(null, "S3", v => v == "AWS_ENDPOINT_URL" ? "https://env" : null,
            profile, (_, _) => null, section => section == "svc"));
    }
}
