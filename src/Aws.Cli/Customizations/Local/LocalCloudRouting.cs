using Aws.Cli.Driver;
using Aws.Core.Runtime.Transport;
using Aws.Local.Host;

namespace Aws.Cli.Customizations.Local;

/// <summary>
/// How the CLI reaches the local cloud with no server: a profile with <c>local_cloud = in-process</c> (or a folder
/// path: that data dir) sends its requests through an <see cref="InProcessTransport"/>. The same profile's
/// <c>endpoint_url = http://127.0.0.1:4566</c> is what other clients use against <c>aws local serve</c>, so the
/// request is signed for the same host either way.
/// </summary>
public static class LocalCloudRouting
{
    public const string SettingName = "local_cloud";
    public const string InProcess = "in-process";
    private static readonly Dictionary<string, LocalCloud> Clouds = new(StringComparer.Ordinal);

    /// <summary>The in-process transport when the profile asks for it, else null.</summary>
    public static IHttpTransport? TransportFor(Invocation invocation)
    {
        var value = invocation.WithConfig(c => c.ScopedConfig.TryGetValue(SettingName, out var v) ? v.Text : null)
                    ?? invocation.Context.GetEnv("AWS_LOCAL_CLOUD");
        if (string.IsNullOrWhiteSpace(value)) return null;
        var dir = value.Trim() == InProcess ? DataDirectory(invocation, null) : DataDirectory(invocation, value.Trim());
        lock (Clouds)
        {
            if (!Clouds.TryGetValue(dir, out var cloud))
                Clouds[dir] = cloud = new LocalCloud(new LocalCloudOptions { DataDirectory = dir, Clock = invocation.Context.Clock });
            return new InProcessTransport(cloud);
        }
    }

    /// <summary>An explicit folder (~ expanded), else AWS_LOCAL_DATA_DIR, else ~/.aws/local.</summary>
    public static string DataDirectory(Invocation invocation, string? explicitDir)
    {
        var dir = explicitDir ?? invocation.Context.GetEnv("AWS_LOCAL_DATA_DIR");
        if (string.IsNullOrEmpty(dir)) return LocalCloudOptions.DefaultDataDirectory(invocation.Context.Home);
        if (dir.StartsWith('~')) dir = invocation.Context.Home + dir[1..];
        return Path.GetFullPath(dir, invocation.Context.CurrentDirectory);
    }
}
