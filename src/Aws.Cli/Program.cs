using System.Text;
using Aws.Cli.Driver;

namespace Aws.Cli;

public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        // UTF-8 out, LF newlines, and a buffered stdout (flushed on exit) like Python's.
        var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), 1 << 16) { AutoFlush = false, NewLine = "\n" };
        var stderr = new StreamWriter(Console.OpenStandardError(), new UTF8Encoding(false)) { AutoFlush = true, NewLine = "\n" };
        using var cancellation = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) => { e.Cancel = true; cancellation.Cancel(); };
        var context = CliContext.FromProcess(stdout, stderr);
        try
        {
            // Installed (or linked) as aws_completer, the binary is bash's completer, like the real CLI's.
            if (Completion.CompletionCommand.IsCompleterName(Environment.GetCommandLineArgs().FirstOrDefault()))
                args = ["__complete"];
            return await new CliDriver(context).RunAsync(args, cancellation.Token);
        }
        finally
        {
            // Synchronously: the console stream has no async write, so FlushAsync would queue it on the thread pool.
            stdout.Flush();
        }
    }
}
