namespace Aws.JmesPath.Evaluation;

/// <summary>The JMESPath type of a runtime value.</summary>
internal enum JType
{
    Null,
    String,
    Number,
    Boolean,
    Array,
    Object,
    Expref,
}
