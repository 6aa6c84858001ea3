using System.Text.RegularExpressions;
using Aws.Core.Config;
using Aws.Core.Endpoints;

namespace Aws.Cli.Completion;

/// <summary>
/// Completions for a partly typed `aws` command line, tried in the real completer's order: regions, profiles,
/// option values with known choices (our addition: the real CLI offers none), commands and options from the
/// model, then file:// and fileb:// paths. Results are prefix-filtered, as aws_completer's are.
/// </summary>
public sealed partial class Completer(CompletionIndex index, Func<string, string?> getEnv, string? home, string currentDirectory)
{
    public IReadOnlyList<string> Complete(string commandLine, int? cursor = null)
    {
        var line = CompletionLine.Parse(index, commandLine, cursor);
        return Regions(line) ?? Profiles(line) ?? Choices(line) ?? ModelIndex(line) ?? FilePaths(line) ?? [];
    }

    private static IReadOnlyList<string> Filter(string prefix, IEnumerable<string> names) =>
        names.Where(n => n.StartsWith(prefix, StringComparison.Ordinal)).ToArray();

    private static IReadOnlyList<string>? Regions(CompletionLine line) =>
        line.CurrentParam == "region" && line.CurrentFragment is { } fragment
            ? Filter(fragment, Partitions.Aws.Regions.Order(StringComparer.Ordinal))
            : null;

    private IReadOnlyList<string>? Profiles(CompletionLine line)
    {
        if (line.CurrentParam != "profile" || line.CurrentFragment is not { } fragment) return null;
        try { return Filter(fragment, new ConfigContext(getEnv, home).Files.AvailableProfiles); }
        catch (ConfigException) { return []; }
    }

    private IReadOnlyList<string>? Choices(CompletionLine line)
    {
        if (line.CurrentParam is not { } param || line.CurrentFragment is not { } fragment) return null;
        var arg = line.GlobalParams.ContainsKey(param) && !line.ParsedParams.ContainsKey(param)
            ? CompletionIndex.GlobalArguments.FirstOrDefault(a => a.Name == param)
            : index.Argument(line.Lineage, line.CurrentCommand!, param);
        return arg is { Choices.Count: > 0 } ? Filter(fragment, arg.Choices) : null;
    }

    private IReadOnlyList<string>? ModelIndex(CompletionLine line)
    {
        if (line.UnparsedItems.Count > 0 && line.UnparsedItems.All(LooksLikePath))
        {
            // Unknown words that look like paths or options: still offer options (e.g. s3 mv ./a s3://b --).
            var fragment = string.IsNullOrEmpty(line.CurrentFragment) ? line.CurrentCommand ?? "" : line.CurrentFragment;
            return Filter(fragment, Options(line));
        }
        if (line.UnparsedItems.Count > 0 || line.CurrentFragment is null || line.CurrentParam is not null) return null;
        var current = line.CurrentFragment;
        if (current.StartsWith("--", StringComparison.Ordinal))
            return Filter(current == "--" ? "" : current, Options(line));
        var commands = index.CommandNames([.. line.Lineage, line.CurrentCommand!]);
        return commands.Count == 0 ? Filter(current, Options(line)) : Filter(current, commands);
    }

    private static bool LooksLikePath(string item) => PathLike().IsMatch(item);

    // Options not given yet: the command's own (not in the global scope), then the global ones.
    private List<string> Options(CompletionLine line)
    {
        var names = new List<string>();
        var global = line.Lineage.Count == 0 && line.CurrentCommand == "aws";
        if (!global)
            names.AddRange(index.Arguments(line.Lineage, line.CurrentCommand!).Where(a => !a.Positional).Select(a => a.Name == "outfile" ? "outfile" : "--" + a.Name));
        names.AddRange(CompletionIndex.GlobalArguments.Select(a => "--" + a.Name));
        return names.Where(n => !line.ParsedParams.ContainsKey(n.TrimStart('-')) && !line.GlobalParams.ContainsKey(n.TrimStart('-'))).ToList();
    }

    private IReadOnlyList<string>? FilePaths(CompletionLine line)
    {
        if (line.CurrentFragment is not { } fragment) return null;
        var prefix = fragment.StartsWith("file://", StringComparison.Ordinal) ? "file://"
            : fragment.StartsWith("fileb://", StringComparison.Ordinal) ? "fileb://" : null;
        if (prefix is null) return null;
        var path = fragment[prefix.Length..];
        if (path == "~") return [prefix + "~/"];
        var dir = Path.GetDirectoryName(path) ?? "";
        if (dir.Length > 0 && dir != "/") dir += "/";
        if (path.StartsWith('/') && dir.Length == 0) dir = "/";
        var expanded = dir.StartsWith('~') && home is not null ? home + dir[1..] : dir;
        var full = Path.IsPathRooted(expanded) ? expanded : Path.Combine(currentDirectory, expanded);
        var name = Path.GetFileName(path);
        if (!Directory.Exists(full)) return [];
        try
        {
            return new DirectoryInfo(full).EnumerateFileSystemInfos()
                .Select(e => e is DirectoryInfo ? e.Name + "/" : e.Name)
                .Order(StringComparer.Ordinal)
                .Where(n => n.StartsWith(name, StringComparison.Ordinal))
                .Select(n => prefix + dir + n)
                .ToArray();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [];
        }
    }

    [GeneratedRegex(@"[./\\:]|(--)")]
    private static partial Regex PathLike();
}
