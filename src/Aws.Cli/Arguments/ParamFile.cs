using System.Text;
using System.Text.RegularExpressions;

namespace Aws.Cli.Arguments;

/// <summary>A file:// or fileb:// value that could not be read; the message is the CLI's.</summary>
public sealed class ParamFileException(string message) : Exception(message);

/// <summary>
/// Parameter values read from files, as awscli's paramfile module does: <c>file://</c> gives text (UTF-8,
/// universal newlines), <c>fileb://</c> gives bytes. Paths expand <c>~</c> and <c>$VAR</c>; relative paths are
/// relative to the current directory. Prefixes are case-sensitive.
/// </summary>
public static partial class ParamFile
{
    /// <summary>Null when <paramref name="value"/> is not a file reference; else a string or a byte[].</summary>
    public static object? Load(string value, ArgumentOptions options)
    {
        if (value.StartsWith("file://", StringComparison.Ordinal)) return Read(value, "file://".Length, false, options);
        if (value.StartsWith("fileb://", StringComparison.Ordinal)) return Read(value, "fileb://".Length, true, options);
        return null;
    }

    private static object Read(string value, int prefixLength, bool binary, ArgumentOptions options)
    {
        var path = ExpandVars(ExpandUser(value[prefixLength..], options), options);
        var full = Path.IsPathRooted(path) ? path : Path.Combine(options.CurrentDirectory, path);
        byte[] bytes;
        try
        {
            if (Directory.Exists(full)) throw new ParamFileException($"Unable to load paramfile {value}: [Errno 21] Is a directory: {PyText.Repr(path)}");
            bytes = File.ReadAllBytes(full);
        }
        catch (FileNotFoundException) { throw Missing(value, path); }
        catch (DirectoryNotFoundException) { throw Missing(value, path); }
        catch (UnauthorizedAccessException)
        {
            throw new ParamFileException($"Unable to load paramfile {value}: [Errno 13] Permission denied: {PyText.Repr(path)}");
        }
        if (binary) return bytes;
        string text;
        try { text = new UTF8Encoding(false, true).GetString(bytes); }
        catch (DecoderFallbackException)
        {
            throw new ParamFileException(
                $"Unable to load paramfile ({path}), text contents could not be decoded.  If this is a binary file, " +
                "please use the fileb:// prefix instead of the file:// prefix.");
        }
        // Python's text mode: universal newlines.
        return text.Replace("\r\n", "\n").Replace('\r', '\n');
    }

    private static ParamFileException Missing(string value, string path) =>
        new($"Unable to load paramfile {value}: [Errno 2] No such file or directory: {PyText.Repr(path)}");

    /// <summary>os.path.expanduser for "~" and "~/..." (HOME).</summary>
    public static string ExpandUser(string path, ArgumentOptions options)
    {
        if (!path.StartsWith('~')) return path;
        var slash = path.IndexOf('/');
        if (slash != 1 && path.Length != 1) return path; // ~user is left alone
        var home = options.GetEnvironmentVariable("HOME");
        if (string.IsNullOrEmpty(home)) return path;
        return home.TrimEnd('/') + (slash < 0 ? "" : path[slash..]) is { Length: > 0 } r ? r : "/";
    }

    [GeneratedRegex(@"\$(\w+|\{[^}]*\})", RegexOptions.ECMAScript)]
    private static partial Regex VarPattern();

    /// <summary>os.path.expandvars: $name and ${name}; unknown variables are left as they are.</summary>
    public static string ExpandVars(string path, ArgumentOptions options)
    {
        if (!path.Contains('$')) return path;
        return VarPattern().Replace(path, m =>
        {
            var name = m.Groups[1].Value;
            if (name.StartsWith('{')) name = name[1..^1];
            return options.GetEnvironmentVariable(name) ?? m.Value;
        });
    }
}
