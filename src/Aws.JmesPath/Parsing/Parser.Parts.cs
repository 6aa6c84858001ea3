using Aws.JmesPath.Lexing;

namespace Aws.JmesPath.Parsing;

/// <summary>The parts of the grammar that are not single operators: brackets, multi-selects, projections.</summary>
internal sealed partial class Parser
{
    private static readonly TokenKind[] IdentifierKinds = [TokenKind.QuotedIdentifier, TokenKind.UnquotedIdentifier];

    private void Match(TokenKind kind)
    {
        if (Current.Kind == kind)
        {
            Advance();
            return;
        }
        throw ExpectationError(kind.PyName());
    }

    private JmesPathException ExpectationError(string expected)
    {
        if (Current.Kind == TokenKind.Eof) return Incomplete();
        return Error(Current, $"Expecting: {expected}, got: {Current.Kind.PyName()}");
    }

    /// <summary>After '[' when a number or ':' follows: an index, or a slice (which projects).</summary>
    private Node IndexOrSlice()
    {
        if (Peek(0) != TokenKind.Colon && Peek(1) != TokenKind.Colon)
        {
            var node = new IndexNode(Current.Number);
            Advance();
            Match(TokenKind.RBracket);
            return node;
        }
        var parts = new long?[3];
        var part = 0;
        while (Current.Kind != TokenKind.RBracket && part < 3)
        {
            if (Current.Kind == TokenKind.Colon)
            {
                part++;
                if (part == 3) throw Error(Current, "syntax error");
                Advance();
            }
            else if (Current.Kind == TokenKind.Number)
            {
                parts[part] = Current.Number;
                Advance();
            }
            else throw Error(Current, "syntax error");
        }
        Match(TokenKind.RBracket);
        return new SliceNode(parts[0], parts[1], parts[2]);
    }

    private Node ProjectIfSlice(Node left, Node right)
    {
        var indexed = new ChainNode(left, right, isIndexExpression: true);
        return right is SliceNode
            ? new ProjectionNode(indexed, ProjectionRhs(TokenKind.Star.BindingPower()))
            : indexed;
    }

    /// <summary>What follows a projection: nothing (a token that stops it), [...], [?...] or .rhs.</summary>
    private Node ProjectionRhs(int bindingPower)
    {
        switch (Current.Kind)
        {
            case var k when k.BindingPower() < ProjectionStop:
                return CurrentNode.Instance;
            case TokenKind.LBracket:
            case TokenKind.Filter:
                return Expression(bindingPower);
            case TokenKind.Dot:
                Advance();
                return DotRhs(bindingPower);
            default:
                throw Error(Current, "syntax error");
        }
    }

    /// <summary>After '.': an identifier, *, a multi-select list or hash (or a function call via the identifier).</summary>
    private Node DotRhs(int bindingPower)
    {
        switch (Current.Kind)
        {
            case TokenKind.QuotedIdentifier:
            case TokenKind.UnquotedIdentifier:
            case TokenKind.Star:
                return Expression(bindingPower);
            case TokenKind.LBracket:
                Advance();
                return MultiSelectList();
            case TokenKind.LBrace:
                Advance();
                return MultiSelectHash();
            default:
                throw Error(Current,
                    $"Expecting: ['quoted_identifier', 'unquoted_identifier', 'lbracket', 'lbrace'], got: {Current.Kind.PyName()}");
        }
    }

    private Node MultiSelectList()
    {
        var items = new List<Node>();
        while (true)
        {
            items.Add(Expression(0));
            if (Current.Kind == TokenKind.RBracket) break;
            Match(TokenKind.Comma);
        }
        Match(TokenKind.RBracket);
        return new MultiSelectListNode([.. items]);
    }

    private Node MultiSelectHash()
    {
        var pairs = new List<KeyValuePair<string, Node>>();
        while (true)
        {
            var key = Current;
            if (Array.IndexOf(IdentifierKinds, key.Kind) < 0)
                throw ExpectationError("['quoted_identifier', 'unquoted_identifier']");
            Advance();
            Match(TokenKind.Colon);
            pairs.Add(new(key.Text, Expression(0)));
            if (Current.Kind == TokenKind.Comma) Match(TokenKind.Comma);
            else if (Current.Kind == TokenKind.RBrace)
            {
                Match(TokenKind.RBrace);
                break;
            }
        }
        return new MultiSelectHashNode([.. pairs]);
    }
}
