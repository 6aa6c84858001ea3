using Aws.JmesPath.Evaluation;
using Aws.JmesPath.Text;

namespace Aws.JmesPath.Functions;

/// <summary>
/// A built-in function: its signature (per parameter, the allowed types in jmespath.py's spelling: "number",
/// "array-string", ...; empty means any) and its implementation. Arity and types are checked before the call,
/// with jmespath.py's messages.
/// </summary>
internal sealed class FunctionDef(string name, string[][] signature, bool variadic, Func<object?[], object?> impl)
{
    public string Name => name;

    public object? Invoke(object?[] args)
    {
        CheckArity(args.Length);
        for (var i = 0; i < args.Length; i++)
        {
            var types = signature[Math.Min(i, signature.Length - 1)];
            if (types.Length > 0) CheckType(args[i], types);
        }
        return impl(args);
    }

    private void CheckArity(int count)
    {
        var expected = signature.Length;
        var noun = expected == 1 ? "argument" : "arguments";
        if (variadic && count < expected)
            throw new JmesPathException(JmesPathErrorKind.InvalidArity,
                $"Expected at least {expected} {noun} for function {name}(), received {count}");
        if (!variadic && count != expected)
            throw new JmesPathException(JmesPathErrorKind.InvalidArity,
                $"Expected {expected} {noun} for function {name}(), received {count}");
    }

    private void CheckType(object? value, string[] types)
    {
        var actual = Val.TypeOf(value);
        var allowed = false;
        var subtypeCount = 0;
        foreach (var t in types)
        {
            var dash = t.IndexOf('-');
            if (dash >= 0) subtypeCount++;
            if ((dash >= 0 ? t[..dash] : t) == Val.TypeName(actual)) allowed = true;
        }
        if (!allowed) throw TypeError(name, value, Val.TypeName(actual), types);
        if (subtypeCount == 0 || !Val.TryArray(value, out var array) || array.Count == 0) return;

        // Typed arrays: with one choice every element must match it; with several ("array-number" or
        // "array-string") the first element picks which one the rest must match.
        string? required = null;
        if (subtypeCount == 1)
        {
            foreach (var t in types)
                if (t.IndexOf('-') is var d and >= 0) required = t[(d + 1)..];
        }
        else
        {
            var first = Val.TypeName(Val.TypeOf(array[0]));
            foreach (var t in types)
                if (t.IndexOf('-') is var d and >= 0 && t[(d + 1)..] == first) required = first;
            if (required is null) throw TypeError(name, array[0], PyFormat.TypeName(array[0]), types);
        }
        for (var i = 0; i < array.Count; i++)
        {
            var element = array[i];
            if (Val.TypeName(Val.TypeOf(element)) != required)
                throw TypeError(name, element, PyFormat.TypeName(element), types);
        }
    }

    /// <summary>jmespath.py's JMESPathTypeError text.</summary>
    public static JmesPathException TypeError(string function, object? value, string actualType, string[] expected)
    {
        var list = "[" + string.Join(", ", expected.Select(PyFormat.Repr)) + "]";
        return new JmesPathException(JmesPathErrorKind.InvalidType,
            $"In function {function}(), invalid type for value: {PyFormat.Str(value)}, expected one of: {list}, received: \"{actualType}\"");
    }
}
