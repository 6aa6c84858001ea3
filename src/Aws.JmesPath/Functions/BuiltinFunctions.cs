using System.Collections.Frozen;
using Aws.JmesPath.Evaluation;
using Aws.JmesPath.Text;

namespace Aws.JmesPath.Functions;

/// <summary>The function table of the JMESPath specification.</summary>
internal static partial class BuiltinFunctions
{
    private static readonly string[] Any = [];
    private static readonly string[] Number = ["number"];
    private static readonly string[] String = ["string"];
    private static readonly string[] Array = ["array"];
    private static readonly string[] Object = ["object"];
    private static readonly string[] Expref = ["expref"];
    private static readonly string[] NumberArray = ["array-number"];
    private static readonly string[] SortableArray = ["array-number", "array-string"];

    private static readonly FrozenDictionary<string, FunctionDef> Table = new FunctionDef[]
    {
        new("abs", [Number], false, a => Abs(a[0])),
        new("avg", [NumberArray], false, a => Avg(a[0])),
        new("ceil", [Number], false, a => Round(a[0], Math.Ceiling)),
        new("contains", [["array", "string"], Any], false, a => Contains(a[0], a[1])),
        new("ends_with", [String, String], false, a => Val.Bool(Str(a[0]).EndsWith(Str(a[1]), StringComparison.Ordinal))),
        new("floor", [Number], false, a => Round(a[0], Math.Floor)),
        new("join", [String, ["array-string"]], false, a => Join(a[0], a[1])),
        new("keys", [Object], false, a => Keys(a[0])),
        new("length", [["string", "array", "object"]], false, a => Length(a[0])),
        new("map", [Expref, Array], false, a => Map(a[0], a[1])),
        new("max", [SortableArray], false, a => Extreme(a[0], max: true)),
        new("max_by", [Array, Expref], false, a => ExtremeBy("max_by", a[0], a[1], max: true)),
        new("merge", [Object], true, Merge),
        new("min", [SortableArray], false, a => Extreme(a[0], max: false)),
        new("min_by", [Array, Expref], false, a => ExtremeBy("min_by", a[0], a[1], max: false)),
        new("not_null", [Any], true, NotNull),
        new("reverse", [["array", "string"]], false, a => Reverse(a[0])),
        new("sort", [["array-string", "array-number"]], false, a => Sort(a[0])),
        new("sort_by", [Array, Expref], false, a => SortBy(a[0], a[1])),
        new("starts_with", [String, String], false, a => Val.Bool(Str(a[0]).StartsWith(Str(a[1]), StringComparison.Ordinal))),
        new("sum", [NumberArray], false, a => Sum(a[0])),
        new("to_array", [Any], false, a => Val.TryArray(a[0], out _) ? a[0] : new List<object?> { a[0] }),
        new("to_number", [Any], false, a => ToNumber(a[0])),
        new("to_string", [Any], false, a => Val.TryString(a[0], out var s) ? s : PyFormat.JsonDumps(a[0])),
        // jmespath.py has no name for an expression reference and returns None.
        new("type", [Any], false, a => a[0] is ExprRef ? null : Val.TypeName(Val.TypeOf(a[0]))),
        new("values", [Object], false, a => Values(a[0])),
    }.ToFrozenDictionary(f => f.Name, StringComparer.Ordinal);

    public static FunctionDef? Find(string name) => Table.GetValueOrDefault(name);

    private static string Str(object? v) => Val.TryString(v, out var s) ? s : "";

    private static Num NumOf(object? v) => Val.TryNumber(v, out var n) ? n : Num.Int(0);

    private static object Abs(object? v)
    {
        var n = NumOf(v);
        if (!n.IsInt) return Math.Abs(n.D);
        return n.L == long.MinValue ? -(double)n.L : (object)Math.Abs(n.L);
    }

    private static object? Avg(object? v)
    {
        Val.TryArray(v, out var a);
        if (a.Count == 0) return null;
        var sum = 0.0;
        for (var i = 0; i < a.Count; i++) sum += NumOf(a[i]).AsDouble;
        return sum / a.Count;
    }

    // Python's math.ceil/floor return ints.
    private static object Round(object? v, Func<double, double> round)
    {
        var n = NumOf(v);
        if (n.IsInt) return n.L;
        var r = round(n.D);
        if (!double.IsFinite(r)) return r;
        return r >= long.MinValue && r < 9.2233720368547758e18 ? (long)r : Materializer.BigInteger(new System.Numerics.BigInteger(r));
    }

    private static object Contains(object? subject, object? search)
    {
        if (Val.TryArray(subject, out var a))
        {
            for (var i = 0; i < a.Count; i++)
                if (Ops.DeepEquals(a[i], search, boolIsNumber: true)) return Val.True;
            return Val.False;
        }
        if (!Val.TryString(search, out var needle))
            throw new JmesPathException(JmesPathErrorKind.InvalidType,
                $"'in <string>' requires string as left operand, not {PyFormat.TypeName(search)}");
        return Val.Bool(Str(subject).Contains(needle, StringComparison.Ordinal));
    }

    private static object Join(object? separator, object? array)
    {
        Val.TryArray(array, out var a);
        var parts = new string[a.Count];
        for (var i = 0; i < a.Count; i++) parts[i] = Str(a[i]);
        return string.Join(Str(separator), parts);
    }

    private static object Keys(object? v)
    {
        Val.TryObject(v, out var o);
        var result = new List<object?>(o.Count);
        for (var i = 0; i < o.Count; i++) result.Add(o.KeyAt(i));
        return result;
    }

    private static object Values(object? v)
    {
        Val.TryObject(v, out var o);
        var result = new List<object?>(o.Count);
        for (var i = 0; i < o.Count; i++) result.Add(o.ValueAt(i));
        return result;
    }

    private static object Length(object? v)
    {
        if (Val.TryString(v, out var s)) return (long)CodePoints.Length(s);
        if (Val.TryArray(v, out var a)) return (long)a.Count;
        Val.TryObject(v, out var o);
        return (long)o.Count;
    }

    private static object Map(object? expref, object? array)
    {
        var f = (ExprRef)expref!;
        Val.TryArray(array, out var a);
        var result = new List<object?>(a.Count);
        for (var i = 0; i < a.Count; i++) result.Add(f.Apply(a[i]));
        return result;
    }

    private static object Merge(object?[] args)
    {
        var result = new OrderedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (var arg in args)
        {
            Val.TryObject(arg, out var o);
            for (var i = 0; i < o.Count; i++) result[o.KeyAt(i)] = o.ValueAt(i);
        }
        return result;
    }

    private static object? NotNull(object?[] args)
    {
        foreach (var arg in args)
            if (arg is not null) return arg;
        return null;
    }

    private static object? Reverse(object? v)
    {
        if (Val.TryString(v, out var s)) return CodePoints.Reverse(s);
        Val.TryArray(v, out var a);
        var result = new List<object?>(a.Count);
        for (var i = a.Count - 1; i >= 0; i--) result.Add(a[i]);
        return result;
    }
}
