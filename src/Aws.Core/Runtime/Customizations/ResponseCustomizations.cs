using System.Text;
using System.Text.Json.Nodes;
using Aws.Core.Model;

namespace Aws.Core.Runtime.Customizations;

/// <summary>
/// Fix-ups botocore applies to some parsed responses (its after-call handlers), as one table keyed by
/// service and operation rather than string-named events.
/// </summary>
public static class ResponseCustomizations
{
    private static readonly Dictionary<(string Service, string Operation), Action<JsonObject>> Handlers = new()
    {
        [("ec2", "GetConsoleOutput")] = DecodeConsoleOutput,
    };

    public static void Apply(OperationModel operation, JsonObject? result)
    {
        if (result is null) return;
        if (Handlers.TryGetValue((operation.Service.Name, operation.Name), out var handler)) handler(result);
        IamPolicyDocuments.Decode(operation, result);
    }

    /// <summary>EC2 returns the console output base64-encoded; botocore decodes it (invalid UTF-8 replaced).</summary>
    private static void DecodeConsoleOutput(JsonObject result)
    {
        if (result["Output"] is not JsonValue v || !v.TryGetValue<string>(out var encoded)) return;
        try { result["Output"] = Encoding.UTF8.GetString(Convert.FromBase64String(encoded)); }
        catch (FormatException) { } // botocore logs and keeps the value as it is
    }
}
