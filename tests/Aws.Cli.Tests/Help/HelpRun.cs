using System.Text.RegularExpressions;
using Aws.Cli.Driver;
using Aws.Testing;

namespace Aws.Cli.Tests.Help;

/// <summary>Runs `aws ... help` in-process and reads the recorded pages (golden/record.sh).</summary>
internal static partial class HelpRun
{
    public static string GoldenDir { get; } = Path.Combine(TestPaths.RepoRoot, "tests", "Aws.Cli.Tests", "Help", "golden");

    /// <summary>The real CLI's botocore models (with documentation), when installed on this machine.</summary>
    public const string CliModels = "/usr/lib/python3/dist-packages/awscli/botocore/data";

    public static bool HasGroff => File.Exists("/usr/bin/groff") || File.Exists("/usr/local/bin/groff");

    public static string Golden(string name) => File.ReadAllText(Path.Combine(GoldenDir, name));

    /// <summary>Runs the driver; output is what a pipe would get (no pager), overstrikes removed.</summary>
    public static string Run(IReadOnlyList<string> args, Dictionary<string, string>? env = null)
    {
        var home = Path.Combine(Path.GetTempPath(), "aws-sharp-help-home");
        var vars = new Dictionary<string, string>(env ?? []) { ["HOME"] = home };
        vars.TryAdd("PATH", "/usr/local/bin:/usr/bin:/bin");
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        var context = new CliContext
        {
            Out = stdout, Error = stderr, In = new StringReader(""), GetEnv = k => vars.GetValueOrDefault(k), Home = home,
        };
        var rc = new CliDriver(context).RunAsync([.. args], CancellationToken.None).GetAwaiter().GetResult();
        Assert.True(rc == 0, $"exit {rc}: {stderr}");
        return StripOverstrikes(stdout.ToString());
    }

    public static string StripOverstrikes(string text) => Overstrike().Replace(text, "");

    /// <summary>
    /// A page split into its sections (headings at column 0); the header and footer lines and blank lines
    /// at the end of a section are dropped (where the footer lands depends on what precedes it).
    /// </summary>
    public static Dictionary<string, string> Sections(string page)
    {
        var sections = new Dictionary<string, string>(StringComparer.Ordinal);
        var name = "";
        var body = new List<string>();
        foreach (var line in page.Split('\n'))
        {
            if (line.TrimEnd().EndsWith("()", StringComparison.Ordinal)) continue;
            if (line.Length > 0 && char.IsAsciiLetterUpper(line[0]))
            {
                sections[name] = string.Join('\n', body).TrimEnd('\n');
                name = line;
                body.Clear();
            }
            else body.Add(line);
        }
        sections[name] = string.Join('\n', body).TrimEnd('\n');
        return sections;
    }

    /// <summary>Roff without the EXAMPLES section (the CLI's example files are not part of the models).</summary>
    public static string RoffWithoutExamples(string roff) => RoffExamples().Replace(roff, "");

    [GeneratedRegex(".\b")]
    private static partial Regex Overstrike();

    [GeneratedRegex(@"\.SH EXAMPLES\n(?:(?!\.SH ).*\n)*")]
    private static partial Regex RoffExamples();
}
