using Aws.Cli.Driver;
using Aws.Cli.Help;

namespace Aws.Cli.Tests.Help;

public sealed class PagerTests
{
    [Fact]
    public void OutputIsPagedOnlyOnATerminal()
    {
        Assert.Null(Pager.ForOutput("less -R", stdoutIsTerminal: false));
        Assert.Equal(["less", "-R"], Pager.ForOutput("less -R", stdoutIsTerminal: true));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void EmptyPagerSettingWritesDirectly(string? setting) => Assert.Null(Pager.ForOutput(setting, true));

    [Fact]
    public void HelpPagerPrefersManPagerThenPagerThenLess()
    {
        var env = new Dictionary<string, string> { ["MANPAGER"] = "most", ["PAGER"] = "more" };
        Assert.Equal(["most"], Pager.ForHelp(k => env.GetValueOrDefault(k), true, false));
        env.Remove("MANPAGER");
        Assert.Equal(["more"], Pager.ForHelp(k => env.GetValueOrDefault(k), true, false));
        env.Remove("PAGER");
        Assert.Equal(["less", "-R"], Pager.ForHelp(k => env.GetValueOrDefault(k), true, false));
    }

    [Fact]
    public void HelpIsWrittenDirectlyOffATerminalOrWithNoCliPager()
    {
        Assert.Null(Pager.ForHelp(_ => null, stdoutIsTerminal: false, noCliPager: false));
        Assert.Null(Pager.ForHelp(_ => null, stdoutIsTerminal: true, noCliPager: true));
    }

    [Theory]
    [InlineData("less -R", new[] { "less", "-R" })]
    [InlineData("less  -F -X", new[] { "less", "-F", "-X" })]
    [InlineData("'/opt/my pager/bin' --flag", new[] { "/opt/my pager/bin", "--flag" })]
    [InlineData("sh -c \"cat > out\"", new[] { "sh", "-c", "cat > out" })]
    [InlineData("a\\ b c", new[] { "a b", "c" })]
    public void PagerCommandsAreSplitLikeShlex(string command, string[] expected) => Assert.Equal(expected, Pager.Split(command));

    private static Invocation Invocation(Dictionary<string, string> env, string home, bool terminal, bool noCliPager = false, TextWriter? output = null)
    {
        var context = new CliContext
        {
            Out = output ?? new StringWriter(), Error = new StringWriter(), In = new StringReader(""),
            GetEnv = k => env.GetValueOrDefault(k), Home = home, StdoutIsTerminal = terminal,
        };
        return new Invocation(context, new GlobalOptions { NoCliPager = noCliPager }, Aws.Core.Model.ModelCatalog.FromEnvironment(_ => null, home));
    }

    [Fact]
    public void CliPagerSettingFollowsTheCliPrecedence()
    {
        var home = Directory.CreateTempSubdirectory("aws-sharp-pager").FullName;
        Directory.CreateDirectory(Path.Combine(home, ".aws"));
        File.WriteAllText(Path.Combine(home, ".aws", "config"), "[default]\ncli_pager = from-config\n");
        var env = new Dictionary<string, string> { ["AWS_PAGER"] = "from-env", ["PAGER"] = "from-pager" };
        Assert.Equal("from-env", Invocation(env, home, true).Setting("cli_pager"));
        env.Remove("AWS_PAGER");
        Assert.Equal("from-config", Invocation(env, home, true).Setting("cli_pager"));
        File.WriteAllText(Path.Combine(home, ".aws", "config"), "[default]\n");
        Assert.Equal("from-pager", Invocation(env, home, true).Setting("cli_pager"));
        env.Remove("PAGER");
        Assert.Equal("less -R", Invocation(env, home, true).Setting("cli_pager"));
        Assert.Equal("", Invocation(env, home, true, noCliPager: true).Setting("cli_pager"));
    }

    [Fact]
    public async Task CommandOutputGoesThroughThePagerWithLessDefaults()
    {
        if (!File.Exists("/bin/sh")) Assert.Skip("no /bin/sh");
        var home = Directory.CreateTempSubdirectory("aws-sharp-pager-run").FullName;
        var captured = Path.Combine(home, "paged.txt");
        var env = new Dictionary<string, string>
        {
            ["PATH"] = "/usr/bin:/bin", ["AWS_PAGER"] = $"sh -c 'cat > {captured}; echo \"LESS=$LESS\" >> {captured}'",
        };
        var stdout = new StringWriter();
        var rc = await Pager.RunPagedAsync(Invocation(env, home, terminal: true, output: stdout), i =>
        {
            i.Context.Out.Write("{\"Users\": []}\n");
            return Task.FromResult(0);
        });
        Assert.Equal(0, rc);
        Assert.Equal("", stdout.ToString());
        Assert.Equal("{\"Users\": []}\nLESS=FRX\n", File.ReadAllText(captured));
    }

    [Fact]
    public async Task NoOutputStartsNoPager()
    {
        var home = Directory.CreateTempSubdirectory("aws-sharp-pager-none").FullName;
        var marker = Path.Combine(home, "started");
        var env = new Dictionary<string, string> { ["PATH"] = "/usr/bin:/bin", ["AWS_PAGER"] = $"touch {marker}" };
        await Pager.RunPagedAsync(Invocation(env, home, terminal: true), _ => Task.FromResult(0));
        Assert.False(File.Exists(marker));
    }

    [Fact]
    public async Task OffATerminalOutputIsWrittenDirectly()
    {
        var home = Directory.CreateTempSubdirectory("aws-sharp-pager-direct").FullName;
        var stdout = new StringWriter();
        var env = new Dictionary<string, string> { ["AWS_PAGER"] = "false" };
        await Pager.RunPagedAsync(Invocation(env, home, terminal: false, output: stdout), i =>
        {
            i.Context.Out.Write("direct");
            return Task.FromResult(0);
        });
        Assert.Equal("direct", stdout.ToString());
    }

    [Fact]
    public async Task MissingPagerFallsBackToStdout()
    {
        var home = Directory.CreateTempSubdirectory("aws-sharp-pager-missing").FullName;
        var stdout = new StringWriter();
        var env = new Dictionary<string, string> { ["PATH"] = "/nonexistent", ["AWS_PAGER"] = "no-such-pager" };
        await Pager.RunPagedAsync(Invocation(env, home, terminal: true, output: stdout), i =>
        {
            i.Context.Out.Write("text");
            return Task.FromResult(0);
        });
        Assert.Equal("text", stdout.ToString());
    }
}
