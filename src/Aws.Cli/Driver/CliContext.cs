namespace Aws.Cli.Driver;

/// <summary>
/// Everything the CLI touches outside itself: streams, environment, home and working folders.
/// Tests run the driver in-process with their own context.
/// </summary>
public sealed record CliContext
{
    public required TextWriter Out { get; init; }
    public required TextWriter Error { get; init; }
    public required TextReader In { get; init; }
    /// <summary>Raw stdout, for binary output (e.g. s3 cp to "-").</summary>
    public Func<Stream> OpenStandardOutput { get; init; } = Console.OpenStandardOutput;
    public Func<Stream> OpenStandardInput { get; init; } = Console.OpenStandardInput;
    public required Func<string, string?> GetEnv { get; init; }
    public required string Home { get; init; }
    public string CurrentDirectory { get; init; } = Environment.CurrentDirectory;
    public bool StdoutIsTerminal { get; init; }
    public bool StdinIsTerminal { get; init; }
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <param name="stdout">The writer for standard output (Console.Out when null).</param>
    /// <param name="stderr">The writer for standard error (Console.Error when null).</param>
    public static CliContext FromProcess(TextWriter? stdout = null, TextWriter? stderr = null)
    {
        var home = Environment.GetEnvironmentVariable("HOME");
        if (string.IsNullOrEmpty(home)) home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        return new CliContext
        {
            // Console.Out/Error/In each set up an encoder (and Console.In the terminal): only build what is used.
            Out = stdout ?? Console.Out,
            Error = stderr ?? Console.Error,
            In = new LazyReader(() => Console.In),
            GetEnv = Environment.GetEnvironmentVariable,
            Home = home,
            StdoutIsTerminal = !Console.IsOutputRedirected,
            StdinIsTerminal = !Console.IsInputRedirected,
        };
    }
}
