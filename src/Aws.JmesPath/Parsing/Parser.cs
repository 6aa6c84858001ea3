using Aws.JmesPath.Lexing;
using Aws.JmesPath.Text;

namespace Aws.JmesPath.Parsing;

/// <summary>
/// A Pratt (top-down operator precedence) parser. Each token kind has a "nud" (how it starts an expression)
/// and maybe a "led" (how it continues one); binding powers decide how far an expression extends. Errors are
/// raised at the same places, with the same texts, as jmespath.py's parser, because the CLI shows them.
/// </summary>
internal sealed partial class Parser
{
    private const int ProjectionStop = 10;

    private readonly string expr;
    private readonly List<Token> tokens;
    private int index;

    private Parser(string expression, List<Token> tokens)
    {
        expr = expression;
        this.tokens = tokens;
    }

    public static Node Parse(string expression)
    {
        var parser = new Parser(expression, Lexer.Tokenize(expression));
        var node = parser.Expression(0);
        if (parser.Current.Kind != TokenKind.Eof)
        {
            var t = parser.Current;
            throw parser.Error(t, "Unexpected token: " + t.Text);
        }
        return node;
    }

    private Token Current => tokens[index];

    private TokenKind Peek(int ahead) => tokens[Math.Min(index + ahead, tokens.Count - 1)].Kind;

    private void Advance() => index++;

    private Node Expression(int bindingPower)
    {
        var token = Current;
        Advance();
        var left = Nud(token);
        while (bindingPower < Current.Kind.BindingPower())
        {
            var t = Current;
            Advance();
            left = Led(t, left);
        }
        return left;
    }

    private Node Nud(Token token)
    {
        switch (token.Kind)
        {
            case TokenKind.Literal:
                return new LiteralNode(token.Value);
            case TokenKind.UnquotedIdentifier:
                return new FieldNode(token.Text);
            case TokenKind.QuotedIdentifier:
                if (Current.Kind == TokenKind.LParen)
                    throw Error(Current, "Quoted identifier not allowed for function names.", at: 0);
                return new FieldNode(token.Text);
            case TokenKind.Star:
                return new ValueProjectionNode(CurrentNode.Instance,
                    Current.Kind == TokenKind.RBracket ? CurrentNode.Instance : ProjectionRhs(TokenKind.Star.BindingPower()));
            case TokenKind.Filter:
                return Filter(CurrentNode.Instance);
            case TokenKind.LBrace:
                return MultiSelectHash();
            case TokenKind.LParen:
            {
                var inner = Expression(0);
                Match(TokenKind.RParen);
                return inner;
            }
            case TokenKind.Flatten:
                return new ProjectionNode(new FlattenNode(CurrentNode.Instance), ProjectionRhs(TokenKind.Flatten.BindingPower()));
            case TokenKind.Not:
                return new NotNode(Expression(TokenKind.Not.BindingPower()));
            case TokenKind.LBracket:
                if (Current.Kind is TokenKind.Number or TokenKind.Colon)
                    return ProjectIfSlice(CurrentNode.Instance, IndexOrSlice());
                if (Current.Kind == TokenKind.Star && Peek(1) == TokenKind.RBracket)
                {
                    Advance();
                    Advance();
                    return new ProjectionNode(CurrentNode.Instance, ProjectionRhs(TokenKind.Star.BindingPower()));
                }
                return MultiSelectList();
            case TokenKind.Current:
                return CurrentNode.Instance;
            case TokenKind.Expref:
                return new ExprRefNode(Expression(TokenKind.Expref.BindingPower()));
            case TokenKind.Eof:
                throw Incomplete();
            default:
                throw Error(token, "invalid token");
        }
    }

    private Node Led(Token token, Node left)
    {
        switch (token.Kind)
        {
            case TokenKind.Dot:
                if (Current.Kind == TokenKind.Star)
                {
                    Advance();
                    return new ValueProjectionNode(left, ProjectionRhs(TokenKind.Dot.BindingPower()));
                }
                return new ChainNode(left, DotRhs(TokenKind.Dot.BindingPower()));
            case TokenKind.Pipe:
                return new ChainNode(left, Expression(TokenKind.Pipe.BindingPower()));
            case TokenKind.Or:
                return new OrNode(left, Expression(TokenKind.Or.BindingPower()));
            case TokenKind.And:
                return new AndNode(left, Expression(TokenKind.And.BindingPower()));
            case TokenKind.LParen:
                return FunctionCall(left);
            case TokenKind.Filter:
                return Filter(left);
            case TokenKind.Eq: return Comparator(Comparison.Eq, left);
            case TokenKind.Ne: return Comparator(Comparison.Ne, left);
            case TokenKind.Lt: return Comparator(Comparison.Lt, left);
            case TokenKind.Lte: return Comparator(Comparison.Lte, left);
            case TokenKind.Gt: return Comparator(Comparison.Gt, left);
            case TokenKind.Gte: return Comparator(Comparison.Gte, left);
            case TokenKind.Flatten:
                return new ProjectionNode(new FlattenNode(left), ProjectionRhs(TokenKind.Flatten.BindingPower()));
            case TokenKind.LBracket:
                if (Current.Kind is TokenKind.Number or TokenKind.Colon)
                {
                    // Like jmespath.py: brackets after an index extend it, even a slice (no projection then).
                    var part = IndexOrSlice();
                    return left is ChainNode { IsIndexExpression: true }
                        ? new ChainNode(left, part, isIndexExpression: true)
                        : ProjectIfSlice(left, part);
                }
                Match(TokenKind.Star);
                Match(TokenKind.RBracket);
                return new ProjectionNode(left, ProjectionRhs(TokenKind.Star.BindingPower()));
            default:
                // A token that binds (star, not, lbrace) but cannot continue an expression.
                index--;
                throw Error(token, "invalid token");
        }
    }

    private Node Comparator(Comparison op, Node left) => new ComparatorNode(op, left, Expression(5));

    private Node FunctionCall(Node left)
    {
        if (left is not FieldNode field)
        {
            // The token before '(' is the would-be function name.
            var nameToken = tokens[index - 2];
            throw Error(nameToken, $"Invalid function name '{nameToken.Text}'");
        }
        var args = new List<Node>();
        while (Current.Kind != TokenKind.RParen)
        {
            var arg = Expression(0);
            if (Current.Kind == TokenKind.Comma) Match(TokenKind.Comma);
            args.Add(arg);
        }
        Match(TokenKind.RParen);
        return new FunctionCallNode(field.Name, [.. args]);
    }

    private Node Filter(Node left)
    {
        var condition = Expression(0);
        Match(TokenKind.RBracket);
        var right = Current.Kind == TokenKind.Flatten
            ? CurrentNode.Instance
            : ProjectionRhs(TokenKind.Filter.BindingPower());
        return new FilterNode(left, condition, right);
    }

    private JmesPathException Error(Token token, string reason, int? at = null)
    {
        var position = at ?? token.Start;
        var col = CodePoints.IndexOf(expr, position);
        var type = token.Kind.PyName().ToUpperInvariant();
        return new JmesPathException(JmesPathErrorKind.Syntax,
            $"{reason}: Parse error at column {col}, token \"{token.Text}\" ({type}), for expression:\n\"{expr}\"\n{new string(' ', col + 1)}^",
            position);
    }

    private JmesPathException Incomplete()
    {
        var col = CodePoints.Length(expr);
        return new JmesPathException(JmesPathErrorKind.Syntax,
            $"Invalid jmespath expression: Incomplete expression:\n\"{expr}\"\n{new string(' ', col + 1)}^", expr.Length);
    }
}
