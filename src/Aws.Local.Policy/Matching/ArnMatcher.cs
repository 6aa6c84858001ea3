namespace Aws.Local.Policy.Matching;

/// <summary>
/// ARN matching as Resource and the Arn* condition operators do it: the six colon-separated parts
/// (arn, partition, service, region, account, resource) are matched separately and case-sensitively, so a
/// wildcard never spans a part boundary; the last part (which may itself contain colons) is matched whole. A pattern
/// with fewer parts matches the ARN's remaining parts with its last part (so "arn:aws:*" covers everything).
/// </summary>
public static class ArnMatcher
{
    public static bool Matches(string pattern, string arn) => Matches(Glob.Pattern(pattern), arn);

    public static bool Matches(Glob pattern, string arn)
    {
        if (pattern.Text == "*")
            return true;
        var patternParts = pattern.Split(':', 6);
        int n = patternParts.Count;
        var arnParts = arn.Split(':', n);
        if (arnParts.Length < n)
            return false;
        for (int i = 0; i < n; i++)
        {
            if (!patternParts[i].IsMatch(arnParts[i]))
                return false;
        }
        return true;
    }
}
