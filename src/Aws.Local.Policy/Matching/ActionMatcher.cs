namespace Aws.Local.Policy.Matching;

/// <summary>Action and NotAction matching: whole-name glob, case-insensitive (service prefix included).</summary>
public static class ActionMatcher
{
    public static bool Matches(string pattern, string action) =>
        pattern == "*" || Glob.Pattern(pattern).IsMatch(action, ignoreCase: true);

    public static bool MatchesAny(IEnumerable<string> patterns, string action)
    {
        foreach (var p in patterns)
        {
            if (Matches(p, action))
                return true;
        }
        return false;
    }
}
