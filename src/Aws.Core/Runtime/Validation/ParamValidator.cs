using System.Text.Json;
using System.Text.Json.Nodes;
using Aws.Core.Model;
using Aws.Core.Protocols.Formats;

namespace Aws.Core.Runtime.Validation;

/// <summary>
/// Checks an operation's input against its model before anything is sent, as botocore's ParamValidator does:
/// every error is collected, in botocore's order and wording. Like botocore only "min" is enforced (lengths and
/// values); max, pattern and enum are left to the service.
/// </summary>
public static class ParamValidator
{
    private static readonly string[] StringTypes = ["<class 'str'>"];
    private static readonly string[] DictTypes = ["<class 'dict'>"];
    private static readonly string[] ListTypes = ["<class 'list'>", "<class 'tuple'>"];
    private static readonly string[] IntTypes = ["<class 'int'>"];
    private static readonly string[] BoolTypes = ["<class 'bool'>"];
    private static readonly string[] FloatTypes = ["<class 'float'>", "<class 'decimal.Decimal'>", "<class 'int'>"];
    private static readonly string[] BlobTypes = ["<class 'bytes'>", "<class 'bytearray'>", "file-like object"];
    private static readonly string[] TimestampTypes = ["<class 'datetime.datetime'>", "timestamp-string"];

    /// <summary>Validates <paramref name="input"/> against the operation's input shape (no shape: nothing to check).</summary>
    public static ValidationReport Validate(JsonNode? input, Shape? inputShape)
    {
        var report = new ValidationReport();
        if (inputShape is not null) Check(input ?? new JsonObject(), inputShape, report, "");
        return report;
    }

    private static void Check(JsonNode? value, Shape shape, ValidationReport report, string name)
    {
        // A JSON-valued header takes anything json.dumps can write, which is anything parsed from JSON.
        if (shape.JsonValue && shape.Location == "header") return;
        // Documents take any JSON value.
        if (shape.IsStructure && shape.Document) return;
        var kind = PyValues.KindOf(value);
        switch (shape.Type)
        {
            case "structure":
                if (TypeCheck(value, kind, report, name, DictTypes, PyKind.Dict)) CheckStructure(PyValues.AsObject(value!), shape, report, name);
                break;
            case "list":
                if (!TypeCheck(value, kind, report, name, ListTypes, PyKind.List)) break;
                var items = PyValues.AsArray(value!);
                MinCheck(name, items.Count, shape, "invalid length", report);
                for (var i = 0; i < items.Count; i++) Check(items[i], shape.Member, report, $"{name}[{i}]");
                break;
            case "map":
                if (!TypeCheck(value, kind, report, name, DictTypes, PyKind.Dict)) break;
                foreach (var (key, item) in PyValues.AsObject(value!))
                {
                    Check(JsonValue.Create(key), shape.Key, report, $"{name} (key: {key})");
                    Check(item, shape.Value, report, $"{name}.{key}");
                }
                break;
            case "string":
                if (TypeCheck(value, kind, report, name, StringTypes, PyKind.Str))
                    MinCheck(name, PyValues.TextOf(value!).EnumerateRunes().Count(), shape, "invalid length", report);
                break;
            case "integer" or "long":
                // Python's bool is an int, so True passes an integer check.
                if (TypeCheck(value, kind, report, name, IntTypes, PyKind.Int, PyKind.Bool))
                    MinCheck(name, PyValues.ToDouble(value!), shape, "invalid range", report, value);
                break;
            case "double" or "float":
                if (TypeCheck(value, kind, report, name, FloatTypes, PyKind.Float, PyKind.Decimal, PyKind.Int, PyKind.Bool))
                    MinCheck(name, PyValues.ToDouble(value!), shape, "invalid range", report, value);
                break;
            case "boolean":
                TypeCheck(value, kind, report, name, BoolTypes, PyKind.Bool);
                break;
            case "blob":
                if (kind is not (PyKind.Bytes or PyKind.Str)) report.InvalidType(name, value, BlobTypes);
                break;
            case "timestamp":
                if (!IsTimestamp(value, kind)) report.InvalidType(name, value, TimestampTypes);
                break;
        }
    }

    private static void CheckStructure(JsonObject value, Shape shape, ValidationReport report, string name)
    {
        var members = shape.Members;
        if (shape.Union)
        {
            if (value.Count == 0) report.Add(name, $"Must set one of the following keys for tagged unionstructure {{0}}: {string.Join(". ", members.Keys)}.");
            else if (value.Count > 1) report.Add(name, $"Invalid number of parameters set for tagged union structure {{0}}. Can only set one of the following keys: {string.Join(". ", members.Keys)}.");
        }
        if (shape.TryGet("required", out var required) && required.ValueKind == JsonValueKind.Array)
            foreach (var r in required.EnumerateArray())
                if (r.GetString() is { } requiredName && !value.ContainsKey(requiredName) && !IsGeneratedToken(shape, requiredName, name))
                    report.Add(name, $"Missing required parameter in {{0}}: \"{requiredName}\"");
        var known = new List<string>();
        foreach (var (key, _) in value)
        {
            if (members.ContainsKey(key)) known.Add(key);
            else report.Add(name, $"Unknown parameter in {{0}}: \"{key}\", must be one of: {string.Join(", ", members.Keys)}");
        }
        foreach (var key in known) Check(value[key], members[key], report, $"{name}.{key}");
    }

    // botocore fills missing top-level idempotency tokens (before-parameter-build) before it validates.
    private static bool IsGeneratedToken(Shape shape, string member, string name) =>
        name.Length == 0 && shape.Members.TryGetValue(member, out var m) && m.IdempotencyToken;

    private static bool TypeCheck(JsonNode? value, PyKind kind, ValidationReport report, string name, string[] validNames, params PyKind[] valid)
    {
        if (valid.Contains(kind)) return true;
        report.InvalidType(name, value, validNames);
        return false;
    }

    // botocore's range_check: only "min", or 1 for a host label with none.
    private static void MinCheck(string name, double actual, Shape shape, string errorType, ValidationReport report, JsonNode? shown = null)
    {
        string minText;
        if (shape.TryGet("min", out var min) && min.ValueKind == JsonValueKind.Number)
        {
            if (!(actual < min.GetDouble())) return;
            minText = PyValues.Number(min);
        }
        else if (shape.HostLabel)
        {
            if (!(actual < 1)) return;
            minText = "1";
        }
        else return;
        var actualText = shown is null ? ((long)actual).ToString(System.Globalization.CultureInfo.InvariantCulture) : PyValues.Str(shown);
        report.Add(name, errorType == "invalid length"
            ? $"Invalid length for parameter {{0}}, value: {actualText}, valid min length: {minText}"
            : $"Invalid value for parameter {{0}}, value: {actualText}, valid min value: {minText}");
    }

    // parse_to_aware_datetime: datetimes, epoch numbers (bools included) and date strings; not containers or None.
    private static bool IsTimestamp(JsonNode? value, PyKind kind) => kind switch
    {
        PyKind.DateTime => true,
        PyKind.Int or PyKind.Float or PyKind.Decimal or PyKind.Bool => true,
        PyKind.Str => InputTimestamp.TryParse(PyValues.TextOf(value!), out _),
        _ => false,
    };
}
