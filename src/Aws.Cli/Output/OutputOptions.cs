namespace Aws.Cli.Output;

/// <summary>Settings the formatters need from the command line and the environment.</summary>
/// <param name="Color">--color resolved by the caller (on = true; auto = stdout is a terminal).</param>
/// <param name="TerminalWidth">Columns of the terminal stdout is attached to; the CLI uses 80 when stdout is
/// not a terminal. Only the table format uses it (wider tables are turned into key/value rows).</param>
public sealed record OutputOptions(bool Color = false, int TerminalWidth = 80);
