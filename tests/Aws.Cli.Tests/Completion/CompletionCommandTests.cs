using Aws.Cli.Completion;
using Aws.Cli.Driver;

namespace Aws.Cli.Tests.Completion;

public sealed class CompletionCommandTests
{
    private static (int Rc, string Out) Run(string[] args, Dictionary<string, string> env)
    {
        var stdout = new StringWriter { NewLine = "\n" };
        var context = new CliContext
        {
            Out = stdout, Error = new StringWriter(), In = new StringReader(""),
            GetEnv = k => env.GetValueOrDefault(k), Home = Path.GetTempPath(),
        };
        var rc = new CliDriver(context).RunAsync(args, CancellationToken.None).GetAwaiter().GetResult();
        return (rc, stdout.ToString());
    }

    [Fact]
    public void HiddenCompleteEntryReadsCompLineAndPoint()
    {
        var (rc, output) = Run(["__complete"], new() { ["COMP_LINE"] = "aws sts get-caller-id", ["COMP_POINT"] = "21" });
        Assert.Equal(0, rc);
        Assert.Equal("get-caller-identity\n", output);
    }

    [Fact]
    public void TcshCommandLineIsUsedWithoutCompLine()
    {
        var (_, output) = Run(["__complete"], new() { ["COMMAND_LINE"] = "aws sts get-caller-id" });
        Assert.Equal("get-caller-identity\n", output);
    }

    [Fact]
    public void NoCompletionsPrintAnEmptyLineLikeTheRealCompleter()
    {
        var (_, output) = Run(["__complete"], new() { ["COMP_LINE"] = "aws nosuchservice " });
        Assert.Equal("\n", output);
    }

    [Theory]
    [InlineData("/usr/local/bin/aws_completer", true)]
    [InlineData("aws_completer", true)]
    [InlineData("/usr/local/bin/aws", false)]
    [InlineData(null, false)]
    public void RecognisesTheCompleterName(string? argv0, bool expected) =>
        Assert.Equal(expected, CompletionCommand.IsCompleterName(argv0));

    [Theory]
    [InlineData("bash", "complete -C 'aws __complete' aws")]
    [InlineData("zsh", "bashcompinit")]
    [InlineData("fish", "complete -c aws -f -a '(__aws_sharp_complete)'")]
    public void PrintsTheShellSnippet(string shell, string expected)
    {
        var (rc, output) = Run(["completion", shell], []);
        Assert.Equal(0, rc);
        Assert.Contains(expected, output);
    }

    [Fact]
    public async Task UnknownShellIsAnInvalidChoice()
    {
        var stderr = new StringWriter();
        var context = new CliContext { Out = new StringWriter(), Error = stderr, In = new StringReader(""), GetEnv = _ => null, Home = Path.GetTempPath() };
        var rc = await new CliDriver(context).RunAsync(["completion", "tcsh"], TestContext.Current.CancellationToken);
        Assert.Equal(252, rc);
        Assert.Contains("Invalid choice", stderr.ToString());
    }
}
