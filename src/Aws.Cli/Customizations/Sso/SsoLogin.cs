using Aws.Cli.Customizations.Configure;
using Aws.Cli.Driver;
using Aws.Cli.Runtime;
using Aws.Core.Credentials;

namespace Aws.Cli.Customizations.Sso;

/// <summary>
/// `aws sso login [--no-browser] [--sso-session NAME]`: the device authorization flow, printing the CLI's text with
/// the verification URL and code, then caching the token. No browser is ever opened here.
/// </summary>
internal static class SsoLogin
{
    public static async Task<int> RunAsync(Invocation invocation, IReadOnlyList<string> args, CancellationToken cancellation)
    {
        var parsed = ConfigureArgs.Parse(args, [], [new("no-browser", IsFlag: true), new("sso-session")]);
        var config = invocation.WithConfig(c => SsoConfig.Resolve(c, parsed["sso-session"]));
        var output = invocation.Context.Out;
        var login = new SsoDeviceLogin(CliCredentials.Context(invocation), config.Region);
        try
        {
            await login.LoginAsync(config.StartUrl, config.SessionName, config.Scopes, pending =>
            {
                output.Write(parsed.Has("no-browser") ? PrintOnlyText(pending) : OpenBrowserText(pending));
                output.Flush();
            }, cancellation);
        }
        catch (CredentialException e)
        {
            throw CliCredentials.ToCli(e);
        }
        output.Write($"Successfully logged into Start URL: {config.StartUrl}\n");
        return 0;
    }

    public static string PrintOnlyText(SsoDeviceAuthorization a) =>
        "Browser will not be automatically opened.\nPlease visit the following URL:\n" +
        $"\n{a.VerificationUri}\n\nThen enter the code:\n\n{a.UserCode}\n" +
        $"\nAlternatively, you may visit the following URL which will autofill the code upon loading:\n{a.VerificationUriComplete}\n";

    public static string OpenBrowserText(SsoDeviceAuthorization a) =>
        "Attempting to automatically open the SSO authorization page in your default browser.\n" +
        "If the browser does not open or you wish to use a different device to authorize this request, open the following URL:\n" +
        $"\n{a.VerificationUri}\n\nThen enter the code:\n\n{a.UserCode}\n";
}
