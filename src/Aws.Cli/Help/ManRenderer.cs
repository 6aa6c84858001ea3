using System.Diagnostics;
using System.Text;

namespace Aws.Cli.Help;

/// <summary>
/// Turns a <see cref="RoffDocument"/> into terminal text the way AWS CLI v2 does on POSIX: through
/// <c>groff -m man -T ascii</c> when groff is on PATH (bold and underline as overstrikes), otherwise (the real
/// CLI then tries mandoc, then fails) through a small built-in formatter with the same layout, left-adjusted.
/// </summary>
public static class ManRenderer
{
    public static string Render(string roff, Func<string, string?> getEnv)
    {
        var groff = FindOnPath("groff", getEnv("PATH"));
        if (groff is not null && TryRun(groff, ["-m", "man", "-T", "ascii"], roff) is { } text) return text;
        return RoffTextFormatter.Format(roff);
    }

    /// <summary>The full path of an executable on PATH (as the CLI's _exists_on_path checks), or null.</summary>
    public static string? FindOnPath(string name, string? path)
    {
        if (Path.IsPathRooted(name)) return File.Exists(name) ? name : null;
        foreach (var dir in (path ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(dir, name);
            if (File.Exists(candidate)) return candidate;
        }
        return null;
    }

    private static string? TryRun(string exe, string[] args, string input)
    {
        try
        {
            var info = new ProcessStartInfo(exe)
            {
                RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true,
                UseShellExecute = false, StandardOutputEncoding = Encoding.UTF8,
            };
            foreach (var a in args) info.ArgumentList.Add(a);
            using var process = Process.Start(info);
            if (process is null) return null;
            // Read while writing so a large page cannot deadlock on full pipes.
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            process.StandardInput.Write(input);
            process.StandardInput.Close();
            process.WaitForExit();
            _ = errors.Result;
            return process.ExitCode == 0 ? output.Result : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
        catch (IOException)
        {
            return null;
        }
    }
}
