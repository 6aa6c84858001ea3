namespace Aws.Cli.Output;

/// <summary>What libyaml's emitter (behind ruamel.yaml's C dumper) decides about a scalar before picking a
/// style: which quoting styles can represent it and whether it spans lines.</summary>
internal readonly record struct YamlScalarAnalysis(
    bool Multiline, bool FlowPlainAllowed, bool BlockPlainAllowed, bool SingleQuotedAllowed, int Utf8Length)
{
    public static YamlScalarAnalysis Of(string value)
    {
        var utf8Length = System.Text.Encoding.UTF8.GetByteCount(value);
        if (value.Length == 0) return new(false, false, true, true, 0);
        var cps = CodePoints(value);

        bool blockIndicators = false, flowIndicators = false, lineBreaks = false, special = false;
        bool leadingSpace = false, leadingBreak = false, trailingSpace = false, trailingBreak = false;
        bool breakSpace = false, spaceBreak = false, previousSpace = false, previousBreak = false;

        if (value.StartsWith("---", StringComparison.Ordinal) || value.StartsWith("...", StringComparison.Ordinal))
            blockIndicators = flowIndicators = true;

        var precededByWhitespace = true;
        var followedByWhitespace = IsBlankZ(cps, 1);
        for (var i = 0; i < cps.Length; i++)
        {
            var c = cps[i];
            if (i == 0)
            {
                if (c is '#' or ',' or '[' or ']' or '{' or '}' or '&' or '*' or '!' or '|' or '>' or '\'' or '"'
                    or '%' or '@' or '`')
                    flowIndicators = blockIndicators = true;
                if (c is '?' or ':')
                {
                    flowIndicators = true;
                    if (followedByWhitespace) blockIndicators = true;
                }
                if (c == '-' && followedByWhitespace) flowIndicators = blockIndicators = true;
            }
            else
            {
                if (c is ',' or '?' or '[' or ']' or '{' or '}') flowIndicators = true;
                if (c == ':')
                {
                    flowIndicators = true;
                    if (followedByWhitespace) blockIndicators = true;
                }
                if (c == '#' && precededByWhitespace) flowIndicators = blockIndicators = true;
            }

            if (!IsPrintable(c)) special = true;
            if (IsBreak(c)) lineBreaks = true;

            var first = i == 0;
            var last = i == cps.Length - 1;
            if (c == ' ')
            {
                if (first) leadingSpace = true;
                if (last) trailingSpace = true;
                if (previousBreak) breakSpace = true;
                previousSpace = true;
                previousBreak = false;
            }
            else if (IsBreak(c))
            {
                if (first) leadingBreak = true;
                if (last) trailingBreak = true;
                if (previousSpace) spaceBreak = true;
                previousSpace = false;
                previousBreak = true;
            }
            else
            {
                previousSpace = previousBreak = false;
            }

            precededByWhitespace = IsBlankZ(cps, i);
            followedByWhitespace = IsBlankZ(cps, i + 2);
        }

        bool flowPlain = true, blockPlain = true, single = true;
        if (leadingSpace || leadingBreak || trailingSpace || trailingBreak) flowPlain = blockPlain = false;
        if (breakSpace) flowPlain = blockPlain = single = false;
        if (spaceBreak || special) flowPlain = blockPlain = single = false;
        if (lineBreaks) flowPlain = blockPlain = false;
        if (flowIndicators) flowPlain = false;
        if (blockIndicators) blockPlain = false;
        return new(lineBreaks, flowPlain, blockPlain, single, utf8Length);
    }

    public static int[] CodePoints(string value)
    {
        var list = new List<int>(value.Length);
        foreach (var rune in value.EnumerateRunes()) list.Add(rune.Value);
        return [.. list];
    }

    /// <summary>libyaml's printable set: LF, ASCII 0x20-0x7E, U+00A0-U+D7FF, U+E000-U+FFFD except the BOM.
    /// Characters beyond the BMP count as unprintable, so they force double quotes.</summary>
    public static bool IsPrintable(int c) =>
        c == 0x0A || (c >= 0x20 && c <= 0x7E) || (c >= 0xA0 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD && c != 0xFEFF);

    public static bool IsBreak(int c) => c is '\r' or '\n' or 0x85 or 0x2028 or 0x2029;

    /// <summary>Blank, break, or the end of the string (libyaml sees the terminating NUL).</summary>
    private static bool IsBlankZ(int[] cps, int index) =>
        index >= cps.Length || cps[index] is ' ' or '\t' or 0 || IsBreak(cps[index]);
}
