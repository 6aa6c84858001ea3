using System.Diagnostics;
using System.Text;
using Aws.Cli.Driver;

namespace Aws.Cli.Help;

/// <summary>
/// The AWS CLI v2 pagers. Command output: the cli_pager setting (AWS_PAGER, cli_pager, PAGER, "less -R";
/// empty with --no-cli-pager), used only when stdout is a terminal, with LESS=FRX unless LESS is set.
/// Help: MANPAGER, PAGER, "less -R", on a terminal; elsewhere (and when the pager is missing) text goes
/// straight to stdout.
/// </summary>
public static class Pager
{
    public const string Default = "less -R";

    /// <summary>The output pager command line, or null when output is written directly.</summary>
    public static IReadOnlyList<string>? ForOutput(string? cliPagerSetting, bool stdoutIsTerminal)
    {
        if (!stdoutIsTerminal || string.IsNullOrWhiteSpace(cliPagerSetting)) return null;
        var args = Split(cliPagerSetting);
        return args.Count == 0 ? null : args;
    }

    /// <summary>The help pager command line, or null when help is written directly.</summary>
    public static IReadOnlyList<string>? ForHelp(Func<string, string?> getEnv, bool stdoutIsTerminal, bool noCliPager)
    {
        if (!stdoutIsTerminal || noCliPager) return null;
        var pager = getEnv("MANPAGER") ?? getEnv("PAGER") ?? Default;
        var args = Split(pager);
        return args.Count == 0 ? null : args;
    }

    /// <summary>
    /// Writes text through the pager and waits for it to exit; false when the pager cannot be started (the
    /// caller then writes the text itself).
    /// </summary>
    public static bool TryPage(IReadOnlyList<string> command, string text, Func<string, string?> getEnv, bool setLess)
    {
        var exe = ManRenderer.FindOnPath(command[0], getEnv("PATH"));
        if (exe is null) return false;
        var info = new ProcessStartInfo(exe) { RedirectStandardInput = true, UseShellExecute = false };
        foreach (var a in command.Skip(1)) info.ArgumentList.Add(a);
        if (setLess && getEnv("LESS") is null) info.Environment["LESS"] = "FRX";
        try
        {
            using var process = Process.Start(info);
            if (process is null) return false;
            var stdin = new StreamWriter(process.StandardInput.BaseStream, new UTF8Encoding(false)) { NewLine = "\n" };
            try
            {
                stdin.Write(text);
                stdin.Close();
            }
            catch (IOException)
            {
                // The user quit the pager before reading everything: not an error.
            }
            process.WaitForExit();
            return true;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }

    /// <summary>
    /// Runs a command with its output going through the output pager when stdout is a terminal and a pager is
    /// configured (like the CLI's lazy pager, the pager starts only if there is output). The output is collected
    /// first and paged when the command ends, also when it fails.
    /// </summary>
    public static async Task<int> RunPagedAsync(Invocation invocation, Func<Invocation, Task<int>> run)
    {
        var context = invocation.Context;
        var pager = context.StdoutIsTerminal ? ForOutput(invocation.Setting("cli_pager"), true) : null;
        if (pager is null) return await run(invocation);
        var buffer = new StringWriter { NewLine = "\n" };
        var paged = new Invocation(context with { Out = buffer }, invocation.Options, invocation.Catalog);
        try
        {
            return await run(paged);
        }
        finally
        {
            var text = buffer.ToString();
            if (text.Length > 0)
            {
                context.Out.Flush();
                if (!TryPage(pager, text, context.GetEnv, setLess: true)) context.Out.Write(text);
            }
        }
    }

    /// <summary>POSIX shell-style word splitting (Python's shlex.split): quotes and backslashes.</summary>
    public static IReadOnlyList<string> Split(string command)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        var inWord = false;
        for (var i = 0; i < command.Length; i++)
        {
            var c = command[i];
            if (char.IsWhiteSpace(c))
            {
                if (inWord) { words.Add(current.ToString()); current.Clear(); inWord = false; }
                continue;
            }
            inWord = true;
            if (c == '\\' && i + 1 < command.Length) current.Append(command[++i]);
            else if (c is '\'' or '"')
            {
                var end = command.IndexOf(c, i + 1);
                if (end < 0) end = command.Length;
                var inner = command[(i + 1)..end];
                current.Append(c == '"' ? inner.Replace("\\\"", "\"").Replace("\\\\", "\\") : inner);
                i = end;
            }
            else current.Append(c);
        }
        if (inWord) words.Add(current.ToString());
        return words;
    }
}
