using System.Text.Json.Nodes;
using Aws.Core.Model;

namespace Aws.Cli.Arguments;

/// <summary>
/// From the words after <c>aws &lt;service&gt; &lt;operation&gt;</c> (global options already removed) to the
/// operation's input, following AWS CLI v2 step by step: argparse, unknown options, paging checks, values in
/// table order (file://, shorthand, JSON), --cli-input-json/yaml merge, then base64 blob decoding.
/// </summary>
public static class OperationArguments
{
    public static ParsedArguments Parse(OperationModel operation, IReadOnlyList<string> words, ArgumentOptions options) =>
        Parse(ArgumentTable.Build(operation, options.ServiceName), words, options);

    public static ParsedArguments Parse(ArgumentTable table, IReadOnlyList<string> words, ArgumentOptions options)
    {
        if (words.Count == 1 && words[0] == "help") return new ParsedArguments { HelpRequested = true };
        var parser = BuildParser(table, RequiredOff(table, words));
        var parsed = parser.Parse(words);
        var help = parsed.Values.GetValueOrDefault("help") as string;
        if (help == "help") return new ParsedArguments { HelpRequested = true };
        var remaining = new List<string>(parsed.Extras);
        if (help is not null) remaining.Add(help);
        if (remaining.Count > 0)
            throw new CliArgumentException(CliErrorKind.UnknownOptions, "Unknown options: " + string.Join(", ", remaining));

        CheckValueFlagPairs(table, parsed.Values);
        var paginate = CheckPaging(table, parsed.Values, options.Paginate);
        var pagination = paginate && table.Paging is not null
            ? new PaginationArguments
            {
                Enabled = true,
                StartingToken = PagingValue(table, "starting-token", parsed.Values) is { } st ? (string?)st : null,
                PageSize = PagingValue(table, "page-size", parsed.Values),
                MaxItems = PagingValue(table, "max-items", parsed.Values),
            }
            : new PaginationArguments();

        var parameters = new JsonObject();
        var cliOptions = new Dictionary<string, string?>(StringComparer.Ordinal);
        var operationName = table.OperationCliName;
        foreach (var arg in paginate ? table.Arguments : table.WithShadowedRestored())
        {
            if (!parsed.Values.TryGetValue(arg.Dest, out var raw)) continue;
            // Flags' two sides share a dest: only the side named like it reads it (as awscli looks up py_name).
            if (arg.Dest != arg.Name.Replace('-', '_') && arg.Kind is CliArgumentKind.NegatedFlag) continue;
            AddToParams(table, arg, raw, parameters, cliOptions, operationName, options);
        }

        MergeCliInput(parsed.Values, parameters, options);
        var skeleton = parsed.Values.GetValueOrDefault("generate_cli_skeleton") as string;
        if (paginate && table.Paging is { } p && p.InputTokens.Append(p.LimitKey).Any(t => t is not null && parameters.ContainsKey(t)))
            paginate = false;

        if (skeleton is null or "output")
        {
            if (options.BinaryFormat == "base64" && table.Operation.Input is { } input) BlobDecoder.DecodeBase64(parameters, input);
            if (options.ServiceName == "ec2" && table.Operation.Name == "RunInstances")
            {
                parameters.TryAdd("MaxCount", 1);
                parameters.TryAdd("MinCount", 1);
            }
        }

        return new ParsedArguments
        {
            Parameters = parameters,
            GenerateSkeleton = skeleton,
            OutFile = parsed.Values.GetValueOrDefault("outfile") as string,
            CliOptions = cliOptions,
            // Input tokens given through --cli-input-json also turn pagination off.
            Pagination = paginate ? pagination : new PaginationArguments(),
        };
    }

    /// <summary>--cli-input-json/yaml make every option optional; so does --generate-cli-skeleton (but not "output").</summary>
    private static bool RequiredOff(ArgumentTable table, IReadOnlyList<string> words)
    {
        if (table.Find("cli-input-json") is not null && (words.Contains("--cli-input-json") || words.Contains("--cli-input-yaml")))
            return true;
        var i = words.ToList().IndexOf("--generate-cli-skeleton");
        return i >= 0 && table.Find("generate-cli-skeleton") is not null && !(i + 1 < words.Count && words[i + 1] == "output");
    }

    private static ArgParser BuildParser(ArgumentTable table, bool requiredOff)
    {
        var parser = new ArgParser();
        foreach (var arg in table.Arguments)
        {
            var type = arg.Kind switch
            {
                CliArgumentKind.Member when arg.Shape?.Type == "long" => ArgParser.ValueType.Int,
                CliArgumentKind.Member when arg.Shape?.Type is "float" or "double" => ArgParser.ValueType.Float,
                CliArgumentKind.PageSize or CliArgumentKind.MaxItems when arg.TypeName is "integer" or "long" => ArgParser.ValueType.Int,
                _ => ArgParser.ValueType.Str,
            };
            var (nargs, constant, dflt) = arg.Kind switch
            {
                CliArgumentKind.List => (ArgParser.NArgs.ZeroOrMore, null, null),
                CliArgumentKind.Flag => (ArgParser.NArgs.Zero, (object?)true, null),
                CliArgumentKind.NegatedFlag => (ArgParser.NArgs.Zero, false, null),
                CliArgumentKind.ValueFlag => (ArgParser.NArgs.Optional, null, ArgParser.NotSpecified),
                CliArgumentKind.NegatedValueFlag => (ArgParser.NArgs.Zero, true, ArgParser.NotSpecified),
                CliArgumentKind.GenerateCliSkeleton => (ArgParser.NArgs.Optional, "input", null),
                _ => (ArgParser.NArgs.One, (object?)null, (object?)null),
            };
            var dest = arg.Kind == CliArgumentKind.NegatedValueFlag ? "no_" + arg.Name[3..].Replace('-', '_') : arg.Dest;
            parser.Add(new ArgParser.Action
            {
                Dest = dest,
                Option = arg.IsPositional ? null : arg.CliName,
                DisplayName = arg.CliName,
                NArgs = nargs,
                Type = type,
                Const = constant,
                Default = dflt,
                Required = !requiredOff && arg.Required && arg.Kind is not (CliArgumentKind.Flag or CliArgumentKind.NegatedFlag),
                Choices = arg.Choices,
            });
        }
        parser.Add(new ArgParser.Action { Dest = "help", DisplayName = "help", NArgs = ArgParser.NArgs.Optional });
        return parser;
    }

    private static void AddToParams(ArgumentTable table, CliArgument arg, object? raw, JsonObject parameters,
        Dictionary<string, string?> cliOptions, string operationName, ArgumentOptions options)
    {
        if (raw == ArgParser.NotSpecified || (raw is null && arg.Kind != CliArgumentKind.ValueFlag)) return;
        // load-cli-arg: file:// and fileb:// (a one-word list counts as that word).
        object value = raw is List<object> { Count: 1 } single && single[0] is string only ? only : raw ?? "";
        if (value is List<object> objs) value = objs.Select(o => o.ToString()!).ToList();
        if (value is string s)
        {
            try
            {
                if (ParamFile.Load(s, options) is { } loaded) value = loaded;
                else if (raw is List<object> l) value = l.Select(o => o.ToString()!).ToList();
            }
            catch (ParamFileException e) { throw CliArgumentException.Param(arg.CliName, e.Message); }
        }

        switch (arg.Kind)
        {
            case CliArgumentKind.Member or CliArgumentKind.List:
                parameters[arg.MemberName!] = ValueUnpacker.Unpack(arg, value, options.ServiceName, operationName, options);
                break;
            case CliArgumentKind.Flag or CliArgumentKind.NegatedFlag:
                parameters[arg.MemberName!] = (bool)raw!;
                break;
            case CliArgumentKind.ValueFlag:
                parameters[arg.MemberName!] = raw is null ? new JsonObject { ["Value"] = true }
                    : ValueUnpacker.Unpack(arg, value, options.ServiceName, operationName, options);
                break;
            case CliArgumentKind.NegatedValueFlag:
                if (raw is true) parameters[arg.MemberName!] = new JsonObject { ["Value"] = false };
                break;
            case CliArgumentKind.CliOnly:
                cliOptions[arg.Name] = value as string;
                break;
            case CliArgumentKind.Count:
                AddCount(Text(value), parameters);
                break;
        }
    }

    private static string Text(object value) => value as string ?? (value is byte[] b ? System.Text.Encoding.UTF8.GetString(b) : value.ToString()!);

    private static void AddCount(string value, JsonObject parameters)
    {
        var parts = value.Contains(':') ? value.Split(':') : [value, value];
        // AWS CLI 2.9.19 means to say "count parameter should be of form min[:max]" but fails on a missing
        // import; we print what it prints.
        if (parts.Length != 2 || !PyText.TryParseInt(parts[0], out var min) || !PyText.TryParseInt(parts[1], out var max))
            throw CliArgumentException.General("name 'ParamValidationError' is not defined");
        parameters["MinCount"] = min;
        parameters["MaxCount"] = max;
    }

    private static void CheckValueFlagPairs(ArgumentTable table, Dictionary<string, object?> values)
    {
        foreach (var pos in table.Arguments.Where(a => a.Kind == CliArgumentKind.ValueFlag))
        {
            var negDest = "no_" + pos.Dest;
            if (values.GetValueOrDefault(pos.Dest) != ArgParser.NotSpecified
                && values.TryGetValue(negDest, out var neg) && neg != ArgParser.NotSpecified)
                throw CliArgumentException.Validation($"Cannot specify both the \"{pos.CliName}\" option and the \"--no-{pos.Name}\" option.");
        }
    }

    /// <summary>Manual paging options turn pagination off; with it off, the CLI's paging options are refused.</summary>
    private static bool CheckPaging(ArgumentTable table, Dictionary<string, object?> values, bool paginate)
    {
        if (table.Paging is not { } paging) return paginate;
        foreach (var token in paging.InputTokens.Append(paging.LimitKey))
        {
            if (token is null) continue;
            var dest = CliNames.Transform(token, '_');
            if (dest is "start_token" or "max_items") continue;
            if (values.GetValueOrDefault(dest) is not null) paginate = false;
        }
        if (paginate) return true;
        var used = new List<string>();
        foreach (var name in new[] { "starting-token", "page-size", "max-items" })
            if (!table.Shadowed.ContainsKey(name) && values.GetValueOrDefault(name.Replace('-', '_')) is { } v && Truthy(v))
                used.Add("--" + name);
        if (used.Count > 0)
            throw CliArgumentException.Validation("Cannot specify --no-paginate along with pagination arguments: " + string.Join(", ", used));
        return false;
    }

    private static bool Truthy(object v) => v switch { string s => s.Length > 0, long l => l != 0, _ => true };

    private static JsonNode? PagingValue(ArgumentTable table, string name, Dictionary<string, object?> values)
    {
        var arg = table.Find(name);
        if (arg is null || arg.Kind is not (CliArgumentKind.StartingToken or CliArgumentKind.PageSize or CliArgumentKind.MaxItems)) return null;
        return values.GetValueOrDefault(arg.Dest) switch
        {
            long l => JsonValue.Create(l),
            string s => JsonValue.Create(s),
            _ => null,
        };
    }

    private static void MergeCliInput(Dictionary<string, object?> values, JsonObject parameters, ArgumentOptions options)
    {
        var json = values.GetValueOrDefault("cli_input_json") as string;
        var yaml = values.GetValueOrDefault("cli_input_yaml") as string;
        if (json is null && yaml is null) return;
        if (json is not null && yaml is not null)
            throw CliArgumentException.Validation("Only one --cli-input- parameter may be specified.");
        var isJson = json is not null;
        var text = json ?? yaml!;
        object? loaded;
        try { loaded = ParamFile.Load(text, options); }
        catch (ParamFileException e) { throw CliArgumentException.General(e.Message); }
        if (loaded is byte[] b) loaded = System.Text.Encoding.UTF8.GetString(b);
        text = loaded as string ?? text;

        JsonNode? document;
        if (isJson)
        {
            try { document = PyJson.Parse(text); }
            catch (PyJsonException) { throw CliArgumentException.Param("cli-input-json", "Invalid JSON received."); }
        }
        else
        {
            try { document = YamlReader.Parse(text); }
            catch (YamlException) { throw CliArgumentException.Param("cli-input-yaml", "Invalid YAML received."); }
        }
        if (document is not JsonObject obj)
            throw CliArgumentException.Param(isJson ? "--cli-input-json" : "--cli-input-yaml",
                "Invalid type: expecting map, received " + PyText.TypeName(document));
        foreach (var (key, value) in obj.ToArray())
            if (!parameters.ContainsKey(key)) parameters[key] = value?.DeepClone();
    }
}
