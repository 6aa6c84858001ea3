using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Aws.Cli.Arguments;

/// <summary>
/// The CLI's shorthand syntax (<c>a=1,b=[x,y],c={d=e}</c>), parsed purely syntactically as awscli's
/// ShorthandParser does: every scalar is a string; <see cref="ShorthandCoercion"/> then applies the model.
/// </summary>
public static partial class ShorthandParser
{
    // The character classes are awscli's, so the same inputs are accepted and rejected.
    // awscli's character classes, written as explicit code point ranges.
    private const string StartWord = @"\u0021\u0023-\u0026\u0028-\u002b\u002d-\u003c\u003e-\u005a\u005c-\u007a\u007c-\uffff";
    private const string FirstFollow = @"\s\u0021\u0023-\u0026\u0028-\u002b\u002d-\u005c\u005e-\u007c\u007e-\uffff";
    private const string SecondFollow = @"\s\u0021\u0023-\u0026\u0028-\u002b\u002d-\u003c\u003e-\uffff";

    [GeneratedRegex(@"\G((\\,)|[" + StartWord + @"])((\\,)|[" + FirstFollow + "])*")]
    private static partial Regex FirstValue();

    [GeneratedRegex(@"\G((\\,)|[" + StartWord + @"])((\\,)|[" + SecondFollow + "])*")]
    private static partial Regex SecondValue();

    [GeneratedRegex(@"\G'(?:\\\\|\\'|[^'])*'")]
    private static partial Regex SingleQuoted();

    [GeneratedRegex("\\G\"(?:\\\\\\\\|\\\\\"|[^\"])*\"")]
    private static partial Regex DoubleQuoted();

    private const string KeyChars = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.#/:";

    /// <summary>Parses one shorthand value into an object whose leaves are strings or lists of strings.</summary>
    public static JsonObject Parse(string value) => new State(value).Parameter();

    private sealed class State(string input)
    {
        private int _i;

        private bool Eof => _i >= input.Length;
        private char? Current => _i < input.Length ? input[_i] : null;

        public JsonObject Parameter()
        {
            var result = new JsonObject();
            var (key, val) = KeyVal();
            result[key] = val;
            var lastIndex = _i;
            while (_i < input.Length)
            {
                Expect(',', true);
                (key, val) = KeyVal();
                if (result.ContainsKey(key)) throw ShorthandException.DuplicateKey(key, input, lastIndex + 1);
                result[key] = val;
                lastIndex = _i;
            }
            return result;
        }

        private (string, JsonNode) KeyVal()
        {
            var key = Key();
            Expect('=', true);
            return (key, Values());
        }

        private string Key()
        {
            var start = _i;
            while (!Eof && KeyChars.Contains(input[_i])) _i++;
            return input[start.._i];
        }

        private JsonNode Values()
        {
            if (Eof) return JsonValue.Create("");
            if (Current == '[') return ExplicitList();
            if (Current == '{') return HashLiteral();
            return CsvValue();
        }

        private JsonNode CsvValue()
        {
            var first = FirstValueText();
            ConsumeWhitespace();
            if (Eof || input[_i] != ',') return JsonValue.Create(first);
            Expect(',', true);
            var list = new List<string> { first };
            while (true)
            {
                try
                {
                    var current = SecondValueText();
                    ConsumeWhitespace();
                    if (Eof) { list.Add(current); break; }
                    Expect(',', true);
                    list.Add(current);
                }
                catch (ShorthandException) when (!Eof)
                {
                    // "a=b,c=d": the second item was a key, so back up to the comma before it.
                    BacktrackTo(',');
                    break;
                }
            }
            if (list.Count == 1) return JsonValue.Create(first);
            var arr = new JsonArray();
            foreach (var s in list) arr.Add((JsonNode)JsonValue.Create(s));
            return arr;
        }

        private string PlainValue()
        {
            var m = FirstValue().Match(input, _i);
            if (!m.Success) return "";
            _i += m.Length;
            return PyText.RStrip(m.Value.Replace("\\,", ","));
        }

        private JsonArray ExplicitList()
        {
            Expect('[', true);
            var values = new JsonArray();
            while (Current != ']')
            {
                values.Add(ExplicitValues());
                ConsumeWhitespace();
                if (Current != ']') { Expect(','); ConsumeWhitespace(); }
            }
            Expect(']');
            return values;
        }

        private JsonNode ExplicitValues()
        {
            if (Current == '[') return ExplicitList();
            if (Current == '{') return HashLiteral();
            return JsonValue.Create(FirstValueText());
        }

        private JsonObject HashLiteral()
        {
            Expect('{', true);
            var obj = new JsonObject();
            while (Current != '}')
            {
                var key = Key();
                Expect('=', true);
                var v = ExplicitValues();
                ConsumeWhitespace();
                if (Current != '}') { Expect(','); ConsumeWhitespace(); }
                obj[key] = v;
            }
            Expect('}');
            return obj;
        }

        private string FirstValueText() => Current switch
        {
            '\'' => Quoted(SingleQuoted(), "singled quoted", '\''),
            '"' => Quoted(DoubleQuoted(), "double quoted", '"'),
            _ => PlainValue(),
        };

        private string SecondValueText()
        {
            if (Current == '\'') return Quoted(SingleQuoted(), "singled quoted", '\'');
            if (Current == '"') return Quoted(DoubleQuoted(), "double quoted", '"');
            var consumed = MustConsume(SecondValue(), "second");
            return PyText.RStrip(consumed.Replace("\\,", ","));
        }

        private string Quoted(Regex regex, string name, char quote)
        {
            var raw = MustConsume(regex, name);
            var value = raw[1..^1];
            return value.Replace("\\" + quote, quote.ToString()).Replace("\\\\", "\\");
        }

        private string MustConsume(Regex regex, string name)
        {
            var m = regex.Match(input, _i);
            if (!m.Success) throw ShorthandException.Syntax(input, "<" + name + ">", "<none>", _i);
            _i += m.Length;
            return m.Value;
        }

        private void Expect(char c, bool consumeWhitespace = false)
        {
            if (consumeWhitespace) ConsumeWhitespace();
            if (_i >= input.Length) throw ShorthandException.Syntax(input, c.ToString(), "EOF", _i);
            var actual = input[_i];
            if (actual != c) throw ShorthandException.Syntax(input, c.ToString(), actual.ToString(), _i);
            _i++;
            if (consumeWhitespace) ConsumeWhitespace();
        }

        private void BacktrackTo(char c)
        {
            while (_i >= 0 && input[_i] != c) _i--;
        }

        // Python's string.whitespace: ASCII only.
        private void ConsumeWhitespace()
        {
            while (!Eof && input[_i] is ' ' or '\t' or '\n' or '\r' or '\x0b' or '\x0c') _i++;
        }
    }
}
