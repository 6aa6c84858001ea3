using Aws.JmesPath.Text;

namespace Aws.JmesPath.Evaluation;

/// <summary>Equality and ordering of runtime values.</summary>
internal static class Ops
{
    /// <summary>
    /// Deep JSON equality; numbers by value whatever their representation (1 == 1.0). This is the == of
    /// jmespath.py, which is Python's ==: true equals 1 and false equals 0 except at the top level of a comparator
    /// (<paramref name="boolIsNumber"/> false), and always inside arrays and objects and for contains().
    /// </summary>
    public static bool DeepEquals(object? a, object? b, bool boolIsNumber = false)
    {
        if (ReferenceEquals(a, b)) return true;
        var ta = Val.TypeOf(a);
        var tb = Val.TypeOf(b);
        if (ta != tb)
            return boolIsNumber && ta is (JType.Boolean or JType.Number) && tb is (JType.Boolean or JType.Number)
                && PyNumber(a).Equals(PyNumber(b));
        switch (ta)
        {
            case JType.Null:
                return true;
            case JType.String:
                // Filters like [?Name=='x'] compare many input strings with one literal: avoid copying them out.
                if (a is string la && Val.TryElement(b, out var eb)) return eb.ValueEquals(la);
                if (b is string lb && Val.TryElement(a, out var ea)) return ea.ValueEquals(lb);
                Val.TryString(a, out var sa);
                Val.TryString(b, out var sb);
                return string.Equals(sa, sb, StringComparison.Ordinal);
            case JType.Number:
                Val.TryNumber(a, out var na);
                Val.TryNumber(b, out var nb);
                return Num.ValueEquals(na, nb);
            case JType.Boolean:
                Val.TryBool(a, out var ba);
                Val.TryBool(b, out var bb);
                return ba == bb;
            case JType.Array:
            {
                Val.TryArray(a, out var xa);
                Val.TryArray(b, out var xb);
                if (xa.Count != xb.Count) return false;
                for (var i = 0; i < xa.Count; i++)
                    if (!DeepEquals(xa[i], xb[i], true)) return false;
                return true;
            }
            case JType.Object:
            {
                Val.TryObject(a, out var oa);
                Val.TryObject(b, out var ob);
                if (oa.Count != ob.Count) return false;
                for (var i = 0; i < oa.Count; i++)
                    if (!ob.TryGet(oa.KeyAt(i), out var other) || !DeepEquals(oa.ValueAt(i), other, true)) return false;
                return true;
            }
            default:
                return false;
        }
    }

    private static double PyNumber(object? v) => Val.TryBool(v, out var b) ? (b ? 1 : 0) : Val.TryNumber(v, out var n) ? n.AsDouble : double.NaN;

    /// <summary>
    /// Ordering for &lt; &lt;= &gt; &gt;=. Like jmespath.py 1.0.1 (what the CLI ships): numbers with numbers and strings
    /// with strings (by code point); null when either side is neither; a string against a number is Python's
    /// TypeError, raised here as invalid-type with Python's message.
    /// </summary>
    public static int? CompareOrdered(object? a, object? b, string op)
    {
        var ta = Val.TypeOf(a);
        var tb = Val.TypeOf(b);
        if (ta is not (JType.Number or JType.String) || tb is not (JType.Number or JType.String)) return null;
        return CompareSortable(a, ta, b, tb, op);
    }

    /// <summary>Compares two numbers or two strings; mixed kinds raise Python's TypeError text for <paramref name="op"/>.</summary>
    public static int CompareSortable(object? a, JType ta, object? b, JType tb, string op)
    {
        if (ta == JType.Number && tb == JType.Number)
        {
            Val.TryNumber(a, out var na);
            Val.TryNumber(b, out var nb);
            return Num.Compare(na, nb);
        }
        if (ta == JType.String && tb == JType.String)
        {
            Val.TryString(a, out var sa);
            Val.TryString(b, out var sb);
            return CodePoints.Compare(sa, sb);
        }
        throw new JmesPathException(JmesPathErrorKind.InvalidType,
            $"'{op}' not supported between instances of '{PyFormat.TypeName(a)}' and '{PyFormat.TypeName(b)}'");
    }
}
