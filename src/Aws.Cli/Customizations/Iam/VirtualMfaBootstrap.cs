using System.Text.Json.Nodes;
using Aws.Cli.Arguments;
using Aws.Cli.Errors;

namespace Aws.Cli.Customizations.Iam;

/// <summary>
/// `iam create-virtual-mfa-device --outfile PATH --bootstrap-method QRCodePNG|Base32StringSeed`, as the AWS CLI
/// adds them: the chosen bootstrap data is written (decoded) to the file and both blobs leave the printed output.
/// </summary>
internal static class VirtualMfaBootstrap
{
    private static readonly string[] Methods = ["QRCodePNG", "Base32StringSeed"];

    public static void AddArguments(List<CliArgument> args)
    {
        args.Add(new CliArgument("outfile", CliArgumentKind.CliOnly, "string")
            { Required = true, Documentation = "<p>The output path and file name where the bootstrap information will be stored.</p>" });
        args.Add(new CliArgument("bootstrap-method", CliArgumentKind.CliOnly, "string")
        {
            Required = true, Choices = Methods,
            Documentation = "<p>Method to use to seed the virtual MFA.  Valid values are: QRCodePNG | Base32StringSeed</p>",
        });
    }

    /// <summary>The expanded output path; checked before any request, like the CLI's FileArgument.</summary>
    public static string ResolveOutFile(ParsedArguments parsed, Func<string, string?> getEnv, string currentDirectory)
    {
        var given = parsed.CliOptions.GetValueOrDefault("outfile") ?? "";
        var path = Aws.Core.Config.PyText.ExpandUser(Aws.Core.Config.PyText.ExpandVars(given, getEnv), getEnv("HOME"));
        var directory = Path.GetDirectoryName(Path.GetFullPath(path, currentDirectory));
        if (directory is null || !PosixAccess.CanWrite(directory))
            throw new CliException(ExitCodes.ParamValidation, $"Unable to write to file: {path}");
        return Path.GetFullPath(path, currentDirectory);
    }

    /// <summary>After a successful call: write the chosen blob (base64 on the wire) and drop both from the result.</summary>
    public static void SaveBootstrap(JsonObject? result, string method, string outFile)
    {
        if (result?["VirtualMFADevice"] is not JsonObject device) return;
        if (device[method] is JsonValue value && value.TryGetValue<string>(out var encoded))
            File.WriteAllBytes(outFile, Convert.FromBase64String(encoded));
        foreach (var m in Methods) device.Remove(m);
    }
}
