using Aws.Cli.Arguments;
using Aws.Cli.Driver;
using Aws.Cli.Errors;
using Aws.Core.Model;

namespace Aws.Cli.Help;

/// <summary>Shows a help page: renders it like the CLI (groff) and sends it through the help pager.</summary>
public static class HelpCommand
{
    public static int ShowProvider(Invocation invocation, IEnumerable<string> commandNames) =>
        Show(invocation, PageBuilders.Provider(commandNames));

    public static int ShowService(Invocation invocation, ServiceModel service, IEnumerable<string> commandNames) =>
        Show(invocation, PageBuilders.Service(service, commandNames, ServiceDocumentation(service)));

    public static int ShowOperation(Invocation invocation, ServiceModel service, OperationModel operation) =>
        Show(invocation, OperationHelp.Build(service.Name, operation, ArgumentTable.Build(operation, service.Name)));

    public static int ShowCustom(Invocation invocation, CommandDescription command) =>
        Show(invocation, PageBuilders.Custom(command));

    /// <summary>
    /// `aws CUSTOM [SUBCOMMAND] help`: shows the page when the words end in "help" and name a described command.
    /// </summary>
    public static bool TryShowCustom(Invocation invocation, CommandDescription? command, IReadOnlyList<string> words, out int exitCode)
    {
        exitCode = 0;
        if (command is null || words.Count == 0 || words[^1] != "help" || words.Count > 2) return false;
        var target = words.Count == 2 ? command.FindSubcommand(words[0]) : command;
        if (target is null) return false;
        exitCode = ShowCustom(invocation, target);
        return true;
    }

    /// <summary>The commands `aws SERVICE help` lists: operations, plus wait when the service has waiters.</summary>
    public static IEnumerable<string> ServiceCommandNames(ServiceModel service, IEnumerable<string> operationNames)
    {
        var names = operationNames.ToList();
        if (service.Waiters.ValueKind == System.Text.Json.JsonValueKind.Object && service.Waiters.EnumerateObject().Any())
            names.Add("wait");
        return names;
    }

    // The model API exposes no service-level documentation yet; the page shows none (like an undocumented model).
    private static string? ServiceDocumentation(ServiceModel service) => null;

    public static int Show(Invocation invocation, RoffDocument page)
    {
        var context = invocation.Context;
        // AWS_SHARP_HELP_FORMAT=roff prints the page source (for comparing with docutils' output).
        var text = context.GetEnv("AWS_SHARP_HELP_FORMAT") == "roff" ? page.ToString() : ManRenderer.Render(page.ToString(), context.GetEnv);
        var pager = Pager.ForHelp(context.GetEnv, context.StdoutIsTerminal, invocation.Options.NoCliPager);
        context.Out.Flush();
        if (pager is null || !Pager.TryPage(pager, text, context.GetEnv, setLess: false))
            context.Out.Write(pager is null ? text : text + "\n");
        return ExitCodes.Success;
    }
}
