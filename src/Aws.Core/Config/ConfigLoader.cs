using System.Text;

namespace Aws.Core.Config;

/// <summary>
/// botocore's configloader: raw INI parsing with nested sub-sections, the profile map, and multi-file merging.
/// </summary>
public static class ConfigLoader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// Every section of the file under its verbatim name. Indented blocks (values starting with a newline) become
    /// nested key/value pairs when <paramref name="parseSubsections"/> is set.
    /// </summary>
    /// <exception cref="ConfigNotFoundException">The file does not exist.</exception>
    /// <exception cref="ConfigParseException">The file is not valid INI or not UTF-8.</exception>
    public static OrderedDictionary<string, ConfigSection> RawConfigParse(string path, bool parseSubsections = true)
    {
        if (!File.Exists(path)) throw new ConfigNotFoundException(path);
        string text;
        try
        {
            text = StrictUtf8.GetString(File.ReadAllBytes(path));
        }
        catch (DecoderFallbackException e)
        {
            throw new ConfigParseException(path, e.Message);
        }
        return RawConfigParseText(text, path, parseSubsections);
    }

    /// <summary><see cref="RawConfigParse"/> on text already in memory; <paramref name="path"/> names it in errors.</summary>
    public static OrderedDictionary<string, ConfigSection> RawConfigParseText(string text, string path, bool parseSubsections = true)
    {
        OrderedDictionary<string, OrderedDictionary<string, string>> raw;
        try
        {
            raw = IniParser.Parse(text);
        }
        catch (IniSyntaxException e)
        {
            throw new ConfigParseException(path, e.Message);
        }

        var result = new OrderedDictionary<string, ConfigSection>(StringComparer.Ordinal);
        foreach (var (name, options) in raw)
        {
            var section = new ConfigSection();
            foreach (var (key, value) in options)
            {
                if (parseSubsections && value.StartsWith('\n'))
                {
                    var nested = ParseNested(value) ?? throw new ConfigParseException(path, $"bad sub-property in '{key}'");
                    section[key] = ConfigValue.OfNested(nested);
                }
                else section[key] = ConfigValue.Of(value);
            }
            result[name] = section;
        }
        return result;
    }

    /// <summary>One level of "k = v" lines; null when a non-blank line has no "=".</summary>
    private static OrderedDictionary<string, string>? ParseNested(string value)
    {
        var parsed = new OrderedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var rawLine in PyText.SplitLines(value))
        {
            var line = PyText.Strip(rawLine);
            if (line.Length == 0) continue;
            var eq = line.IndexOf('=');
            if (eq < 0) return null;
            parsed[PyText.Strip(line[..eq])] = PyText.Strip(line[(eq + 1)..]);
        }
        return parsed;
    }

    /// <summary>
    /// botocore's build_profile_map: sections starting with "profile", "sso-session" or "services" that split
    /// (shell-style) into exactly two words are keyed by the second word; others starting so are dropped;
    /// [default] is a profile; the rest stay as named. Later sections win for the same name.
    /// </summary>
    public static ConfigFileData BuildProfileMap(OrderedDictionary<string, ConfigSection> raw)
    {
        var data = new ConfigFileData();
        foreach (var (key, values) in raw)
        {
            var section = values.Clone();
            if (key.StartsWith("profile", StringComparison.Ordinal)) AddNamed(data.Profiles, key, section);
            else if (key.StartsWith("sso-session", StringComparison.Ordinal)) AddNamed(data.SsoSessions, key, section);
            else if (key.StartsWith("services", StringComparison.Ordinal)) AddNamed(data.Services, key, section);
            else if (key == "default") data.Profiles[key] = section;
            else data.OtherSections[key] = section;
        }
        return data;
    }

    private static void AddNamed(OrderedDictionary<string, ConfigSection> target, string key, ConfigSection section)
    {
        if (PyText.ShlexSplit(key) is { Count: 2 } parts) target[parts[1]] = section;
    }

    /// <summary>botocore's load_config: <see cref="RawConfigParse"/> then <see cref="BuildProfileMap"/>.</summary>
    public static ConfigFileData LoadConfig(string path) => BuildProfileMap(RawConfigParse(path));

    /// <summary>
    /// botocore's multi_file_load_config: missing files are skipped; the first file that defines a profile (or
    /// top-level section) wins for the whole profile; profile contents are not merged.
    /// </summary>
    public static ConfigFileData MultiFileLoadConfig(params IEnumerable<string> paths)
    {
        var merged = new ConfigFileData();
        var first = true;
        foreach (var path in paths)
        {
            ConfigFileData loaded;
            try { loaded = LoadConfig(path); }
            catch (ConfigNotFoundException) { continue; }
            foreach (var (name, s) in loaded.Profiles) merged.Profiles.TryAdd(name, s);
            foreach (var (name, s) in loaded.OtherSections) merged.OtherSections.TryAdd(name, s);
            // sso_sessions and services are top-level keys in botocore: the first loaded file's map wins whole.
            if (first)
            {
                foreach (var (name, s) in loaded.SsoSessions) merged.SsoSessions[name] = s;
                foreach (var (name, s) in loaded.Services) merged.Services[name] = s;
            }
            first = false;
        }
        return merged;
    }
}
