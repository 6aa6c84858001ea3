using System.Globalization;
using Aws.Local.Policy.Matching;

namespace Aws.Local.Policy.Conditions;

/// <summary>The positive comparison of one request value against one policy value, per operator family.</summary>
internal static class ValueComparer
{
    public static bool Matches(ConditionOperator op, string requestValue, Glob policyValue) => op.Family switch
    {
        OperatorFamily.String => op.Comparison switch
        {
            Comparison.EqualsIgnoreCase => string.Equals(requestValue, policyValue.Text, StringComparison.OrdinalIgnoreCase),
            Comparison.Like => policyValue.IsMatch(requestValue),
            _ => string.Equals(requestValue, policyValue.Text, StringComparison.Ordinal),
        },
        OperatorFamily.Numeric => TryNumber(requestValue, out var a) && TryNumber(policyValue.Text, out var b)
            && Compare(op.Comparison, a.CompareTo(b)),
        OperatorFamily.Date => TryDate(requestValue, out var a) && TryDate(policyValue.Text, out var b)
            && Compare(op.Comparison, a.CompareTo(b)),
        OperatorFamily.Bool => string.Equals(requestValue, policyValue.Text, StringComparison.OrdinalIgnoreCase),
        OperatorFamily.Binary => BinaryEquals(requestValue, policyValue.Text),
        OperatorFamily.IpAddress => IpRange.TryParse(policyValue.Text, out var range) && range.Contains(requestValue),
        OperatorFamily.Arn => ArnMatcher.Matches(policyValue, requestValue),
        _ => false,
    };

    private static bool Compare(Comparison comparison, int order) => comparison switch
    {
        Comparison.LessThan => order < 0,
        Comparison.LessThanEquals => order <= 0,
        Comparison.GreaterThan => order > 0,
        Comparison.GreaterThanEquals => order >= 0,
        _ => order == 0,
    };

    public static bool TryNumber(string text, out decimal value) =>
        decimal.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out value);

    /// <summary>ISO 8601 (date or date-time, any offset) or epoch seconds.</summary>
    public static bool TryDate(string text, out DateTimeOffset value)
    {
        text = text.Trim();
        if (text.Length > 0 && text.AsSpan().TrimStart('-').ContainsAnyExceptInRange('0', '9') == false)
        {
            if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var epoch)
                && epoch >= DateTimeOffset.MinValue.ToUnixTimeSeconds() && epoch <= DateTimeOffset.MaxValue.ToUnixTimeSeconds())
            {
                value = DateTimeOffset.FromUnixTimeSeconds(epoch);
                return true;
            }
            value = default;
            return false;
        }
        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out value);
    }

    private static bool BinaryEquals(string requestValue, string policyValue)
    {
        var a = TryBase64(requestValue);
        var b = TryBase64(policyValue);
        if (a is null || b is null)
            return string.Equals(requestValue, policyValue, StringComparison.Ordinal);
        return a.AsSpan().SequenceEqual(b);
    }

    private static byte[]? TryBase64(string text)
    {
        var buffer = new byte[(text.Length * 3 / 4) + 3];
        return Convert.TryFromBase64String(text, buffer, out int written) ? buffer[..written] : null;
    }
}
