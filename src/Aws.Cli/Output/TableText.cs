namespace Aws.Cli.Output;

/// <summary>Cell padding by display width (wide characters count twice), as the CLI's table module does.</summary>
internal static class TableText
{
    public static string Center(string text, int length, string leftEdge, string rightEdge)
    {
        var textLength = TextWidth.Of(text);
        var charStart = length / 2 - textLength / 2 - 1;
        var lengthSoFar = TextWidth.Of(leftEdge) + charStart + textLength;
        var rightSpaces = length - TextWidth.Of(rightEdge) - lengthSoFar;
        return leftEdge + Spaces(charStart) + text + Spaces(rightSpaces) + rightEdge;
    }

    /// <param name="text">The cell as printed (may carry ANSI codes).</param>
    /// <param name="textLength">Display width of the cell without codes.</param>
    public static string AlignLeft(string text, int textLength, int length, string leftEdge, string rightEdge)
    {
        const int leftPadding = 2;
        var computed = textLength + leftPadding + leftEdge.Length + rightEdge.Length;
        var padding = length - computed >= 0 ? leftPadding : 0;
        var lengthSoFar = leftEdge.Length + padding + textLength;
        return leftEdge + Spaces(padding) + text + Spaces(length - lengthSoFar - rightEdge.Length) + rightEdge;
    }

    // Python's ' ' * n is empty for negative n.
    private static string Spaces(int n) => n > 0 ? new string(' ', n) : "";
}
