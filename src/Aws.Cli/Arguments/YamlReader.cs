using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Aws.Core.Protocols;

namespace Aws.Cli.Arguments;

public sealed class YamlException(string message) : Exception(message);

/// <summary>
/// A small YAML reader for --cli-input-yaml: block mappings and sequences, flow collections, plain and quoted
/// scalars, | and &gt; block scalars, comments, and the !!binary tag the skeleton uses. Scalars resolve as
/// YAML 1.2's core schema (null, true/false, numbers), as the CLI's YAML loader does.
/// </summary>
public static class YamlReader
{
    private sealed record Line(int Indent, string Text, int Number);

    public static JsonNode? Parse(string text)
    {
        var lines = new List<Line>();
        var raw = text.Replace("\r\n", "\n").Split('\n');
        for (var n = 0; n < raw.Length; n++)
        {
            var l = raw[n];
            if (l.Contains('\t') && l.TrimStart(' ').StartsWith('\t')) throw new YamlException("tab indentation");
            var content = l.TrimStart(' ');
            if (content.Length == 0 || content.StartsWith('#')) { lines.Add(new Line(-1, "", n)); continue; }
            if (n == 0 && content is "---") continue;
            if (content is "..." ) break;
            lines.Add(new Line(l.Length - content.Length, content, n));
        }
        var reader = new Block(lines);
        reader.SkipBlank();
        if (reader.AtEnd) return null;
        var value = reader.ParseNode(reader.Current.Indent);
        reader.SkipBlank();
        if (!reader.AtEnd) throw new YamlException("unexpected content at line " + (reader.Current.Number + 1));
        return value;
    }

    private sealed class Block(List<Line> lines)
    {
        private int _pos;
        public bool AtEnd => _pos >= lines.Count;
        public Line Current => lines[_pos];

        public void SkipBlank() { while (!AtEnd && lines[_pos].Indent < 0) _pos++; }

        public JsonNode? ParseNode(int indent)
        {
            SkipBlank();
            if (AtEnd) return null;
            var line = Current;
            if (IsSequenceItem(line.Text)) return ParseSequence(line.Indent);
            if (FindMappingColon(line.Text) >= 0) return ParseMapping(line.Indent);
            _pos++;
            return ParseInlineValue(line.Text, line.Indent);
        }

        private static bool IsSequenceItem(string t) => t == "-" || t.StartsWith("- ");

        private JsonArray ParseSequence(int indent)
        {
            var arr = new JsonArray();
            while (true)
            {
                SkipBlank();
                if (AtEnd || Current.Indent != indent || !IsSequenceItem(Current.Text)) break;
                var line = Current;
                var rest = line.Text.Length > 1 ? line.Text[2..].TrimStart(' ') : "";
                var restIndent = line.Indent + (line.Text.Length - rest.Length);
                if (rest.Length == 0 || rest.StartsWith('#'))
                {
                    _pos++;
                    SkipBlank();
                    arr.Add(!AtEnd && Current.Indent > indent ? ParseNode(Current.Indent) : null);
                }
                else
                {
                    // The item's text continues as if it were a line of its own at the column after "- ".
                    lines[_pos] = new Line(restIndent, rest, line.Number);
                    arr.Add(ParseNode(restIndent));
                }
            }
            return arr;
        }

        private JsonObject ParseMapping(int indent)
        {
            var obj = new JsonObject();
            while (true)
            {
                SkipBlank();
                if (AtEnd || Current.Indent != indent) break;
                var line = Current;
                var colon = FindMappingColon(line.Text);
                if (colon < 0) throw new YamlException("expected a mapping key at line " + (line.Number + 1));
                var key = ScalarText(line.Text[..colon].Trim());
                var rest = StripComment(line.Text[(colon + 1)..]).Trim();
                _pos++;
                JsonNode? value;
                if (rest.Length == 0)
                {
                    SkipBlank();
                    if (!AtEnd && (Current.Indent > indent || (Current.Indent == indent && IsSequenceItem(Current.Text))))
                        value = ParseNode(Current.Indent);
                    else value = null;
                }
                else if (rest is "|" or ">" or "|-" or ">-" or "|+" or ">+") value = BlockScalar(rest, indent);
                else value = ParseInlineValue(rest, indent);
                obj[key] = value;
            }
            if (!AtEnd && Current.Indent > indent) throw new YamlException("bad indentation at line " + (Current.Number + 1));
            return obj;
        }

        private JsonNode BlockScalar(string header, int indent)
        {
            var parts = new List<string>();
            var blockIndent = -1;
            while (_pos < lines.Count)
            {
                var l = lines[_pos];
                if (l.Indent >= 0 && l.Indent <= indent) break;
                if (l.Indent >= 0 && blockIndent < 0) blockIndent = l.Indent;
                parts.Add(l.Indent < 0 ? "" : new string(' ', l.Indent - blockIndent) + l.Text);
                _pos++;
            }
            while (parts.Count > 0 && parts[^1].Length == 0 && header[^1] != '+') parts.RemoveAt(parts.Count - 1);
            var text = header[0] == '|' ? string.Join("\n", parts) : string.Join(" ", parts);
            if (header.Length == 1 || header[1] == '+') text += "\n";
            return JsonValue.Create(text);
        }

        // Plain text after "key:" or "- ": a flow collection, a quoted or plain scalar (plain ones may continue on
        // more-indented lines).
        private JsonNode? ParseInlineValue(string text, int indent)
        {
            text = StripComment(text).Trim();
            string? tag = null;
            if (text.StartsWith("!!"))
            {
                var sp = text.IndexOf(' ');
                tag = sp < 0 ? text : text[..sp];
                text = sp < 0 ? "" : text[(sp + 1)..].TrimStart();
            }
            JsonNode? value;
            if (text.StartsWith('[') || text.StartsWith('{'))
            {
                var flow = new StringBuilder(text);
                while (!FlowBalanced(flow.ToString()) && _pos < lines.Count)
                {
                    if (lines[_pos].Indent >= 0) flow.Append(' ').Append(StripComment(lines[_pos].Text));
                    _pos++;
                }
                var f = new Flow(flow.ToString());
                value = f.Value();
                f.End();
            }
            else if (text.StartsWith('\'') || text.StartsWith('"'))
            {
                var s = text;
                while (!QuoteClosed(s) && _pos < lines.Count)
                {
                    s += lines[_pos].Indent < 0 ? "\n" : " " + lines[_pos].Text;
                    _pos++;
                }
                var f = new Flow(s);
                value = f.Value();
                f.End();
            }
            else
            {
                var s = text;
                while (_pos < lines.Count && lines[_pos].Indent > indent && FindMappingColon(lines[_pos].Text) < 0 && !IsSequenceItem(lines[_pos].Text))
                {
                    s += " " + StripComment(lines[_pos].Text).Trim();
                    _pos++;
                }
                if (s.Contains(": ") || s.EndsWith(':')) throw new YamlException("mapping values are not allowed here");
                value = Resolve(s);
            }
            if (tag == "!!binary") return BlobValue.Create(Convert.FromBase64String(string.Concat(((string?)value ?? "").Where(c => !char.IsWhiteSpace(c)))));
            if (tag == "!!str") return JsonValue.Create(value?.ToString() ?? "");
            return value;
        }
    }

    private static bool QuoteClosed(string s)
    {
        try { var f = new Flow(s); f.Value(); return true; }
        catch (YamlException) { return false; }
    }

    private static bool FlowBalanced(string s)
    {
        int depth = 0;
        char quote = '\0';
        foreach (var c in s)
        {
            if (quote != '\0') { if (c == quote) quote = '\0'; continue; }
            if (c is '\'' or '"') quote = c;
            else if (c is '[' or '{') depth++;
            else if (c is ']' or '}') depth--;
        }
        return depth <= 0;
    }

    /// <summary>Index of the ':' that ends a mapping key on this line, or -1.</summary>
    private static int FindMappingColon(string t)
    {
        if (t.StartsWith('[') || t.StartsWith('{')) return -1;
        char quote = '\0';
        for (var i = 0; i < t.Length; i++)
        {
            var c = t[i];
            if (quote != '\0') { if (c == quote) quote = '\0'; continue; }
            if ((c is '\'' or '"') && i == 0) { quote = c; continue; }
            if (c == '#' && i > 0 && t[i - 1] == ' ') return -1;
            if (c == ':' && (i + 1 == t.Length || t[i + 1] == ' ')) return i;
        }
        return -1;
    }

    private static string StripComment(string t)
    {
        char quote = '\0';
        for (var i = 0; i < t.Length; i++)
        {
            var c = t[i];
            if (quote != '\0') { if (c == quote) quote = '\0'; continue; }
            if (c is '\'' or '"' && (i == 0 || t[i - 1] is ' ' or '[' or '{' or ',' or ':')) quote = c;
            else if (c == '#' && (i == 0 || t[i - 1] == ' ')) return t[..i];
        }
        return t;
    }

    private static string ScalarText(string key)
    {
        if (key.StartsWith('\'') || key.StartsWith('"'))
        {
            var f = new Flow(key);
            return f.Value()?.ToString() ?? "";
        }
        return key;
    }

    /// <summary>YAML 1.2 core schema resolution of a plain scalar.</summary>
    internal static JsonNode? Resolve(string s)
    {
        switch (s)
        {
            case "" or "~" or "null" or "Null" or "NULL": return null;
            case "true" or "True" or "TRUE": return JsonValue.Create(true);
            case "false" or "False" or "FALSE": return JsonValue.Create(false);
            case ".inf" or ".Inf" or ".INF" or "+.inf" or "+.Inf" or "+.INF": return JsonValue.Create(double.PositiveInfinity);
            case "-.inf" or "-.Inf" or "-.INF": return JsonValue.Create(double.NegativeInfinity);
            case ".nan" or ".NaN" or ".NAN": return JsonValue.Create(double.NaN);
        }
        var body = s.TrimStart('+', '-');
        if (body.Length > 0 && body.All(char.IsAsciiDigit) && s.Length - body.Length <= 1
            && long.TryParse(s, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l))
            return JsonValue.Create(l);
        if (s.StartsWith("0x") && long.TryParse(s[2..], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var hex))
            return JsonValue.Create(hex);
        if (System.Text.RegularExpressions.Regex.IsMatch(s, @"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$")
            && double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var d))
            return JsonValue.Create(d);
        return JsonValue.Create(s);
    }

    /// <summary>Flow collections and quoted scalars.</summary>
    private sealed class Flow(string s)
    {
        private int _i;

        public void End()
        {
            Ws();
            if (_i < s.Length && s[_i] != '#') throw new YamlException("unexpected text after value: " + s[_i..]);
        }

        private void Ws() { while (_i < s.Length && s[_i] is ' ' or '\t' or '\n') _i++; }

        public JsonNode? Value()
        {
            Ws();
            if (_i >= s.Length) return null;
            switch (s[_i])
            {
                case '[':
                {
                    _i++;
                    var arr = new JsonArray();
                    while (true)
                    {
                        Ws();
                        if (_i >= s.Length) throw new YamlException("unterminated flow sequence");
                        if (s[_i] == ']') { _i++; return arr; }
                        arr.Add(Value());
                        Ws();
                        if (_i < s.Length && s[_i] == ',') _i++;
                        else if (_i >= s.Length || s[_i] != ']') throw new YamlException("expected ',' or ']'");
                    }
                }
                case '{':
                {
                    _i++;
                    var obj = new JsonObject();
                    while (true)
                    {
                        Ws();
                        if (_i >= s.Length) throw new YamlException("unterminated flow mapping");
                        if (s[_i] == '}') { _i++; return obj; }
                        var key = Value()?.ToString() ?? "";
                        Ws();
                        JsonNode? v = null;
                        if (_i < s.Length && s[_i] == ':') { _i++; v = Value(); Ws(); }
                        obj[key] = v;
                        if (_i < s.Length && s[_i] == ',') _i++;
                        else if (_i >= s.Length || s[_i] != '}') throw new YamlException("expected ',' or '}'");
                    }
                }
                case '\'':
                {
                    var sb = new StringBuilder();
                    for (_i++; ; _i++)
                    {
                        if (_i >= s.Length) throw new YamlException("unterminated quoted scalar");
                        if (s[_i] == '\'')
                        {
                            if (_i + 1 < s.Length && s[_i + 1] == '\'') { sb.Append('\''); _i++; continue; }
                            _i++;
                            return JsonValue.Create(sb.ToString());
                        }
                        sb.Append(s[_i]);
                    }
                }
                case '"':
                {
                    var sb = new StringBuilder();
                    for (_i++; ; _i++)
                    {
                        if (_i >= s.Length) throw new YamlException("unterminated quoted scalar");
                        var c = s[_i];
                        if (c == '"') { _i++; return JsonValue.Create(sb.ToString()); }
                        if (c != '\\') { sb.Append(c); continue; }
                        if (++_i >= s.Length) throw new YamlException("unterminated quoted scalar");
                        switch (s[_i])
                        {
                            case 'n': sb.Append('\n'); break;
                            case 't': sb.Append('\t'); break;
                            case 'r': sb.Append('\r'); break;
                            case '0': sb.Append('\0'); break;
                            case '"': sb.Append('"'); break;
                            case '\\': sb.Append('\\'); break;
                            case '/': sb.Append('/'); break;
                            case ' ': sb.Append(' '); break;
                            case 'u' when _i + 4 < s.Length:
                                sb.Append((char)int.Parse(s.AsSpan(_i + 1, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture));
                                _i += 4;
                                break;
                            default: throw new YamlException("bad escape");
                        }
                    }
                }
                default:
                {
                    var start = _i;
                    while (_i < s.Length && s[_i] is not (',' or ']' or '}') && !(s[_i] == ':' && (_i + 1 >= s.Length || s[_i + 1] is ' ' or ',' or ']' or '}'))) _i++;
                    return Resolve(s[start.._i].Trim());
                }
            }
        }
    }
}
