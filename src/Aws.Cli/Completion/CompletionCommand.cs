using Aws.Cli.Driver;
using Aws.Cli.Errors;
using Aws.Core.Model;

namespace Aws.Cli.Completion;

/// <summary>
/// The completion entry points: the binary run as <c>aws_completer</c> (or <c>aws __complete</c>) reads
/// COMP_LINE (or tcsh's COMMAND_LINE) and COMP_POINT and prints one completion per line, like the real
/// aws_completer; <c>aws completion bash|zsh|fish</c> prints the shell setup.
/// </summary>
public static class CompletionCommand
{
    public const string CompleterName = "aws_completer";

    public static bool IsCompleterName(string? argv0) =>
        argv0 is not null && Path.GetFileName(argv0) is CompleterName or CompleterName + ".exe";

    /// <summary>Runs the completer over the environment's COMP_LINE / COMP_POINT.</summary>
    public static int Complete(CliContext context, ModelCatalog catalog)
    {
        var line = context.GetEnv("COMP_LINE");
        if (string.IsNullOrEmpty(line)) line = context.GetEnv("COMMAND_LINE") ?? "";
        int? point = int.TryParse(context.GetEnv("COMP_POINT"), out var p) ? p : null;
        var completer = new Completer(new CompletionIndex(catalog), context.GetEnv, context.Home, context.CurrentDirectory);
        context.Out.Write(string.Join('\n', completer.Complete(line, point ?? line.Length)) + "\n");
        return ExitCodes.Success;
    }

    /// <summary>`aws completion SHELL`.</summary>
    public static int PrintScript(CliContext context, IReadOnlyList<string> args)
    {
        var shell = args.FirstOrDefault(a => !a.StartsWith('-'));
        if (shell is null) throw new UsageException("the following arguments are required: shell");
        var script = CompletionScripts.For(shell) ?? throw Commands.ChoiceError.Create("shell", shell, CompletionScripts.Shells);
        context.Out.Write(script);
        return ExitCodes.Success;
    }
}
