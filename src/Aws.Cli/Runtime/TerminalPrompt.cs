using System.Diagnostics;
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
                var echoOff = Stty("-echo");
                try
                {
                    return reader.ReadLine();
                }
                finally
                {
                    if (echoOff) Stty("echo");
                    writer.Write("\n");
                }
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

    // getpass turns echo off with termios; stty on the same terminal does that without native interop.
    private static bool Stty(string mode)
    {
        try
        {
            var psi = new ProcessStartInfo("/bin/sh") { UseShellExecute = false };
            psi.ArgumentList.Add("-c");
            psi.ArgumentList.Add("stty " + mode + " < /dev/tty");
            using var process = Process.Start(psi);
            if (process is null) return false;
            process.WaitForExit();
            return process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception) { return false; }
    }
}
