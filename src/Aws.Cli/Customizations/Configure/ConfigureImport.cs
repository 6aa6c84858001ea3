using Aws.Core.Config;

namespace Aws.Cli.Customizations.Configure;

/// <summary>`aws configure import --csv file://...`: IAM console credential CSVs into the credentials file.</summary>
internal static class ConfigureImport
{
    public static int Run(IReadOnlyList<string> args, ConfigureSession session)
    {
        var parsed = ConfigureArgs.Parse(args, [], [new("csv", Required: true), new("skip-invalid", IsFlag: true), new("profile-prefix")]);
        var contents = LoadParamFile(parsed["csv"]!, session);
        var prefix = parsed["profile-prefix"] ?? "";
        List<(string User, string AccessKey, string SecretKey)> credentials;
        try
        {
            credentials = CsvCredentialParser.Parse(contents, strict: !parsed.Has("skip-invalid"));
        }
        catch (FormatException e)
        {
            throw ConfigureError.GeneralError(e.Message);
        }
        foreach (var (user, accessKey, secretKey) in credentials)
        {
            ConfigFileWriter.UpdateConfig(session.CredentialsFile, prefix + user,
            [
                new("aws_access_key_id", ConfigValue.Of(accessKey)),
                new("aws_secret_access_key", ConfigValue.Of(secretKey)),
            ]);
        }
        session.Io.Stdout.Write($"Successfully imported {credentials.Count} profile(s)\n");
        session.Io.Stdout.Flush();
        return 0;
    }

    /// <summary>The CLI's parameter-file rule: "file://" and "fileb://" values are read from disk.</summary>
    private static string LoadParamFile(string value, ConfigureSession session)
    {
        string? prefix = value.StartsWith("file://", StringComparison.Ordinal) ? "file://"
            : value.StartsWith("fileb://", StringComparison.Ordinal) ? "fileb://" : null;
        if (prefix is null) return value;
        var path = ConfigFilePaths.Expand(value[prefix.Length..], session.Io.GetEnv, session.Context.Home);
        try
        {
            // Read as bytes: a BOM stays part of the text, as it does for the CLI.
            return System.Text.Encoding.UTF8.GetString(File.ReadAllBytes(path));
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new ConfigureError(ConfigureError.ParamValidation,
                $"\nError parsing parameter '--csv': Unable to load paramfile {value}: [Errno 2] No such file or directory: '{path}'\n");
        }
    }
}
