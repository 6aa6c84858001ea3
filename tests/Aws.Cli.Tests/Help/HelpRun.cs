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

    /// <summary>
    /// The real CLI's models of these services with every "documentation" key removed (what golden/record.sh
    /// does), in a temporary botocore-layout folder; null when the CLI is not installed.
    /// </summary>
    public static string? StrippedCliModels(params string[] services)
    {
        if (!Directory.Exists(CliModels)) return null;
        var root = Directory.CreateTempSubdirectory("aws-sharp-nodocs").FullName;
        foreach (var service in services)
        {
            var source = Directory.EnumerateDirectories(Path.Combine(CliModels, service)).Order(StringComparer.Ordinal).Last();
            var target = Path.Combine(root, service, Path.GetFileName(source));
            Directory.CreateDirectory(target);
            foreach (var file in Directory.EnumerateFiles(source))
            {
                var name = Path.GetFileName(file);
                if (!name.StartsWith("service-2", StringComparison.Ordinal) && !name.StartsWith("paginators-1", StringComparison.Ordinal)
                    && !name.StartsWith("waiters-2", StringComparison.Ordinal)) continue;
                using var input = name.EndsWith(".gz", StringComparison.Ordinal)
                    ? (Stream)new System.IO.Compression.GZipStream(File.OpenRead(file), System.IO.Compression.CompressionMode.Decompress)
                    : File.OpenRead(file);
                var json = System.Text.Json.Nodes.JsonNode.Parse(input)!;
                if (name.StartsWith("service-2", StringComparison.Ordinal)) StripDocs(json);
                File.WriteAllText(Path.Combine(target, name.Replace(".gz", "")), json.ToJsonString());
            }
        }
        return root;
    }

    private static void StripDocs(System.Text.Json.Nodes.JsonNode? node)
    {
        if (node is System.Text.Json.Nodes.JsonObject obj)
        {
            obj.Remove("documentation");
            obj.Remove("documentationUrl");
            foreach (var (_, child) in obj) StripDocs(child);
        }
        else if (node is System.Text.Json.Nodes.JsonArray array)
            foreach (var child in array) StripDocs(child);
    }

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
