namespace Aws.Core.Runtime.Validation;

/// <summary>The Python type a parameter value would have in botocore (json.loads of the CLI's input).</summary>
public enum PyKind
{
    None,
    Str,
    Int,
    Float,
    Decimal,
    Bool,
    Dict,
    List,
    Bytes,
    DateTime,
}
