using System.Globalization;
using Aws.JmesPath.Evaluation;
using Aws.JmesPath.Text;

namespace Aws.JmesPath.Functions;

/// <summary>Functions that order, aggregate or convert numbers.</summary>
internal static partial class BuiltinFunctions
{
    private static readonly string[] NumberOrString = ["number", "string"];
    private static readonly string[] StringOrNumber = ["string", "number"];

    private static object? Extreme(object? v, bool max)
    {
        Val.TryArray(v, out var a);
        if (a.Count == 0) return null;
        var best = a[0];
        var type = Val.TypeOf(best);
        for (var i = 1; i < a.Count; i++)
        {
            var item = a[i];
            var c = Ops.CompareSortable(item, type, best, type, max ? ">" : "<");
            if (max ? c > 0 : c < 0) best = item;
        }
        return best;
    }

    // Keys may be numbers or strings; mixing them is Python's TypeError (the CLI's behaviour).
    private static object? ExtremeBy(string name, object? array, object? expref, bool max)
    {
        var f = (ExprRef)expref!;
        Val.TryArray(array, out var a);
        if (a.Count == 0) return null;
        object? best = null;
        object? bestKey = null;
        var bestType = JType.Null;
        for (var i = 0; i < a.Count; i++)
        {
            var item = a[i];
            var key = f.Apply(item);
            var type = Val.TypeOf(key);
            if (type is not (JType.Number or JType.String))
                throw FunctionDef.TypeError(name, key, Val.TypeName(type), NumberOrString);
            if (i == 0 || (Ops.CompareSortable(key, type, bestKey, bestType, max ? ">" : "<") is var c && (max ? c > 0 : c < 0)))
            {
                best = item;
                bestKey = key;
                bestType = type;
            }
        }
        return best;
    }

    private static object Sort(object? v)
    {
        Val.TryArray(v, out var a);
        var items = new object?[a.Count];
        for (var i = 0; i < items.Length; i++) items[i] = a[i];
        var types = new JType[items.Length];
        for (var i = 0; i < items.Length; i++) types[i] = Val.TypeOf(items[i]);
        return StableSort(items, items, types);
    }

    private static object? SortBy(object? array, object? expref)
    {
        var f = (ExprRef)expref!;
        Val.TryArray(array, out var a);
        if (a.Count == 0) return array;
        var required = Val.TypeOf(f.Apply(a[0]));
        if (required is not (JType.Number or JType.String))
            throw FunctionDef.TypeError("sort_by", a[0], Val.TypeName(required), StringOrNumber);
        var items = new object?[a.Count];
        var keys = new object?[a.Count];
        var types = new JType[a.Count];
        for (var i = 0; i < a.Count; i++)
        {
            items[i] = a[i];
            keys[i] = f.Apply(items[i]);
            types[i] = Val.TypeOf(keys[i]);
            if (types[i] != required)
                throw FunctionDef.TypeError("sort_by", keys[i], Val.TypeName(types[i]), [Val.TypeName(required)]);
        }
        return StableSort(items, keys, types);
    }

    // Keys are all numbers or all strings (checked by the caller). They are extracted once, so comparisons do
    // not re-read JSON values; ties keep the original order because Array.Sort is not stable.
    private static List<object?> StableSort(object?[] items, object?[] keys, JType[] types)
    {
        var order = new int[items.Length];
        for (var i = 0; i < order.Length; i++) order[i] = i;
        if (items.Length > 0 && types[0] == JType.String)
        {
            var text = new string[keys.Length];
            for (var i = 0; i < keys.Length; i++) Val.TryString(keys[i], out text[i]);
            System.Array.Sort(order, (x, y) =>
            {
                var c = CodePoints.Compare(text[x], text[y]);
                return c != 0 ? c : x.CompareTo(y);
            });
        }
        else
        {
            var nums = new Num[keys.Length];
            for (var i = 0; i < keys.Length; i++) Val.TryNumber(keys[i], out nums[i]);
            System.Array.Sort(order, (x, y) =>
            {
                var c = Num.Compare(nums[x], nums[y]);
                return c != 0 ? c : x.CompareTo(y);
            });
        }
        var result = new List<object?>(items.Length);
        foreach (var i in order) result.Add(items[i]);
        return result;
    }

    private static object Sum(object? v)
    {
        Val.TryArray(v, out var a);
        long l = 0;
        var d = 0.0;
        var isInt = true;
        for (var i = 0; i < a.Count; i++)
        {
            var n = NumOf(a[i]);
            if (isInt && n.IsInt)
            {
                try { l = checked(l + n.L); continue; }
                catch (OverflowException) { }
            }
            if (isInt) { d = l; isInt = false; }
            d += n.AsDouble;
        }
        return isInt ? (object)l : d;
    }

    private static object? ToNumber(object? v)
    {
        switch (Val.TypeOf(v))
        {
            case JType.Number:
                return v;
            case JType.String:
                Val.TryString(v, out var s);
                return ParsePythonNumber(s);
            default:
                return null;
        }
    }

    /// <summary>Python's int(s), then float(s): surrounding whitespace, a sign, '_' between digits, inf/nan.</summary>
    private static object? ParsePythonNumber(string text)
    {
        var s = AsciiDigits(text.Trim());
        if (s.Length == 0) return null;
        var body = s[0] is '+' or '-' ? s[1..] : s;
        var sign = s[0] == '-' ? -1 : 1;
        switch (body.ToLowerInvariant())
        {
            case "inf" or "infinity": return sign * double.PositiveInfinity;
            case "nan": return double.NaN;
        }
        if (!StripDigitSeparators(body, out var clean)) return null;
        var intLike = clean.Length > 0;
        foreach (var c in clean) intLike &= c is >= '0' and <= '9';
        if (intLike)
        {
            if (long.TryParse(s[0] == '-' ? "-" + clean : clean, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l))
                return l;
            return Materializer.BigInteger(sign * System.Numerics.BigInteger.Parse(clean, CultureInfo.InvariantCulture));
        }
        if (!IsPythonFloat(clean)) return null;
        return sign * double.Parse(clean, NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture);
    }

    // Python's int() and float() read any Unicode decimal digit.
    private static string AsciiDigits(string s)
    {
        if (!s.AsSpan().ContainsAnyExceptInRange((char)0, (char)0x7f)) return s;
        var chars = s.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
            if (CharUnicodeInfo.GetUnicodeCategory(chars[i]) == UnicodeCategory.DecimalDigitNumber)
                chars[i] = (char)('0' + CharUnicodeInfo.GetDecimalDigitValue(chars[i]));
        return new string(chars);
    }

    // '_' is allowed only between two digits.
    private static bool StripDigitSeparators(string s, out string clean)
    {
        clean = s;
        if (!s.Contains('_')) return true;
        var sb = new System.Text.StringBuilder(s.Length);
        for (var i = 0; i < s.Length; i++)
        {
            if (s[i] != '_') { sb.Append(s[i]); continue; }
            if (i == 0 || i == s.Length - 1 || !char.IsAsciiDigit(s[i - 1]) || !char.IsAsciiDigit(s[i + 1])) return false;
        }
        clean = sb.ToString();
        return true;
    }

    // digits [. digits] | . digits, then optional e[sign]digits.
    private static bool IsPythonFloat(string s)
    {
        var i = 0;
        var mantissaDigits = 0;
        while (i < s.Length && char.IsAsciiDigit(s[i])) { i++; mantissaDigits++; }
        if (i < s.Length && s[i] == '.')
        {
            i++;
            while (i < s.Length && char.IsAsciiDigit(s[i])) { i++; mantissaDigits++; }
        }
        if (mantissaDigits == 0) return false;
        if (i < s.Length && s[i] is 'e' or 'E')
        {
            i++;
            if (i < s.Length && s[i] is '+' or '-') i++;
            var expDigits = 0;
            while (i < s.Length && char.IsAsciiDigit(s[i])) { i++; expDigits++; }
            if (expDigits == 0) return false;
        }
        return i == s.Length;
    }
}
