namespace Aws.JmesPath.Evaluation;

/// <summary>
/// A number as jmespath.py sees it: an int (integer JSON text or CLR integer) or a float. Ints stay ints through
/// abs/sum/floor so the output matches the CLI (1 rather than 1.0).
/// </summary>
internal readonly struct Num
{
    public readonly bool IsInt;
    public readonly long L;
    public readonly double D;

    private Num(bool isInt, long l, double d)
    {
        IsInt = isInt;
        L = l;
        D = d;
    }

    public static Num Int(long l) => new(true, l, l);

    public static Num Float(double d) => new(false, 0, d);

    public double AsDouble => IsInt ? L : D;

    public static int Compare(Num a, Num b) => a.IsInt && b.IsInt ? a.L.CompareTo(b.L) : a.AsDouble.CompareTo(b.AsDouble);

    public static bool ValueEquals(Num a, Num b) => a.IsInt && b.IsInt ? a.L == b.L : a.AsDouble == b.AsDouble;

    /// <summary>The boxed runtime value (long or double).</summary>
    public object Box() => IsInt ? L : D;
}
