using Aws.Cli.Errors;
using Aws.Core.Config;
using Aws.Core.Model;

namespace Aws.Cli.Driver;

/// <summary>
/// One run of the CLI: the context, the global options and, resolved on first use, the configuration
/// (profile, settings in the CLI's precedence) the command needs.
/// </summary>
public sealed class Invocation(CliContext context, GlobalOptions options, ModelCatalog catalog)
{
    private ConfigContext? _config;

    public CliContext Context { get; } = context;
    public GlobalOptions Options { get; } = options;
    public ModelCatalog Catalog { get; } = catalog;

    public ConfigContext Config => _config ??= new ConfigContext(Context.GetEnv, Context.Home, Options.Profile, CliOptionValues());

    private Dictionary<string, string> CliOptionValues()
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        void Set(string name, string? value) { if (value is not null) values[name] = value; }
        Set("region", Options.Region);
        Set("output", Options.Output);
        Set("ca_bundle", Options.CaBundle);
        Set("endpoint_url", Options.EndpointUrl);
        Set("cli_binary_format", Options.BinaryFormat);
        Set("cli_connect_timeout", Options.ConnectTimeout?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Set("cli_read_timeout", Options.ReadTimeout?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Set("color", Options.Color);
        if (Options.NoCliPager) values["cli_pager"] = "";
        return values;
    }

    /// <summary>A setting's value. Config-file problems are botocore errors (ProfileNotFound, ConfigParseError,
    /// PartialCredentialsError), which the AWS CLI reports as general errors: exit 255, not 253.</summary>
    public string? Setting(string name)
    {
        try { return Config.Get(name); }
        catch (ConfigException e) { throw new CliException(ExitCodes.General, e.Message); }
    }

    public T WithConfig<T>(Func<ConfigContext, T> read)
    {
        try { return read(Config); }
        catch (ConfigException e) { throw new CliException(ExitCodes.General, e.Message); }
    }

    public string OutputFormat => Setting("output") ?? "json";
    public string BinaryFormat => Setting("cli_binary_format") ?? "base64";
    public string TimestampFormat => Setting("cli_timestamp_format") ?? "iso8601";
}
