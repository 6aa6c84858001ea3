using System.Globalization;
using System.Text;
using Aws.JmesPath.Evaluation;
using Aws.JmesPath.Text;

namespace Aws.JmesPath.Lexing;

/// <summary>Splits an expression into tokens (the whole list up front: expressions are short).</summary>
internal sealed class Lexer
{
    private readonly string expr;
    private int pos;
    private readonly List<Token> tokens = [];

    private Lexer(string expression) => expr = expression;

    public static List<Token> Tokenize(string expression)
    {
        if (expression.Length == 0)
            throw new JmesPathException(JmesPathErrorKind.Syntax, "Invalid JMESPath expression: cannot be empty.", 0);
        var lexer = new Lexer(expression);
        lexer.Run();
        return lexer.tokens;
    }

    private void Run()
    {
        while (pos < expr.Length)
        {
            var c = expr[pos];
            var start = pos;
            switch (c)
            {
                case ' ' or '\t' or '\n' or '\r': pos++; break;
                case '.': Simple(TokenKind.Dot); break;
                case '*': Simple(TokenKind.Star); break;
                case ']': Simple(TokenKind.RBracket); break;
                case ',': Simple(TokenKind.Comma); break;
                case ':': Simple(TokenKind.Colon); break;
                case '@': Simple(TokenKind.Current); break;
                case '(': Simple(TokenKind.LParen); break;
                case ')': Simple(TokenKind.RParen); break;
                case '{': Simple(TokenKind.LBrace); break;
                case '}': Simple(TokenKind.RBrace); break;
                case '[':
                    if (Peek(1) == ']') Add(TokenKind.Flatten, start, "[]", 2);
                    else if (Peek(1) == '?') Add(TokenKind.Filter, start, "[?", 2);
                    else Simple(TokenKind.LBracket);
                    break;
                case '|': Pair('|', TokenKind.Or, TokenKind.Pipe); break;
                case '&': Pair('&', TokenKind.And, TokenKind.Expref); break;
                case '<': Pair('=', TokenKind.Lte, TokenKind.Lt); break;
                case '>': Pair('=', TokenKind.Gte, TokenKind.Gt); break;
                case '!': Pair('=', TokenKind.Ne, TokenKind.Not); break;
                case '=':
                    if (Peek(1) != '=') throw Error(start, "Unknown token '='");
                    Add(TokenKind.Eq, start, "==", 2);
                    break;
                case '\'': RawString(); break;
                case '`': Literal(); break;
                case '"': QuotedIdentifier(); break;
                case '-':
                    if (!IsDigit(Peek(1))) throw Error(start, "Unknown token '-'");
                    NumberToken();
                    break;
                default:
                    if (IsDigit(c)) NumberToken();
                    else if (IsIdentStart(c)) Identifier();
                    else throw Error(start, "Unknown token " + (char.IsSurrogatePair(expr, pos) ? expr.Substring(pos, 2) : c.ToString()));
                    break;
            }
        }
        tokens.Add(new Token(TokenKind.Eof, expr.Length, ""));
    }

    private char Peek(int ahead) => pos + ahead < expr.Length ? expr[pos + ahead] : '\0';

    private static bool IsDigit(char c) => c is >= '0' and <= '9';

    private static bool IsIdentStart(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or '_';

    private void Simple(TokenKind kind) => Add(kind, pos, expr[pos].ToString(), 1);

    private void Add(TokenKind kind, int start, string text, int length, object? value = null)
    {
        tokens.Add(new Token(kind, start, text, value));
        pos = start + length;
    }

    private void Pair(char second, TokenKind both, TokenKind single)
    {
        if (Peek(1) == second) Add(both, pos, expr.Substring(pos, 2), 2);
        else Simple(single);
    }

    private void Identifier()
    {
        var start = pos;
        var end = pos + 1;
        while (end < expr.Length && (IsIdentStart(expr[end]) || IsDigit(expr[end]))) end++;
        Add(TokenKind.UnquotedIdentifier, start, expr[start..end], end - start);
    }

    private void NumberToken()
    {
        var start = pos;
        var end = pos + 1;
        while (end < expr.Length && IsDigit(expr[end])) end++;
        var digits = expr[start..end];
        // Python ints are unbounded; indexes that big are out of range anyway, so saturate.
        var parsed = long.TryParse(digits, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l);
        var value = parsed ? l : digits[0] == '-' ? long.MinValue : long.MaxValue;
        var text = parsed ? l.ToString(CultureInfo.InvariantCulture) : digits;
        Add(TokenKind.Number, start, text, end - start, value);
    }

    /// <summary>
    /// Reads up to the closing <paramref name="delim"/>; a backslash keeps itself and the next character
    /// (so escapes survive for the JSON decoders and the delimiter can be escaped).
    /// </summary>
    private string ConsumeUntil(char delim)
    {
        var start = pos;
        var sb = new StringBuilder();
        var i = pos + 1;
        while (true)
        {
            if (i >= expr.Length) throw Error(start, $"Unclosed {delim} delimiter");
            var c = expr[i];
            if (c == delim) break;
            if (c == '\\')
            {
                sb.Append(c);
                if (++i >= expr.Length) throw Error(start, $"Unclosed {delim} delimiter");
            }
            sb.Append(expr[i]);
            i++;
        }
        pos = i + 1;
        return sb.ToString();
    }

    private void RawString()
    {
        var start = pos;
        var body = ConsumeUntil('\'').Replace("\\'", "'");
        tokens.Add(new Token(TokenKind.Literal, start, body, body));
    }

    private void Literal()
    {
        var start = pos;
        var body = ConsumeUntil('`').Replace("\\`", "`");
        if (Materializer.TryParseJson(body, out var value)
            // Legacy (JEP-12 deprecation): text that is not JSON is taken as a string.
            || Materializer.TryParseJson("\"" + body.TrimStart(' ', '\t', '\n', '\r') + "\"", out value))
        {
            tokens.Add(new Token(TokenKind.Literal, start, PyFormat.Str(value), value));
            return;
        }
        throw Error(start, "Bad token " + body);
    }

    private void QuotedIdentifier()
    {
        var start = pos;
        var body = ConsumeUntil('"');
        if (!Materializer.TryParseJson("\"" + body + "\"", out var value) || value is not string name)
            throw Error(start, JsonStringError(body));
        tokens.Add(new Token(TokenKind.QuotedIdentifier, start, name));
    }

    // The first problem Python's JSON decoder reports (the part of its message before ':').
    private static string JsonStringError(string body)
    {
        for (var i = 0; i < body.Length; i++)
        {
            var c = body[i];
            if (c < 0x20) return "Invalid control character at";
            if (c != '\\' || ++i >= body.Length) continue;
            if (body[i] == 'u')
            {
                if (body.Length - i - 1 < 4 || body.AsSpan(i + 1, 4).ContainsAnyExcept("0123456789abcdefABCDEF"))
                    return "Invalid \\uXXXX escape";
                i += 4;
            }
            else if ("\"\\/bfnrt".IndexOf(body[i]) < 0) return "Invalid \\escape";
        }
        return "Expecting value";
    }

    private JmesPathException Error(int at, string message)
    {
        var col = CodePoints.IndexOf(expr, at);
        return new JmesPathException(JmesPathErrorKind.Syntax,
            $"Bad jmespath expression: {message}:\n{expr}\n{new string(' ', col)}^", at);
    }
}
