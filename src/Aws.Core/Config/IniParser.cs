namespace Aws.Core.Config;

/// <summary>
/// Reads INI text with the rules of Python's configparser.RawConfigParser as botocore configures it: "=" or ":"
/// delimiters, whole-line "#"/";" comments only, lower-cased keys, indented continuation lines, strict mode
/// (a duplicate section or key is an error), and the special [DEFAULT] section whose keys every section inherits.
/// </summary>
public static class IniParser
{
    private const string DefaultSection = "DEFAULT";

    /// <summary>Sections in file order; each maps lower-cased keys to the joined raw value.</summary>
    /// <exception cref="IniSyntaxException">The text is not valid INI.</exception>
    public static OrderedDictionary<string, OrderedDictionary<string, string>> Parse(string text)
    {
        var sections = new OrderedDictionary<string, OrderedDictionary<string, List<string>>>(StringComparer.Ordinal);
        var defaults = new OrderedDictionary<string, List<string>>(StringComparer.Ordinal);
        var seenSections = new HashSet<string>(StringComparer.Ordinal);
        var seenOptions = new HashSet<(string, string)>();
        OrderedDictionary<string, List<string>>? current = null;
        string? sectionName = null;
        string? optionName = null;
        var indentLevel = 0;
        string? deferredError = null;
        var lineNo = 0;

        foreach (var line in PyText.ReadLinesUniversal(text))
        {
            lineNo++;
            var stripped = PyText.Strip(line);
            var isComment = stripped.StartsWith('#') || stripped.StartsWith(';');
            var value = isComment ? "" : stripped;
            if (value.Length == 0)
            {
                // A blank (non-comment) line inside a value is kept; join + rstrip drop trailing ones later.
                if (!isComment && current is not null && !string.IsNullOrEmpty(optionName)) current[optionName].Add("");
                continue;
            }

            var indent = 0;
            while (indent < line.Length && PyText.IsSpace(line[indent])) indent++;
            if (current is not null && !string.IsNullOrEmpty(optionName) && indent > indentLevel)
            {
                current[optionName].Add(value);
                continue;
            }

            indentLevel = indent;
            if (TryMatchSection(value, out var header))
            {
                sectionName = header;
                if (sections.TryGetValue(header, out var existing))
                {
                    if (seenSections.Contains(header))
                        throw new IniSyntaxException($"While reading from line {lineNo}: section '{header}' already exists");
                    current = existing;
                }
                else if (header == DefaultSection) current = defaults;
                else
                {
                    current = new OrderedDictionary<string, List<string>>(StringComparer.Ordinal);
                    sections[header] = current;
                }
                seenSections.Add(header);
                optionName = null;
            }
            else if (current is null)
            {
                throw new IniSyntaxException($"File contains no section headers. line: {lineNo}");
            }
            else if (TryMatchOption(value, out var name, out var optionValue))
            {
                if (name.Length == 0) deferredError ??= $"Source contains parsing errors: [line {lineNo}]";
                optionName = PyText.RStrip(name).ToLowerInvariant();
                if (!seenOptions.Add((sectionName!, optionName)))
                    throw new IniSyntaxException($"While reading from line {lineNo}: option '{optionName}' in section '{sectionName}' already exists");
                current[optionName] = [PyText.Strip(optionValue)];
            }
            else
            {
                // configparser keeps reading and reports all bad lines at the end; the outcome is the same error.
                deferredError ??= $"Source contains parsing errors: [line {lineNo}]";
            }
        }

        if (deferredError is not null) throw new IniSyntaxException(deferredError);

        var result = new OrderedDictionary<string, OrderedDictionary<string, string>>(StringComparer.Ordinal);
        foreach (var (name, options) in sections)
        {
            var joined = new OrderedDictionary<string, string>(StringComparer.Ordinal);
            foreach (var (key, parts) in options) joined[key] = Join(parts);
            foreach (var (key, parts) in defaults)
                if (!joined.ContainsKey(key)) joined[key] = Join(parts);
            result[name] = joined;
        }
        return result;
    }

    private static string Join(List<string> parts) => PyText.RStrip(string.Join('\n', parts));

    /// <summary>configparser's SECTCRE: "[" then a greedy ".+" then "]"; anything after the last "]" is ignored.</summary>
    private static bool TryMatchSection(string value, out string header)
    {
        header = "";
        if (value.Length < 3 || value[0] != '[') return false;
        var close = value.LastIndexOf(']');
        if (close < 2) return false;
        header = value[1..close];
        return true;
    }

    /// <summary>configparser's OPTCRE: the shortest name before the first "=" or ":".</summary>
    private static bool TryMatchOption(string value, out string name, out string optionValue)
    {
        var d = value.AsSpan().IndexOfAny('=', ':');
        if (d < 0) { name = optionValue = ""; return false; }
        name = PyText.RStrip(value[..d]);
        optionValue = value[(d + 1)..];
        return true;
    }
}
