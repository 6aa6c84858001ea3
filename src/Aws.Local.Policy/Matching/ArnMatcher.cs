namespace Aws.Local.Policy.Matching;

/// <summary>
/// ARN matching as Resource and the Arn* condition operators do it: the six colon-separated parts
/// (arn, partition, service, region, account, resource) are matched separately and case-sensitively, so a
/// wildcard never spans a part boundary; the last part (which may itself contain colons) is matched whole.
/// </summary>
public static class ArnMatcher
{
    public static bool Matches(string pattern, string arn) => Matches(Glob.Pattern(pattern), arn);

    public static bool Matches(Glob pattern, string arn)
    {
        if (pattern.Text == "*")
            return true;
        var patternParts = pattern.Split(':', 6);
        if (patternParts.Count < 6)
            return pattern.IsMatch(arn); // not ARN-shaped: plain glob over the whole value
        var arnParts = arn.Split(':', 6);
        if (arnParts.Length < 6)
            return false;
        for (int i = 0; i < 6; i++)
        {
            if (!patternParts[i].IsMatch(arnParts[i]))
                return false;
        }
        return true;
    }
}
