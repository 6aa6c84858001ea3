using System.Text.Json.Nodes;

namespace Aws.Core.Runtime.Validation;

/// <summary>The errors one validation found, in order, each already worded as botocore words it.</summary>
public sealed class ValidationReport
{
    private readonly List<string> _errors = [];

    public IReadOnlyList<string> Errors => _errors;
    public bool HasErrors => _errors.Count > 0;

    /// <summary>The report botocore prints: one line per error.</summary>
    public override string ToString() => string.Join("\n", _errors);

    /// <summary>The whole message of botocore's ParamValidationError.</summary>
    public string Message => "Parameter validation failed:\n" + ToString();

    /// <summary>Adds an error whose "{0}" is the parameter path ("input" for the top level).</summary>
    internal void Add(string name, string format) => _errors.Add(format.Replace("{0}", DisplayName(name), StringComparison.Ordinal));

    internal void InvalidType(string name, JsonNode? value, string[] validTypes) =>
        _errors.Add($"Invalid type for parameter {DisplayName(name)}, value: {PyValues.Str(value)}, " +
                    $"type: {PyValues.TypeName(PyValues.KindOf(value))}, valid types: {string.Join(", ", validTypes)}");

    private static string DisplayName(string name) => name.Length == 0 ? "input" : name.StartsWith('.') ? name[1..] : name;
}
