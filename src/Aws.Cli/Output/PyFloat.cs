using System.Globalization;
using System.Text;

namespace Aws.Cli.Output;

/// <summary>Python's repr() of a float: shortest round-trip digits, fixed notation for exponents -4..15,
/// otherwise "1e-05" / "1.5e+20"; integral values keep ".0".</summary>
internal static class PyFloat
{
    public static string Repr(double value)
    {
        if (double.IsNaN(value)) return "nan";
        if (double.IsPositiveInfinity(value)) return "inf";
        if (double.IsNegativeInfinity(value)) return "-inf";
        if (value == 0) return double.IsNegative(value) ? "-0.0" : "0.0";

        var (digits, decpt) = ShortestDigits(Math.Abs(value));
        var sb = new StringBuilder();
        if (value < 0) sb.Append('-');
        if (decpt > -4 && decpt <= 16)
        {
            if (decpt <= 0) sb.Append("0.").Append('0', -decpt).Append(digits);
            else if (decpt >= digits.Length) sb.Append(digits).Append('0', decpt - digits.Length).Append(".0");
            else sb.Append(digits, 0, decpt).Append('.').Append(digits, decpt, digits.Length - decpt);
        }
        else
        {
            sb.Append(digits[0]);
            if (digits.Length > 1) sb.Append('.').Append(digits, 1, digits.Length - 1);
            var exp = decpt - 1;
            sb.Append('e').Append(exp < 0 ? '-' : '+').Append(Math.Abs(exp).ToString("D2", CultureInfo.InvariantCulture));
        }
        return sb.ToString();
    }

    /// <summary>Significant digits (no leading/trailing zeros) and the decimal point position:
    /// value = 0.DIGITS x 10^decpt.</summary>
    private static (string Digits, int DecPt) ShortestDigits(double positive)
    {
        // .NET Core 3.0+ "R" is the shortest string that round-trips, like Python's repr.
        var r = positive.ToString("R", CultureInfo.InvariantCulture);
        var exp = 0;
        var e = r.IndexOfAny(['E', 'e']);
        if (e >= 0)
        {
            exp = int.Parse(r.AsSpan(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            r = r[..e];
        }
        var dot = r.IndexOf('.');
        var intPart = dot >= 0 ? r[..dot] : r;
        var frac = dot >= 0 ? r[(dot + 1)..] : "";
        var all = intPart + frac;
        var decpt = intPart.Length + exp;
        var lead = 0;
        while (lead < all.Length - 1 && all[lead] == '0') lead++;
        all = all[lead..];
        decpt -= lead;
        return (all.TrimEnd('0') is { Length: > 0 } t ? t : "0", decpt);
    }
}
