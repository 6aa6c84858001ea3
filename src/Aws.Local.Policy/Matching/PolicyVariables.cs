using Aws.Local.Policy.Context;

namespace Aws.Local.Policy.Matching;

/// <summary>
/// Substitutes policy variables: <c>${aws:username}</c>, <c>${aws:PrincipalTag/team}</c>, the escapes
/// <c>${*}</c> <c>${?}</c> <c>${$}</c>, and defaults <c>${aws:username, 'nobody'}</c>. Substituted text is literal
/// (a <c>*</c> in a user name is not a wildcard).
/// </summary>
public static class PolicyVariables
{
    /// <summary>
    /// Resolves <paramref name="value"/> against <paramref name="keys"/>. Returns null when a variable has no value
    /// and no default: AWS then treats the Resource or condition value as not matching.
    /// When <paramref name="enabled"/> is false (2008-10-17 policies) the text is taken as written.
    /// </summary>
    public static Glob? Resolve(string value, ContextKeyMap keys, bool enabled = true)
    {
        if (!enabled || !value.Contains("${", StringComparison.Ordinal))
            return Glob.Pattern(value);
        var builder = new Glob.Builder();
        var rest = value.AsSpan();
        while (true)
        {
            int open = rest.IndexOf("${", StringComparison.Ordinal);
            if (open < 0)
                break;
            int close = rest[(open + 2)..].IndexOf('}');
            if (close < 0)
                break;
            builder.AppendPattern(rest[..open]);
            var body = rest.Slice(open + 2, close);
            var resolved = ResolveBody(body, keys);
            if (resolved is null)
                return null;
            builder.AppendLiteral(resolved);
            rest = rest[(open + 2 + close + 1)..];
        }
        builder.AppendPattern(rest);
        return builder.Build();
    }

    /// <summary>The context keys a value refers to through variables (for MissingContextValues and key listings).</summary>
    public static IEnumerable<string> ReferencedKeys(string value)
    {
        int index = 0;
        while ((index = value.IndexOf("${", index, StringComparison.Ordinal)) >= 0)
        {
            int close = value.IndexOf('}', index + 2);
            if (close < 0)
                yield break;
            var (key, _) = SplitDefault(value.AsSpan(index + 2, close - index - 2));
            if (key is not ("*" or "?" or "$"))
                yield return key;
            index = close + 1;
        }
    }

    private static string? ResolveBody(ReadOnlySpan<char> body, ContextKeyMap keys)
    {
        var (key, fallback) = SplitDefault(body);
        if (key is "*" or "?" or "$")
            return key;
        if (keys.TryGetValues(key, out var values) && values.Count > 0)
            return values[0];
        return fallback;
    }

    // "aws:username, 'default'" -> ("aws:username", "default"); the default must be single-quoted.
    private static (string Key, string? Default) SplitDefault(ReadOnlySpan<char> body)
    {
        int comma = body.IndexOf(',');
        if (comma < 0)
            return (body.Trim().ToString(), null);
        var key = body[..comma].Trim().ToString();
        var def = body[(comma + 1)..].Trim();
        if (def.Length >= 2 && def[0] == '\'' && def[^1] == '\'')
            return (key, def[1..^1].ToString());
        return (key, null);
    }
}
