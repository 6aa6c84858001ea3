namespace Aws.Cli.Help;

/// <summary>
/// What `help` shows for a hand-written command (configure, s3, local, ...): declared as data next to the
/// command. Text uses the CLI's reST inline markup: ``literal``; paragraphs are separated by blank lines.
/// </summary>
public sealed record CommandDescription(string Name, string Description)
{
    /// <summary>The SYNOPSIS line(s); default "aws PARENT NAME [options]" style is not guessed: set it.</summary>
    public string? Synopsis { get; init; }

    public IReadOnlyList<ArgumentDescription> Arguments { get; init; } = [];

    public IReadOnlyList<CommandDescription> Subcommands { get; init; } = [];

    /// <summary>Extra sections after DESCRIPTION (e.g. configure's CONFIGURATION VARIABLES): title -> paragraphs.</summary>
    public IReadOnlyList<(string Title, string Text)> ExtraSections { get; init; } = [];

    /// <summary>Accepted and completed, but not listed in help (configure wizard).</summary>
    public bool Hidden { get; init; }

    public CommandDescription? FindSubcommand(string name) => Subcommands.FirstOrDefault(s => s.Name == name);
}

/// <summary>One option or positional argument of a custom command.</summary>
public sealed record ArgumentDescription(string Name, string TypeName, string Description)
{
    public bool Required { get; init; }

    /// <summary>Positional arguments are shown without dashes ("varname (string)").</summary>
    public bool Positional { get; init; }

    public IReadOnlyList<string> Choices { get; init; } = [];

    public string CliName => Positional ? Name : "--" + Name;
}
