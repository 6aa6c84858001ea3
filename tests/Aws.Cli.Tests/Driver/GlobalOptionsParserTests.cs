using Aws.Cli.Driver;
using Aws.Cli.Errors;

namespace Aws.Cli.Tests.Driver;

public class GlobalOptionsParserTests
{
    [Fact]
    public void Global_options_are_taken_from_anywhere_and_the_rest_kept_in_order()
    {
        var o = GlobalOptionsParser.Parse(["iam", "--region", "eu-west-1", "get-user", "--user-name", "bob", "--output=text", "--debug"]);
        Assert.Equal("eu-west-1", o.Region);
        Assert.Equal("text", o.Output);
        Assert.True(o.Debug);
        Assert.Equal(["iam", "get-user", "--user-name", "bob"], o.Remaining);
    }

    [Fact]
    public void Missing_value_is_argparses_error()
    {
        var e = Assert.Throws<UsageException>(() => GlobalOptionsParser.Parse(["--region"]));
        Assert.Equal("argument --region: expected one argument", e.Detail);
        Assert.Equal(252, e.ExitCode);
    }

    [Fact]
    public void Bad_choice_lists_the_choices()
    {
        var e = Assert.Throws<UsageException>(() => GlobalOptionsParser.Parse(["--output", "jsn"]));
        Assert.StartsWith("argument --output: Invalid choice, valid choices are:\n\njson", e.Detail);
        Assert.EndsWith("Invalid choice: 'jsn', maybe you meant:\n\n  * json", e.Detail);
    }

    [Fact]
    public void Bad_timeout_is_a_general_error_after_parsing()
    {
        // As in AWS CLI 2.9.19: argparse takes any string; int() fails after parsing, a general error (255).
        var options = GlobalOptionsParser.Parse(["--cli-read-timeout", "x"]);
        var e = Assert.Throws<CliException>(() => TopLevelArgs.Check(options));
        Assert.Equal(ExitCodes.General, e.ExitCode);
        Assert.Equal("invalid literal for int() with base 10: 'x'", e.Message);
    }

    [Fact]
    public void Flag_with_a_value_is_rejected()
    {
        var e = Assert.Throws<UsageException>(() => GlobalOptionsParser.Parse(["--debug=yes"]));
        Assert.Equal("argument --debug: ignored explicit argument 'yes'", e.Detail);
    }

    [Fact]
    public void Usage_error_text_is_the_cli_banner()
    {
        var e = new UsageException("the following arguments are required: command");
        Assert.Equal("usage: aws [options] <command> <subcommand> [<subcommand> ...] [parameters]\nTo see help text, you can run:\n\n" +
                     "  aws help\n  aws <command> help\n  aws <command> <subcommand> help\n\naws: error: the following arguments are required: command\n",
            e.Message);
    }
}
