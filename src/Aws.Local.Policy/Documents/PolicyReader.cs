using System.Text;
using System.Text.Json;
using Aws.Local.Policy.Validation;

namespace Aws.Local.Policy.Documents;

/// <summary>
/// Turns policy JSON into the model. Anything structurally wrong (what IAM calls a syntax error) throws
/// <see cref="MalformedPolicyDocumentException"/> with "Syntax errors in policy.".
/// </summary>
internal static class PolicyReader
{
    internal static readonly string[] TopElements = ["Version", "Id", "Statement"];

    internal static readonly string[] StatementElements =
        ["Sid", "Effect", "Action", "NotAction", "Resource", "NotResource", "Principal", "NotPrincipal", "Condition"];

    public static PolicyDocument Read(string json)
    {
        using var doc = ParseJson(json);
        var root = doc.RootElement;
        Require(root.ValueKind == JsonValueKind.Object);
        foreach (var p in root.EnumerateObject())
            Require(Array.IndexOf(TopElements, p.Name) >= 0);

        string? version = OptionalString(root, "Version");
        Require(version is null or PolicyDocument.Version2012 or PolicyDocument.Version2008);
        string? id = OptionalString(root, "Id");

        Require(root.TryGetProperty("Statement", out var statementElement));
        var raw = new List<JsonElement>();
        if (statementElement.ValueKind == JsonValueKind.Object)
            raw.Add(statementElement);
        else if (statementElement.ValueKind == JsonValueKind.Array)
            raw.AddRange(statementElement.EnumerateArray());
        else
            throw Syntax();
        Require(raw.Count > 0);

        var positions = StatementLocator.Locate(json);
        var statements = new List<PolicyStatement>(raw.Count);
        for (int i = 0; i < raw.Count; i++)
        {
            var (start, end) = i < positions.Count ? positions[i] : default;
            statements.Add(ReadStatement(raw[i], i, start, end));
        }
        return new PolicyDocument(json, version, id, statements);
    }

    internal static JsonDocument ParseJson(string json)
    {
        try
        {
            return JsonDocument.Parse(json);
        }
        catch (JsonException)
        {
            throw Syntax();
        }
    }

    private static PolicyStatement ReadStatement(JsonElement s, int index, TextPosition start, TextPosition end)
    {
        Require(s.ValueKind == JsonValueKind.Object);
        foreach (var p in s.EnumerateObject())
            Require(Array.IndexOf(StatementElements, p.Name) >= 0);
        Require(!(Has(s, "Action") && Has(s, "NotAction")));
        Require(!(Has(s, "Resource") && Has(s, "NotResource")));
        Require(!(Has(s, "Principal") && Has(s, "NotPrincipal")));

        Require(s.TryGetProperty("Effect", out var effectElement) && effectElement.ValueKind == JsonValueKind.String);
        var effectText = effectElement.GetString()!;
        PolicyEffect effect;
        if (effectText.Equals("Allow", StringComparison.OrdinalIgnoreCase))
            effect = PolicyEffect.Allow;
        else if (effectText.Equals("Deny", StringComparison.OrdinalIgnoreCase))
            effect = PolicyEffect.Deny;
        else
            throw Syntax();

        return new PolicyStatement
        {
            Sid = OptionalString(s, "Sid"),
            Effect = effect,
            Action = StringList(s, "Action"),
            NotAction = StringList(s, "NotAction"),
            Resource = StringList(s, "Resource"),
            NotResource = StringList(s, "NotResource"),
            Principal = Principal(s, "Principal"),
            NotPrincipal = Principal(s, "NotPrincipal"),
            Conditions = Conditions(s),
            Index = index,
            StartPosition = start,
            EndPosition = end,
        };
    }

    private static IReadOnlyList<string>? StringList(JsonElement s, string name)
    {
        if (!s.TryGetProperty(name, out var e))
            return null;
        if (e.ValueKind == JsonValueKind.String)
            return [e.GetString()!];
        Require(e.ValueKind == JsonValueKind.Array);
        var list = new List<string>();
        foreach (var item in e.EnumerateArray())
        {
            // IAM tolerates nulls inside these lists and ignores them.
            if (item.ValueKind == JsonValueKind.Null)
                continue;
            Require(item.ValueKind == JsonValueKind.String);
            list.Add(item.GetString()!);
        }
        return list;
    }

    private static PrincipalBlock? Principal(JsonElement s, string name)
    {
        if (!s.TryGetProperty(name, out var e))
            return null;
        if (e.ValueKind == JsonValueKind.String)
        {
            Require(e.GetString() == "*");
            return PrincipalBlock.Wildcard;
        }
        Require(e.ValueKind == JsonValueKind.Object);
        var map = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var p in e.EnumerateObject())
        {
            var values = new List<string>();
            if (p.Value.ValueKind == JsonValueKind.String)
                values.Add(p.Value.GetString()!);
            else
            {
                Require(p.Value.ValueKind == JsonValueKind.Array);
                foreach (var v in p.Value.EnumerateArray())
                {
                    Require(v.ValueKind == JsonValueKind.String);
                    values.Add(v.GetString()!);
                }
            }
            map[p.Name] = values;
        }
        return new PrincipalBlock(false, map);
    }

    private static IReadOnlyList<ConditionClause> Conditions(JsonElement s)
    {
        if (!s.TryGetProperty("Condition", out var e))
            return [];
        Require(e.ValueKind == JsonValueKind.Object);
        var clauses = new List<ConditionClause>();
        foreach (var op in e.EnumerateObject())
        {
            Require(op.Value.ValueKind == JsonValueKind.Object);
            foreach (var key in op.Value.EnumerateObject())
            {
                var values = new List<string>();
                if (key.Value.ValueKind == JsonValueKind.Array)
                {
                    foreach (var v in key.Value.EnumerateArray())
                        values.Add(Scalar(v));
                }
                else
                    values.Add(Scalar(key.Value));
                clauses.Add(new ConditionClause(op.Name, key.Name, values));
            }
        }
        return clauses;
    }

    private static string Scalar(JsonElement v) => v.ValueKind switch
    {
        JsonValueKind.String => v.GetString()!,
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Number => v.GetRawText(),
        _ => throw Syntax(),
    };

    private static string? OptionalString(JsonElement e, string name)
    {
        if (!e.TryGetProperty(name, out var v))
            return null;
        Require(v.ValueKind == JsonValueKind.String);
        return v.GetString();
    }

    private static bool Has(JsonElement e, string name) => e.TryGetProperty(name, out _);

    private static void Require(bool condition)
    {
        if (!condition)
            throw Syntax();
    }

    private static MalformedPolicyDocumentException Syntax() => new(MalformedPolicyDocumentException.SyntaxErrors);
}
