using Aws.Cli.Commands;
using Aws.Cli.Customizations.Configure;
using Aws.Cli.Driver;
using Aws.Cli.Errors;

namespace Aws.Cli.Customizations.Sso;

/// <summary>
/// `aws sso`: the sso service's operations plus the CLI's `login` (and `logout`, which replaces the Logout operation
/// in the command table, as in the AWS CLI).
/// </summary>
public static class SsoCommand
{
    public static async Task<int> RunAsync(Invocation invocation, IReadOnlyList<string> args, CancellationToken cancellation)
    {
        var index = args.ToList().FindIndex(a => !GlobalOptionsParser.LooksLikeOption(a));
        if (index < 0) throw new UsageException("the following arguments are required: operation");
        var name = args[index];
        var rest = args.Where((_, i) => i != index).ToList();
        try
        {
            switch (name)
            {
                case "login": return await SsoLogin.RunAsync(invocation, rest, cancellation);
                case "logout": return await SsoLogout.RunAsync(invocation, rest, cancellation);
            }
        }
        catch (ConfigureError e)
        {
            invocation.Context.Out.Flush();
            invocation.Context.Error.Write(e.Stderr);
            return e.ExitCode;
        }
        var service = invocation.Catalog.Load("sso") ?? throw new CliException(ExitCodes.General, "Unable to load the model of sso.");
        var operations = ServiceCommand.OperationNames(service);
        if (!operations.ContainsKey(name)) throw ChoiceError.Create("operation", name, [.. operations.Keys, "login", "help"]);
        return await new ServiceCommand("sso").RunAsync(invocation, args, cancellation);
    }
}
