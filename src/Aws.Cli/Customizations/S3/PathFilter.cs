using System.Text;
using System.Text.RegularExpressions;

namespace Aws.Cli.Customizations.S3;

/// <summary>
/// --exclude/--include as the AWS CLI applies them: each pattern is joined to the source root (and, for
/// sync --delete, the destination root) and matched with fnmatch against the full path; later rules win.
/// </summary>
public sealed class PathFilter
{
    private readonly List<(bool Include, Regex Src, Regex Dest)> _rules = [];

    public PathFilter(IEnumerable<(bool Include, string Pattern)> rules, string? srcRoot, string? destRoot)
    {
        foreach (var (include, pattern) in rules)
            _rules.Add((include, Translate(Join(srcRoot ?? "", pattern)), Translate(Join(destRoot ?? "", pattern))));
    }

    public bool IsEmpty => _rules.Count == 0;

    /// <summary>Whether the file (its Src path) survives the rules.</summary>
    public bool Includes(string path)
    {
        var included = true;
        foreach (var (include, src, dest) in _rules)
        {
            if (src.IsMatch(path)) included = include;
            if (dest.IsMatch(path)) included = include;
        }
        return included;
    }

    /// <summary>The root patterns are relative to (filters.py's _get_s3_root / _get_local_root).</summary>
    public static string Root(string location, bool dirOp, string cwd)
    {
        if (S3Paths.IsS3(location))
        {
            var (bucket, key) = S3Paths.SplitBucketKey(location);
            if (!dirOp && !key.EndsWith('/')) key = string.Join('/', key.Split('/')[..^1]);
            return bucket + "/" + key;
        }
        if (dirOp) return TransferPaths.AbsPath(location, cwd);
        var dir = Path.GetDirectoryName(TransferPaths.AbsPath(location, cwd));
        return string.IsNullOrEmpty(dir) ? "/" : dir;
    }

    /// <summary>os.path.join: an absolute pattern replaces the root.</summary>
    private static string Join(string root, string pattern)
    {
        if (pattern.StartsWith('/')) return pattern;
        if (root.Length == 0 || root.EndsWith('/')) return root + pattern;
        return root + "/" + pattern;
    }

    /// <summary>fnmatch.translate: * and ? match any character (including '/'), [seq] and [!seq] classes.</summary>
    public static Regex Translate(string pattern)
    {
        var sb = new StringBuilder("^(?s:");
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '*') { sb.Append(".*"); while (i + 1 < pattern.Length && pattern[i + 1] == '*') i++; }
            else if (c == '?') sb.Append('.');
            else if (c == '[')
            {
                var j = i + 1;
                if (j < pattern.Length && pattern[j] == '!') j++;
                if (j < pattern.Length && pattern[j] == ']') j++;
                while (j < pattern.Length && pattern[j] != ']') j++;
                if (j >= pattern.Length) { sb.Append("\\["); continue; }
                var body = pattern[(i + 1)..j].Replace("\\", "\\\\");
                i = j;
                if (body.StartsWith('!')) body = "^" + body[1..];
                else if (body.StartsWith('^')) body = "\\" + body;
                sb.Append('[').Append(body).Append(']');
            }
            else sb.Append(Regex.Escape(c.ToString()));
        }
        return new Regex(sb.Append(")\\z").ToString(), RegexOptions.CultureInvariant);
    }
}
