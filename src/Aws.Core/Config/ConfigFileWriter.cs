using System.Text;
using System.Text.RegularExpressions;

namespace Aws.Core.Config;

/// <summary>
/// Updates values in one section of a config or credentials file the way `aws configure set` does (AWS CLI v2's
/// ConfigFileWriter): existing lines for the keys are replaced in place, new keys go after the section's last
/// option line, a missing section is appended, nested "s3 =" blocks are updated by indentation, and everything
/// else is left as it was. Files are replaced atomically; new files get mode 0600 and their folder is created.
/// </summary>
public static partial class ConfigFileWriter
{
    private static readonly UTF8Encoding Utf8 = new(false, throwOnInvalidBytes: true);

    [GeneratedRegex(@"^\s*\[(?<header>[^\]]+)\]")]
    private static partial Regex SectionRegex();

    [GeneratedRegex(@"(?<option>[^:=][^:=]*)\s*(?<vi>[:=])\s*(?<value>.*)$")]
    private static partial Regex OptionRegex();

    /// <summary>Sets <paramref name="values"/> in <paramref name="section"/> (e.g. "default", "profile dev").</summary>
    /// <param name="values">Plain values, or nested ones written as an indented block under their key.</param>
    public static void UpdateConfig(string path, string section, IEnumerable<KeyValuePair<string, ConfigValue>> values)
    {
        var newValues = new OrderedDictionary<string, ConfigValue>(StringComparer.Ordinal);
        foreach (var (k, v) in values) newValues[k] = v.Clone();

        if (!File.Exists(path))
        {
            var dir = Path.GetDirectoryName(Path.GetFullPath(path));
            if (!string.IsNullOrEmpty(dir)) Directory.CreateDirectory(dir);
            WriteAtomically(path, Encoding.UTF8.GetBytes(NewSection(section, newValues)), existingMode: null);
            return;
        }

        var bytes = File.ReadAllBytes(path);
        var mode = OperatingSystem.IsWindows() ? (UnixFileMode?)null : File.GetUnixFileMode(path);
        List<string> contents;
        try
        {
            contents = PyText.ReadLinesUniversal(Utf8.GetString(bytes));
        }
        catch (DecoderFallbackException e)
        {
            throw new ConfigParseException(path, e.Message);
        }

        if (UpdateSectionContents(contents, section, newValues))
        {
            WriteAtomically(path, Encoding.UTF8.GetBytes(string.Concat(contents)), mode);
            return;
        }

        // The section is new: the existing bytes stay exactly as they are and the section is appended.
        var needsNewline = bytes.Length > 0 && bytes[^1] != (byte)'\n';
        var appended = (needsNewline ? "\n" : "") + NewSection(section, newValues);
        WriteAtomically(path, [.. bytes, .. Encoding.UTF8.GetBytes(appended)], mode);
    }

    /// <summary>Convenience for one plain value.</summary>
    public static void SetValue(string path, string section, string key, string value) =>
        UpdateConfig(path, section, [new(key, ConfigValue.Of(value))]);

    /// <summary>Convenience for one nested value (<c>s3.max_concurrent_requests</c> style).</summary>
    public static void SetNestedValue(string path, string section, string key, string subKey, string value) =>
        UpdateConfig(path, section, [new(key, ConfigValue.OfNested(new() { [subKey] = value }))]);

    private static string NewSection(string section, OrderedDictionary<string, ConfigValue> values)
    {
        var contents = new List<string>();
        InsertNewValues(-1, contents, values);
        return "[" + section + "]\n" + string.Concat(contents);
    }

    /// <returns>False when the section is not in the file.</returns>
    private static bool UpdateSectionContents(List<string> contents, string section, OrderedDictionary<string, ConfigValue> newValues)
    {
        var start = FindSectionStart(contents, section);
        if (start < 0) return false;
        var lastMatching = start;
        for (var j = start + 1; j < contents.Count; j++)
        {
            var line = contents[j];
            if (SectionRegex().IsMatch(line))
            {
                InsertNewValues(lastMatching, contents, newValues);
                return true;
            }
            var match = OptionRegex().Match(line);
            if (!match.Success) continue;
            // Any line with a delimiter counts, comments included: new keys go after the last one.
            lastMatching = j;
            var option = match.Groups["option"].Value;
            var key = PyText.Strip(option);
            if (!newValues.TryGetValue(key, out var value)) continue;
            if (value.Nested is null)
            {
                contents[j] = key + " = " + value.Text + "\n";
                newValues.Remove(key);
            }
            else
            {
                UpdateSubattributes(j, contents, value.Nested, option.Length - PyText.LStrip(option).Length);
                return true;
            }
        }
        if (newValues.Count > 0)
        {
            if (!contents[^1].EndsWith('\n')) contents.Add("\n");
            InsertNewValues(lastMatching + 1, contents, newValues);
        }
        return true;
    }

    private static void UpdateSubattributes(int index, List<string> contents, OrderedDictionary<string, string> values, int startingIndent)
    {
        int? currentIndent = null;
        int i;
        for (i = index + 1; i < contents.Count; i++)
        {
            var line = contents[i];
            var match = OptionRegex().Match(line);
            if (match.Success)
            {
                var option = match.Groups["option"].Value;
                currentIndent = option.Length - PyText.LStrip(option).Length;
                var key = PyText.Strip(option);
                if (values.Remove(key, out var v)) contents[i] = new string(' ', currentIndent.Value) + key + " = " + v + "\n";
            }
            // The CLI fails here too when no option line has been seen yet (Python UnboundLocalError).
            if (currentIndent is null) throw new InvalidOperationException("Cannot update the nested block: no option line after it.");
            if (startingIndent == currentIndent || SectionRegex().IsMatch(line))
            {
                InsertNested(i - 1, contents, values);
                return;
            }
        }
        if (currentIndent is null) throw new InvalidOperationException("Cannot update the nested block: it ends the file.");
        if (startingIndent != currentIndent) InsertNested(i - 1, contents, values);
    }

    private static void InsertNested(int lineNumber, List<string> contents, OrderedDictionary<string, string> values)
    {
        var sb = new StringBuilder();
        foreach (var (k, v) in values) sb.Append("    ").Append(k).Append(" = ").Append(v).Append('\n');
        values.Clear();
        Insert(contents, lineNumber + 1, sb.ToString());
    }

    private static void InsertNewValues(int lineNumber, List<string> contents, OrderedDictionary<string, ConfigValue> values)
    {
        var sb = new StringBuilder();
        foreach (var (k, v) in values)
        {
            if (v.Nested is { } nested)
            {
                sb.Append(k).Append(" =\n");
                foreach (var (sk, sv) in nested) sb.Append("    ").Append(sk).Append(" = ").Append(sv).Append('\n');
            }
            else sb.Append(k).Append(" = ").Append(v.Text).Append('\n');
        }
        values.Clear();
        Insert(contents, lineNumber + 1, sb.ToString());
    }

    // Python's list.insert clamps an index past the end to an append.
    private static void Insert(List<string> contents, int index, string text) =>
        contents.Insert(Math.Min(index, contents.Count), text);

    private static int FindSectionStart(List<string> contents, string section)
    {
        var parts = section.Split(' ');
        var quoted = parts.Length > 1 ? "[" + parts[0] + " \"" + string.Join(' ', parts[1..]) + "\"]" : null;
        for (var i = 0; i < contents.Count; i++)
        {
            var line = contents[i];
            var stripped = PyText.Strip(line);
            if (stripped.StartsWith('#') || stripped.StartsWith(';')) continue;
            var match = SectionRegex().Match(line);
            if (!match.Success) continue;
            if (match.Value == "[" + section + "]" || match.Value == quoted) return i;
        }
        return -1;
    }

    /// <summary>Writes to a temporary file in the same folder, then renames it over the target.</summary>
    private static void WriteAtomically(string path, byte[] bytes, UnixFileMode? existingMode)
    {
        var full = Path.GetFullPath(path);
        var temp = Path.Combine(Path.GetDirectoryName(full)!, "." + Path.GetFileName(full) + "." + Guid.NewGuid().ToString("N")[..8] + ".tmp");
        try
        {
            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows())
                options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            using (var fs = new FileStream(temp, options))
            {
                fs.Write(bytes);
                fs.Flush(flushToDisk: true);
            }
            if (existingMode is { } m && !OperatingSystem.IsWindows()) File.SetUnixFileMode(temp, m);
            File.Move(temp, full, overwrite: true);
        }
        catch
        {
            try { File.Delete(temp); } catch (IOException) { }
            throw;
        }
    }
}
