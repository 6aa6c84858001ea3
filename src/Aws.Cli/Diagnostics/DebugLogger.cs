using System.Globalization;
using Aws.Cli.Driver;
using Aws.Core.Config;
using Aws.Core.Runtime.Diagnostics;

namespace Aws.Cli.Diagnostics;

/// <summary>
/// The --debug log on stderr, in Python logging's shape as the AWS CLI writes it:
/// "2026-11-28 10:00:00,123 - MainThread - botocore.endpoint - DEBUG - message". Every line goes through the
/// <see cref="Redactor"/> last, so no secret key, session token or signature gets out even if a caller slips.
/// </summary>
public sealed class DebugLogger(TextWriter error, TimeProvider clock)
{
    private readonly Lock _lock = new();

    /// <summary>The logger for this invocation, or null without --debug.</summary>
    public static DebugLogger? For(Invocation invocation) =>
        invocation.Options.Debug ? new DebugLogger(invocation.Context.Error, invocation.Context.Clock) : null;

    public void Write(string logger, string message, string level = "DEBUG")
    {
        var time = clock.GetLocalNow();
        var stamp = time.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) + ","
            + time.Millisecond.ToString("D3", CultureInfo.InvariantCulture);
        lock (_lock) error.Write($"{stamp} - MainThread - {logger} - {level} - {Redactor.Text(message)}\n");
    }

    /// <summary>The first lines of every debug run: the version and the arguments as given.</summary>
    public void Startup(string version, IReadOnlyList<string> args)
    {
        Write("awscli.clidriver", $"CLI version: {version}");
        Write("awscli.clidriver", "Arguments entered to CLI: [" + string.Join(", ", args.Select(HttpLogFormat.PyString)) + "]");
    }

    /// <summary>Every setting that has a value, and where it came from; credential values are masked.</summary>
    public void Settings(Invocation invocation)
    {
        IReadOnlyList<ResolvedSetting> settings;
        try { settings = invocation.Config.ResolveAll(); }
        catch (ConfigException) { return; } // the command reports a broken config file itself
        Write("botocore.configprovider", $"Profile: {invocation.Config.ProfileName}");
        foreach (var s in settings.Where(s => s.IsSet && s.Source != SettingSource.Default))
        {
            var value = IsSecret(s.Name) ? Redactor.Mask : s.Value;
            Write("botocore.configprovider", $"Setting {s.Name} = {HttpLogFormat.PyString(value ?? "")} from {Describe(s)}");
        }
    }

    /// <summary>Which provider gave the credentials, as botocore.credentials words it.</summary>
    public void Credentials(string method)
    {
        Write("botocore.credentials", $"Looking for credentials via: {method}");
        var found = method switch
        {
            "env" => "Found credentials in environment variables.",
            "shared-credentials-file" => "Found credentials in shared credentials file: ~/.aws/credentials",
            "config-file" => "Found credentials in config file: ~/.aws/config",
            _ => $"Found credentials via: {method}",
        };
        Write("botocore.credentials", found, "INFO");
    }

    public void Endpoint(string service, string url, string? region) =>
        Write("botocore.regions", $"Endpoint provider result for {service} (region {region ?? "None"}): {url}");

    private static bool IsSecret(string name) =>
        name.Contains("secret", StringComparison.OrdinalIgnoreCase) || name.Contains("token", StringComparison.OrdinalIgnoreCase);

    private static string Describe(ResolvedSetting s) => s.Source switch
    {
        SettingSource.CliOption => $"command line option {s.Location}",
        SettingSource.Environment or SettingSource.FallbackEnvironment => $"environment variable {s.Location}",
        SettingSource.ConfigFile => $"config file {s.Location}",
        SettingSource.CredentialsFile => $"credentials file {s.Location}",
        SettingSource.Default => "default",
        _ => "nowhere",
    };
}
