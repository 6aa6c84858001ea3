using Aws.Core.Model;

namespace Aws.Cli.Arguments;

/// <summary>What an argument does with its value.</summary>
public enum CliArgumentKind
{
    /// <summary>A model member taking one value (scalars, structures, maps, documents).</summary>
    Member,
    /// <summary>A list member: zero or more values (<c>--ids a b c</c>).</summary>
    List,
    /// <summary>A boolean member's <c>--flag</c> (sets true).</summary>
    Flag,
    /// <summary>A boolean member's <c>--no-flag</c> (sets false).</summary>
    NegatedFlag,
    /// <summary>EC2's {"Value": bool} structures: <c>--flag</c> alone means {"Value": true}; a value is parsed.</summary>
    ValueFlag,
    /// <summary>The <c>--no-</c> side of <see cref="ValueFlag"/>: {"Value": false}.</summary>
    NegatedValueFlag,
    CliInputJson,
    CliInputYaml,
    GenerateCliSkeleton,
    StartingToken,
    PageSize,
    MaxItems,
    /// <summary>ec2 run-instances <c>--count min[:max]</c>.</summary>
    Count,
    /// <summary>The positional output file of operations with a streaming body.</summary>
    OutFile,
    /// <summary>An option of a CLI customization: its value goes to <c>ParsedArguments.CliOptions</c>, not the request.</summary>
    CliOnly,
}

/// <summary>One option of an operation's command line, as help, completion and the parser see it.</summary>
public sealed class CliArgument
{
    internal CliArgument(string name, CliArgumentKind kind, string typeName)
    {
        Name = name;
        Kind = kind;
        TypeName = typeName;
        Dest = name.Replace('-', '_');
    }

    /// <summary>The name without dashes (e.g. "user-name", "no-dry-run", "outfile").</summary>
    public string Name { get; internal set; }

    /// <summary>What the user types: "--user-name", or "outfile" for the positional argument.</summary>
    public string CliName => Kind == CliArgumentKind.OutFile ? Name : "--" + Name;

    public CliArgumentKind Kind { get; }

    /// <summary>The input member this option fills (null for CLI-only options).</summary>
    public string? MemberName { get; internal init; }

    /// <summary>The member's shape (null for CLI-only options).</summary>
    public Shape? Shape { get; internal init; }

    /// <summary>The type shown in help: string, integer, list, structure, boolean, ...</summary>
    public string TypeName { get; }

    public bool Required { get; internal set; }

    /// <summary>Accepted but not documented (pagination tokens, hidden aliases).</summary>
    public bool Hidden { get; internal set; }

    public string? Documentation { get; internal init; }

    /// <summary>Options shown together in the synopsis ("--dry-run | --no-dry-run").</summary>
    public string? GroupName { get; internal init; }

    /// <summary>Fixed choices (--generate-cli-skeleton and some customizations' options).</summary>
    public IReadOnlyList<string> Choices { get; internal init; } = [];

    /// <summary>argparse's dest: the two sides of a boolean share one.</summary>
    internal string Dest { get; set; }

    public bool IsPositional => Kind == CliArgumentKind.OutFile;

    /// <summary>True for options that take no value or an optional one (flags).</summary>
    public bool TakesNoValue => Kind is CliArgumentKind.Flag or CliArgumentKind.NegatedFlag or CliArgumentKind.NegatedValueFlag;

    internal CliArgument CopyAs(string name) => new(name, Kind, TypeName)
    {
        MemberName = MemberName, Shape = Shape, Required = Required, Hidden = Hidden, Documentation = Documentation,
        GroupName = GroupName, Choices = Choices, Dest = Dest,
    };

    public override string ToString() => CliName;
}
