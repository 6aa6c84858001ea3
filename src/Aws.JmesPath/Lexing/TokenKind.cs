namespace Aws.JmesPath.Lexing;

internal enum TokenKind
{
    Eof,
    UnquotedIdentifier,
    QuotedIdentifier,
    Literal,
    Number,
    Dot,
    Star,
    Flatten,
    Filter,
    LBracket,
    RBracket,
    LBrace,
    RBrace,
    LParen,
    RParen,
    Comma,
    Colon,
    Current,
    Expref,
    Pipe,
    Or,
    And,
    Not,
    Eq,
    Ne,
    Lt,
    Lte,
    Gt,
    Gte,
}

internal static class TokenKinds
{
    /// <summary>jmespath.py's token type names, which appear in its (and so the CLI's) parse error messages.</summary>
    public static string PyName(this TokenKind k) => k switch
    {
        TokenKind.Eof => "eof",
        TokenKind.UnquotedIdentifier => "unquoted_identifier",
        TokenKind.QuotedIdentifier => "quoted_identifier",
        TokenKind.Literal => "literal",
        TokenKind.Number => "number",
        TokenKind.Dot => "dot",
        TokenKind.Star => "star",
        TokenKind.Flatten => "flatten",
        TokenKind.Filter => "filter",
        TokenKind.LBracket => "lbracket",
        TokenKind.RBracket => "rbracket",
        TokenKind.LBrace => "lbrace",
        TokenKind.RBrace => "rbrace",
        TokenKind.LParen => "lparen",
        TokenKind.RParen => "rparen",
        TokenKind.Comma => "comma",
        TokenKind.Colon => "colon",
        TokenKind.Current => "current",
        TokenKind.Expref => "expref",
        TokenKind.Pipe => "pipe",
        TokenKind.Or => "or",
        TokenKind.And => "and",
        TokenKind.Not => "not",
        TokenKind.Eq => "eq",
        TokenKind.Ne => "ne",
        TokenKind.Lt => "lt",
        TokenKind.Lte => "lte",
        TokenKind.Gt => "gt",
        _ => "gte",
    };

    /// <summary>
    /// Pratt binding powers. Tokens below 10 end a projection; the order of the rest sets precedence
    /// (pipe &lt; or &lt; and &lt; comparators &lt; flatten &lt; star &lt; filter &lt; dot &lt; not &lt; { &lt; [ &lt; ( ).
    /// </summary>
    public static int BindingPower(this TokenKind k) => k switch
    {
        TokenKind.Pipe => 1,
        TokenKind.Or => 2,
        TokenKind.And => 3,
        TokenKind.Eq or TokenKind.Ne or TokenKind.Lt or TokenKind.Lte or TokenKind.Gt or TokenKind.Gte => 5,
        TokenKind.Flatten => 9,
        TokenKind.Star => 20,
        TokenKind.Filter => 21,
        TokenKind.Dot => 40,
        TokenKind.Not => 45,
        TokenKind.LBrace => 50,
        TokenKind.LBracket => 55,
        TokenKind.LParen => 60,
        _ => 0,
    };
}
