using Aws.Cli.Driver;

namespace Aws.Cli.Runtime;

/// <summary>Python's getpass: the prompt goes to the terminal and the answer is read from it without echo.</summary>
public static class TerminalPrompt
{
    public static string? ReadSecret(string prompt, CliContext context)
    {
        if (!OperatingSystem.IsWindows())
        {
            try
            {
                using var tty = new FileStream("/dev/tty", FileMode.Open, FileAccess.ReadWrite);
                using var reader = new StreamReader(tty);
                using var writer = new StreamWriter(tty) { AutoFlush = true };
                writer.Write(prompt);
                var line = reader.ReadLine();
                writer.Write("\n");
                return line;
            }
            catch (IOException) { }
            catch (UnauthorizedAccessException) { }
        }
        // No terminal: getpass falls back to stderr for the prompt and stdin for the answer.
        context.Error.Write(prompt);
        context.Error.Flush();
        var answer = context.In.ReadLine();
        context.Error.Write("\n");
        return answer;
    }
}
