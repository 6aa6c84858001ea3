using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Aws.Core.Model;
using Aws.Core.Protocols.Formats;

namespace Aws.Core.Protocols.Http;

/// <summary>Expands an operation's endpoint.hostPrefix ("foo.{Label}.") from its hostLabel members.</summary>
public static partial class HostPrefix
{
    [GeneratedRegex(@"^[A-Za-z0-9\.\-]+$")]
    private static partial Regex ValidLabel();

    [GeneratedRegex(@"\{([^}]*)\}")]
    private static partial Regex Placeholder();

    /// <summary>The expanded prefix, or null when the operation has none.</summary>
    public static string? Expand(OperationModel operation, IReadOnlyList<KeyValuePair<string, JsonNode?>> parameters)
    {
        var template = operation.HostPrefix;
        if (template is null) return null;
        if (operation.Input is not { IsStructure: true } input) return template;
        return Placeholder().Replace(template, m =>
        {
            var name = m.Groups[1].Value;
            if (!input.Members.TryGetValue(name, out var member) || !member.HostLabel)
                throw new ArgumentException($"Host prefix label {{{name}}} is not a hostLabel member of {operation}.");
            var value = ScalarText.ToText(parameters.FirstOrDefault(p => p.Key == name).Value);
            if (!ValidLabel().IsMatch(value))
                throw new ArgumentException(
                    $"Invalid value for parameter(s): {name}. Must contain only alphanumeric characters, hyphen, or period.");
            return value;
        });
    }
}
