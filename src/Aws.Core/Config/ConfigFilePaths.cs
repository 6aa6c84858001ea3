namespace Aws.Core.Config;

/// <summary>Where the shared config and credentials files are, and which profile the environment selects.</summary>
public sealed record ConfigFilePaths(string ConfigFile, string CredentialsFile, string? EnvironmentProfile)
{
    public const string DefaultConfigFile = "~/.aws/config";
    public const string DefaultCredentialsFile = "~/.aws/credentials";

    /// <summary>
    /// Resolves the two file paths from AWS_CONFIG_FILE / AWS_SHARED_CREDENTIALS_FILE (default ~/.aws/...), with
    /// $VAR and ~ expanded as botocore does, and the profile from AWS_PROFILE then AWS_DEFAULT_PROFILE.
    /// </summary>
    /// <param name="env">Environment lookup (null for unset).</param>
    /// <param name="home">The home folder; when null it comes from HOME (on Windows USERPROFILE, then HOMEDRIVE+HOMEPATH).</param>
    /// <param name="windows">Use Windows path rules (backslashes and the Windows home fallbacks).</param>
    public static ConfigFilePaths Resolve(Func<string, string?> env, string? home = null, bool? windows = null)
    {
        var isWindows = windows ?? OperatingSystem.IsWindows();
        home ??= HomeFolder(env, isWindows);
        // botocore treats a variable set to "" as set.
        var profile = env("AWS_PROFILE") ?? env("AWS_DEFAULT_PROFILE");
        return new ConfigFilePaths(
            Expand(env("AWS_CONFIG_FILE") ?? DefaultConfigFile, env, home, isWindows),
            Expand(env("AWS_SHARED_CREDENTIALS_FILE") ?? DefaultCredentialsFile, env, home, isWindows),
            profile);
    }

    /// <summary>The user's home folder as the SDKs find it: HOME first, then the Windows variables.</summary>
    public static string? HomeFolder(Func<string, string?> env, bool windows)
    {
        if (NonEmpty(env("HOME")) is { } h) return h;
        if (!windows) return null;
        if (NonEmpty(env("USERPROFILE")) is { } u) return u;
        if (NonEmpty(env("HOMEDRIVE")) is { } d && NonEmpty(env("HOMEPATH")) is { } p) return d + p;
        return null;
    }

    /// <summary>Expands $VAR and a leading ~ the way botocore does before opening a config path.</summary>
    public static string Expand(string path, Func<string, string?> env, string? home, bool windows = false)
    {
        path = PyText.ExpandVars(path, env);
        if (!windows) return PyText.ExpandUser(path, home);
        if (home is null || path.Length == 0 || path[0] != '~') return path;
        if (path.Length == 1) return home;
        if (path[1] is not ('/' or '\\')) return path;
        return home.TrimEnd('\\', '/') + "\\" + path[2..].Replace('/', '\\');
    }

    private static string? NonEmpty(string? s) => string.IsNullOrEmpty(s) ? null : s;
}
