using System.Text;
using System.Text.Json.Nodes;

namespace Aws.Cli.Output;

/// <summary>Block-style YAML as the CLI's ruamel.yaml safe dumper writes it through libyaml: keys sorted,
/// 2-space indent, sequences inside mappings not indented, empty collections as [] / {}, scalars plain when
/// they read back unchanged and otherwise single- or double-quoted, lines folded at spaces past column 80.</summary>
internal sealed class YamlEmitter
{
    private const int BestIndent = 2;
    private const int BestWidth = 80;
    private const int MaxSimpleKeyLength = 128;

    private readonly StringBuilder _out = new();
    private readonly Stack<int> _indents = new();
    private int _indent = -1;
    private int _column;
    private bool _whitespace = true;
    private bool _indention = true;
    private bool _mappingContext;
    private bool _simpleKeyContext;

    /// <summary>One document holding <paramref name="root"/> (a dict or list), ending with a newline.</summary>
    public static string Dump(JsonNode root)
    {
        var emitter = new YamlEmitter();
        emitter.EmitNode(root, mapping: false, simpleKey: false);
        emitter.WriteIndent();
        return emitter._out.ToString();
    }

    private void EmitNode(JsonNode? node, bool mapping, bool simpleKey)
    {
        _mappingContext = mapping;
        _simpleKeyContext = simpleKey;
        switch (node)
        {
            case JsonArray { Count: 0 }: EmitEmptyFlow("[", "]"); break;
            case JsonObject { Count: 0 }: EmitEmptyFlow("{", "}"); break;
            case JsonArray list: EmitBlockSequence(list); break;
            case JsonObject map: EmitBlockMapping(map); break;
            default: EmitScalar(node); break;
        }
    }

    private void EmitEmptyFlow(string open, string close)
    {
        WriteIndicator(open, needWhitespace: true, isWhitespace: true, isIndention: false);
        WriteIndicator(close, needWhitespace: false, isWhitespace: false, isIndention: false);
    }

    private void EmitBlockSequence(JsonArray list)
    {
        IncreaseIndent(flow: false, indentless: _mappingContext && !_indention);
        foreach (var item in list)
        {
            WriteIndent();
            WriteIndicator("-", needWhitespace: true, isWhitespace: false, isIndention: true);
            EmitNode(item, mapping: false, simpleKey: false);
        }
        _indent = _indents.Pop();
    }

    private void EmitBlockMapping(JsonObject map)
    {
        IncreaseIndent(flow: false, indentless: false);
        var keys = map.Select(p => p.Key).ToList();
        keys.Sort(TextWidth.CodePointOrder);
        foreach (var key in keys)
        {
            WriteIndent();
            var analysis = YamlScalarAnalysis.Of(key);
            if (!analysis.Multiline && analysis.Utf8Length <= MaxSimpleKeyLength)
            {
                EmitNode(JsonValue.Create(key), mapping: true, simpleKey: true);
                WriteIndicator(":", needWhitespace: false, isWhitespace: false, isIndention: false);
            }
            else
            {
                // Keys that are long or span lines use the explicit "? key" / ": value" form.
                WriteIndicator("?", needWhitespace: true, isWhitespace: false, isIndention: true);
                EmitNode(JsonValue.Create(key), mapping: true, simpleKey: false);
                WriteIndent();
                WriteIndicator(":", needWhitespace: true, isWhitespace: false, isIndention: true);
            }
            EmitNode(map[key], mapping: true, simpleKey: false);
        }
        _indent = _indents.Pop();
    }

    private void EmitScalar(JsonNode? node)
    {
        var (text, plainImplicit) = Represent(node);
        var analysis = YamlScalarAnalysis.Of(text);
        var style = SelectStyle(analysis, plainImplicit);
        IncreaseIndent(flow: true, indentless: false);
        var allowBreaks = !_simpleKeyContext;
        var cps = YamlScalarAnalysis.CodePoints(text);
        switch (style)
        {
            case '\'': WriteSingleQuoted(cps, allowBreaks); break;
            case '"': WriteDoubleQuoted(cps, allowBreaks); break;
            default: WritePlain(cps, allowBreaks); break;
        }
        _indent = _indents.Pop();
    }

    /// <summary>The scalar text ruamel's SafeRepresenter produces, and whether it may be written untagged
    /// and plain (it resolves back to its own type).</summary>
    private static (string Text, bool PlainImplicit) Represent(JsonNode? node)
    {
        switch (PyValue.Kind(node))
        {
            case PyKind.None: return ("null", true);
            case PyKind.Bool: return (PyValue.BoolValue((JsonValue)node!) ? "true" : "false", true);
            case PyKind.Int: return (PyValue.IntText((JsonValue)node!), true);
            case PyKind.Float:
                var d = PyValue.FloatValue((JsonValue)node!);
                var text = double.IsNaN(d) ? ".nan" : double.IsPositiveInfinity(d) ? ".inf"
                    : double.IsNegativeInfinity(d) ? "-.inf" : PyFloat.Repr(d).ToLowerInvariant();
                return (text, true);
            default:
                var s = PyValue.StringValue((JsonValue)node!);
                return (s, YamlResolver.ResolvesToString(s));
        }
    }

    private char SelectStyle(YamlScalarAnalysis a, bool plainImplicit)
    {
        var style = 'p';
        if (_simpleKeyContext && a.Multiline) style = '"';
        if (style == 'p')
        {
            if (!a.BlockPlainAllowed) style = '\'';
            if (a.Utf8Length == 0 && _simpleKeyContext) style = '\'';
            if (!plainImplicit) style = '\'';
        }
        if (style == '\'' && !a.SingleQuotedAllowed) style = '"';
        return style;
    }

    private void IncreaseIndent(bool flow, bool indentless)
    {
        _indents.Push(_indent);
        if (_indent < 0) _indent = flow ? BestIndent : 0;
        else if (!indentless) _indent += BestIndent;
    }

    private void WriteIndent()
    {
        var indent = Math.Max(_indent, 0);
        if (!_indention || _column > indent || (_column == indent && !_whitespace)) PutBreak();
        while (_column < indent) Put(' ');
        _whitespace = true;
        _indention = true;
    }

    private void WriteIndicator(string indicator, bool needWhitespace, bool isWhitespace, bool isIndention)
    {
        if (needWhitespace && !_whitespace) Put(' ');
        _out.Append(indicator);
        _column += indicator.Length;
        _whitespace = isWhitespace;
        _indention = _indention && isIndention;
    }

    private void Put(char c)
    {
        _out.Append(c);
        _column++;
    }

    private void Write(int codePoint)
    {
        _out.Append(char.ConvertFromUtf32(codePoint));
        _column++;
    }

    private void PutBreak()
    {
        _out.Append('\n');
        _column = 0;
    }

    private void WriteBreak(int c)
    {
        if (c == '\n') PutBreak();
        else
        {
            _out.Append(char.ConvertFromUtf32(c));
            _column = 0;
        }
    }

    private void WritePlain(int[] cps, bool allowBreaks)
    {
        bool spaces = false, breaks = false;
        if (!_whitespace && cps.Length > 0) Put(' ');
        for (var i = 0; i < cps.Length; i++)
        {
            var c = cps[i];
            if (c == ' ')
            {
                if (allowBreaks && !spaces && _column > BestWidth && !IsSpaceAt(cps, i + 1)) WriteIndent();
                else Write(c);
                spaces = true;
            }
            else if (YamlScalarAnalysis.IsBreak(c))
            {
                if (!breaks && c == '\n') PutBreak();
                WriteBreak(c);
                _indention = true;
                breaks = true;
            }
            else
            {
                if (breaks) WriteIndent();
                Write(c);
                _indention = false;
                spaces = breaks = false;
            }
        }
        _whitespace = false;
        _indention = false;
    }

    private void WriteSingleQuoted(int[] cps, bool allowBreaks)
    {
        bool spaces = false, breaks = false;
        WriteIndicator("'", needWhitespace: true, isWhitespace: false, isIndention: false);
        for (var i = 0; i < cps.Length; i++)
        {
            var c = cps[i];
            if (c == ' ')
            {
                if (allowBreaks && !spaces && _column > BestWidth && i != 0 && i != cps.Length - 1 && !IsSpaceAt(cps, i + 1))
                    WriteIndent();
                else Write(c);
                spaces = true;
            }
            else if (YamlScalarAnalysis.IsBreak(c))
            {
                if (!breaks && c == '\n') PutBreak();
                WriteBreak(c);
                _indention = true;
                breaks = true;
            }
            else
            {
                if (breaks) WriteIndent();
                if (c == '\'') Put('\'');
                Write(c);
                _indention = false;
                spaces = breaks = false;
            }
        }
        if (breaks) WriteIndent();
        WriteIndicator("'", needWhitespace: false, isWhitespace: false, isIndention: false);
        _whitespace = false;
        _indention = false;
    }

    private void WriteDoubleQuoted(int[] cps, bool allowBreaks)
    {
        var spaces = false;
        WriteIndicator("\"", needWhitespace: true, isWhitespace: false, isIndention: false);
        for (var i = 0; i < cps.Length; i++)
        {
            var c = cps[i];
            if (!YamlScalarAnalysis.IsPrintable(c) || c == 0xFEFF || YamlScalarAnalysis.IsBreak(c) || c == '"' || c == '\\')
            {
                Put('\\');
                foreach (var e in Escape(c)) Put(e);
                spaces = false;
            }
            else if (c == ' ')
            {
                if (allowBreaks && !spaces && _column > BestWidth && i != 0 && i != cps.Length - 1)
                {
                    WriteIndent();
                    if (IsSpaceAt(cps, i + 1)) Put('\\');
                }
                else Write(c);
                spaces = true;
            }
            else
            {
                Write(c);
                spaces = false;
            }
        }
        WriteIndicator("\"", needWhitespace: false, isWhitespace: false, isIndention: false);
        _whitespace = false;
        _indention = false;
    }

    private static string Escape(int c) => c switch
    {
        0 => "0", 0x07 => "a", 0x08 => "b", 0x09 => "t", 0x0A => "n", 0x0B => "v", 0x0C => "f", 0x0D => "r",
        0x1B => "e", '"' => "\"", '\\' => "\\", 0x85 => "N", 0xA0 => "_", 0x2028 => "L", 0x2029 => "P",
        <= 0xFF => "x" + c.ToString("X2", System.Globalization.CultureInfo.InvariantCulture),
        <= 0xFFFF => "u" + c.ToString("X4", System.Globalization.CultureInfo.InvariantCulture),
        _ => "U" + c.ToString("X8", System.Globalization.CultureInfo.InvariantCulture),
    };

    private static bool IsSpaceAt(int[] cps, int index) => index < cps.Length && cps[index] == ' ';
}
