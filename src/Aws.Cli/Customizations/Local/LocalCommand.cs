using Aws.Cli.Driver;
using Aws.Cli.Errors;
using Aws.Core.Config;
using Aws.Local.Host;

namespace Aws.Cli.Customizations.Local;

/// <summary>
/// <c>aws local init [--data-dir DIR] [--account-id ID] [--region R] [--profile-name NAME] [--port P]</c> and
/// <c>aws local serve [--host H] [--port P] [--data-dir DIR] [--ephemeral]</c>.
/// </summary>
public static class LocalCommand
{
    private const string Usage = "usage: aws local init [--data-dir DIR] [--account-id ID] [--region REGION] [--profile-name NAME]\n" +
                                 "       aws local serve [--host 127.0.0.1] [--port 4566] [--data-dir DIR] [--ephemeral]";

    public static Task<int> RunAsync(Invocation invocation, IReadOnlyList<string> args, CancellationToken cancellation)
    {
        if (args.Count == 0 || args[0] is "help" or "--help")
        {
            invocation.Context.Out.WriteLine(Usage);
            return Task.FromResult(0);
        }
        var options = ParseOptions(args.Skip(1).ToList());
        return args[0] switch
        {
            "init" => Task.FromResult(Init(invocation, options)),
            "serve" => ServeAsync(invocation, options, cancellation),
            _ => throw new UsageException($"Invalid choice: '{args[0]}', valid choices are: init | serve\n{Usage}"),
        };
    }

    private static Dictionary<string, string?> ParseOptions(List<string> args)
    {
        var options = new Dictionary<string, string?>(StringComparer.Ordinal);
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            if (!name.StartsWith("--", StringComparison.Ordinal)) throw new UsageException($"Unknown options: {name}\n{Usage}");
            if (name == "--ephemeral") { options[name] = null; continue; }
            if (name is not ("--data-dir" or "--account-id" or "--region" or "--profile-name" or "--host" or "--port"))
                throw new UsageException($"Unknown options: {name}\n{Usage}");
            if (i + 1 >= args.Count) throw new UsageException($"argument {name}: expected one argument");
            options[name] = args[++i];
        }
        return options;
    }

    private static int Init(Invocation invocation, Dictionary<string, string?> options)
    {
        var dir = LocalCloudRouting.DataDirectory(invocation, options.GetValueOrDefault("--data-dir"));
        var cloud = new LocalCloud(new LocalCloudOptions { DataDirectory = dir, Clock = invocation.Context.Clock });
        var account = AccountSetup.Create(cloud.Store, invocation.Context.Clock.GetUtcNow(), options.GetValueOrDefault("--account-id"));
        var profile = options.GetValueOrDefault("--profile-name") ?? "local";
        var region = options.GetValueOrDefault("--region") ?? "us-east-1";
        var port = options.GetValueOrDefault("--port") ?? "4566";
        var paths = invocation.Config.Paths;
        var configPath = ConfigFilePaths.Expand(paths.ConfigFile, invocation.Context.GetEnv, invocation.Context.Home);
        var credentialsPath = ConfigFilePaths.Expand(paths.CredentialsFile, invocation.Context.GetEnv, invocation.Context.Home);
        ConfigFileWriter.UpdateConfig(configPath, profile == "default" ? "default" : "profile " + profile,
        [
            new("region", ConfigValue.Of(region)),
            new("endpoint_url", ConfigValue.Of($"http://127.0.0.1:{port}")),
            new(LocalCloudRouting.SettingName, ConfigValue.Of(options.ContainsKey("--data-dir") ? dir : LocalCloudRouting.InProcess)),
        ]);
        ConfigFileWriter.UpdateConfig(credentialsPath, profile,
        [
            new("aws_access_key_id", ConfigValue.Of(account.AccessKeyId)),
            new("aws_secret_access_key", ConfigValue.Of(account.SecretAccessKey)),
        ]);
        var o = invocation.Context.Out;
        o.WriteLine($"Created local account {account.AccountId} in {dir}");
        o.WriteLine($"  admin user:    {account.AdminUserName} (AdministratorAccess), access key {account.AccessKeyId}");
        o.WriteLine($"  root user:     access key {account.RootAccessKeyId} / {account.RootSecretAccessKey}");
        o.WriteLine($"Wrote profile '{profile}'. Try: aws --profile {profile} sts get-caller-identity");
        return 0;
    }

    private static async Task<int> ServeAsync(Invocation invocation, Dictionary<string, string?> options, CancellationToken cancellation)
    {
        var ephemeral = options.ContainsKey("--ephemeral");
        var dir = LocalCloudRouting.DataDirectory(invocation, options.GetValueOrDefault("--data-dir"));
        var host = options.GetValueOrDefault("--host") ?? "127.0.0.1";
        if (!int.TryParse(options.GetValueOrDefault("--port") ?? "4566", out var port) || port is < 0 or > 65535)
            throw new UsageException("argument --port: expected a port number");
        var cloud = new LocalCloud(new LocalCloudOptions { DataDirectory = dir, Ephemeral = ephemeral, Clock = invocation.Context.Clock });
        var o = invocation.Context.Out;
        var accounts = AccountSetup.Accounts(cloud.Store);
        LocalAccount? created = null;
        if (accounts.Count == 0) created = AccountSetup.Create(cloud.Store, invocation.Context.Clock.GetUtcNow());
        await using var server = new LocalHttpServer(cloud, host, port);
        try
        {
            await server.StartAsync(cancellation);
        }
        catch (IOException e)
        {
            throw new CliException(ExitCodes.General, $"Cannot listen on {host}:{port}: {e.Message}");
        }
        o.WriteLine($"Local cloud listening on {server.Endpoint} (state: {(ephemeral ? "in memory" : dir)})");
        if (created is not null)
        {
            o.WriteLine($"Created account {created.AccountId}");
            o.WriteLine($"  AWS_ACCESS_KEY_ID={created.AccessKeyId}");
            o.WriteLine($"  AWS_SECRET_ACCESS_KEY={created.SecretAccessKey}");
        }
        else
        {
            o.WriteLine($"Accounts: {string.Join(", ", accounts)}");
            foreach (var (account, key, secret) in AccountSetup.AdminKeys(cloud.Store))
                o.WriteLine($"  {account} admin: AWS_ACCESS_KEY_ID={key} AWS_SECRET_ACCESS_KEY={secret}");
        }
        o.WriteLine("Press Ctrl-C to stop.");
        o.Flush();
        try
        {
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellation, server.Stopping);
            await Task.Delay(Timeout.Infinite, stop.Token);
        }
        catch (OperationCanceledException)
        {
        }
        await server.StopAsync();
        o.WriteLine("Stopped.");
        return 0;
    }
}
