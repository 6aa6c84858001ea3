using System.Text.RegularExpressions;

namespace Aws.Core.Protocols.Http;

/// <summary>
/// Expands a requestUri template: "{Name}" is percent-encoded whole (a "/" becomes %2F), greedy "{Name+}"
/// keeps "/" so it can span path segments.
/// </summary>
public static partial class UriTemplate
{
    [GeneratedRegex(@"\{(.*?)\}")]
    private static partial Regex Label();

    public static string Render(string template, IReadOnlyDictionary<string, string> labels) =>
        Label().Replace(template, m =>
        {
            var name = m.Groups[1].Value;
            var greedy = name.EndsWith('+');
            if (greedy) name = name[..^1];
            if (!labels.TryGetValue(name, out var value))
                throw new ArgumentException($"Missing required parameter for the URI label {{{m.Groups[1].Value}}}.");
            return PercentEncoding.Encode(value, greedy ? "/" : "");
        });
}
