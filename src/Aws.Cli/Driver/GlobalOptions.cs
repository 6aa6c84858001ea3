namespace Aws.Cli.Driver;

/// <summary>The AWS CLI v2 global options (awscli/data/cli.json), as given on the command line.</summary>
public sealed class GlobalOptions
{
    public bool Debug { get; set; }
    public string? EndpointUrl { get; set; }
    public bool NoVerifySsl { get; set; }
    public bool NoPaginate { get; set; }
    public string? Output { get; set; }
    public string? Query { get; set; }
    public string? Profile { get; set; }
    public string? Region { get; set; }
    public bool Version { get; set; }
    public string Color { get; set; } = "auto";
    public bool NoSignRequest { get; set; }
    public string? CaBundle { get; set; }
    public string? ReadTimeoutText { get; set; }
    public string? ConnectTimeoutText { get; set; }
    public int? ReadTimeout => TopLevelArgs.ParseInt(ReadTimeoutText);
    public int? ConnectTimeout => TopLevelArgs.ParseInt(ConnectTimeoutText);
    public string? BinaryFormat { get; set; }
    public bool NoCliPager { get; set; }
    public bool CliAutoPrompt { get; set; }
    public bool NoCliAutoPrompt { get; set; }

    /// <summary>Everything that is not a global option, in order (command, subcommand, parameters).</summary>
    public List<string> Remaining { get; } = [];
}
