namespace Aws.Cli.Output;

/// <summary>Cell and border decoration: plain, or the ANSI codes colorama emits for --color on.</summary>
internal sealed class TableStyler(bool color)
{
    public const string Reset = "\u001b[0m";
    private const string Bright = "\u001b[1m", Blue = "\u001b[34m", Dim = "\u001b[2m", Yellow = "\u001b[33m";

    public bool Color => color;

    public string RowElement(string text) => color ? Bright + Blue + text + Reset : text;

    public string IndentationChar(string text) => color ? Dim + Yellow + text + Reset : text;
}
