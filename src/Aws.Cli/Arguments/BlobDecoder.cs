using System.Text.Json.Nodes;
using Aws.Core.Model;
using Aws.Core.Protocols;

namespace Aws.Cli.Arguments;

/// <summary>
/// cli_binary_format=base64: blob parameters given as text are base64-decoded after all input is merged,
/// with Python's lenient decoder (characters outside the alphabet are skipped).
/// </summary>
public static class BlobDecoder
{
    public static void DecodeBase64(JsonObject parameters, Shape input) => Visit(parameters, input, 0);

    private static JsonNode? Visit(JsonNode? value, Shape shape, int depth)
    {
        if (value is null || depth > 64) return value;
        switch (shape.Type)
        {
            case "structure" when value is JsonObject obj:
                foreach (var (name, member) in shape.Members)
                    if (obj.TryGetPropertyValue(name, out var child) && child is not null)
                    {
                        var replaced = Visit(child, member, depth + 1);
                        if (!ReferenceEquals(replaced, child)) obj[name] = replaced;
                    }
                break;
            case "list" when value is JsonArray arr:
                for (var i = 0; i < arr.Count; i++)
                {
                    var child = arr[i];
                    var replaced = Visit(child, shape.Member, depth + 1);
                    if (!ReferenceEquals(replaced, child)) arr[i] = replaced;
                }
                break;
            case "map" when value is JsonObject map:
                foreach (var key in map.Select(p => p.Key).ToArray())
                {
                    var child = map[key];
                    var replaced = Visit(child, shape.Value, depth + 1);
                    if (!ReferenceEquals(replaced, child)) map[key] = replaced;
                }
                break;
            case "blob" when value is JsonValue v && !BlobValue.IsBytes(v) && v.TryGetValue<string>(out var text):
                return BlobValue.Create(Decode(text));
        }
        return value;
    }

    /// <summary>base64.b64decode(text) as Python does it; throws the CLI's "Invalid base64" error.</summary>
    public static byte[] Decode(string text)
    {
        foreach (var c in text)
            if (c > 0x7f) throw CliArgumentException.General("string argument should contain only ASCII characters");
        var output = new List<byte>(text.Length * 3 / 4);
        int quadPos = 0, leftChar = 0, pads = 0;
        foreach (var c in text)
        {
            if (c == '=')
            {
                if (quadPos >= 2 && quadPos + ++pads >= 4) return output.ToArray();
                continue;
            }
            var v = Value(c);
            if (v < 0) continue;
            pads = 0;
            switch (quadPos)
            {
                case 0: quadPos = 1; leftChar = v; break;
                case 1: quadPos = 2; output.Add((byte)((leftChar << 2) | (v >> 4))); leftChar = v & 0x0f; break;
                case 2: quadPos = 3; output.Add((byte)((leftChar << 4) | (v >> 2))); leftChar = v & 0x03; break;
                default: quadPos = 0; output.Add((byte)((leftChar << 6) | v)); leftChar = 0; break;
            }
        }
        if (quadPos != 0) throw CliArgumentException.General($"Invalid base64: \"{text}\"");
        return output.ToArray();
    }

    private static int Value(char c) => c switch
    {
        >= 'A' and <= 'Z' => c - 'A',
        >= 'a' and <= 'z' => c - 'a' + 26,
        >= '0' and <= '9' => c - '0' + 52,
        '+' => 62,
        '/' => 63,
        _ => -1,
    };
}
