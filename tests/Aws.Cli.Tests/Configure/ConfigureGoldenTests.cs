using System.Text;
using System.Text.Json.Nodes;
using Aws.Cli.Customizations.Configure;
using Aws.Testing;

namespace Aws.Cli.Tests.Configure;

/// <summary>
/// Replays every scenario recorded from the real AWS CLI v2 (golden/configure-golden.json, made by
/// golden/make_golden.py) and compares exit code, stdout, stderr and the resulting files (bytes and mode).
/// </summary>
public sealed class ConfigureGoldenTests
{
    private static readonly string GoldenPath =
        Path.Combine(TestPaths.RepoRoot, "tests", "Aws.Cli.Tests", "Configure", "golden", "configure-golden.json");

    private static readonly Lazy<Dictionary<string, JsonNode>> Scenarios = new(() =>
        JsonNode.Parse(File.ReadAllText(GoldenPath))!["scenarios"]!.AsArray()
            .ToDictionary(s => s!["name"]!.GetValue<string>(), s => s!));

    public static TheoryData<string> Cases() => [.. Scenarios.Value.Keys];

    [Theory]
    [MemberData(nameof(Cases))]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void Configure_matches_the_real_cli(string name)
    {
        var s = Scenarios.Value[name];
        var tmp = Directory.CreateTempSubdirectory("cfggold");
        try
        {
            var home = Path.Combine(tmp.FullName, "home");
            Directory.CreateDirectory(home);
            string Sub(string t) => t.Replace("{HOME}", home);
            foreach (var (rel, text) in s["files"]!.AsObject())
            {
                var p = Path.Combine(home, rel);
                Directory.CreateDirectory(Path.GetDirectoryName(p)!);
                File.WriteAllBytes(p, Encoding.UTF8.GetBytes(text!.GetValue<string>()));
                File.SetUnixFileMode(p, (UnixFileMode)Convert.ToInt32("644", 8));
            }
            var env = new Dictionary<string, string>
            {
                ["HOME"] = home, ["PATH"] = "/usr/bin:/bin", ["AWS_EC2_METADATA_DISABLED"] = "true",
            };
            foreach (var (k, v) in s["env"]!.AsObject()) env[k] = Sub(v!.GetValue<string>());

            var stdout = new StringWriter { NewLine = "\n" };
            var stderr = new StringWriter { NewLine = "\n" };
            var io = new ConfigureIo
            {
                GetEnv = k => env.GetValueOrDefault(k),
                SetEnv = (k, v) => env[k] = v,
                Stdin = new StringReader(s["stdin"]!.GetValue<string>()),
                Stdout = stdout,
                Stderr = stderr,
            };
            var args = s["args"]!.AsArray().Select(a => Sub(a!.GetValue<string>())).ToList();
            var rc = ConfigureCommand.Run(args, io);

            string Unsub(string t) => t.Replace(home, "{HOME}");
            Assert.Equal(s["stdout"]!.GetValue<string>(), Unsub(stdout.ToString()));
            Assert.Equal(s["stderr"]!.GetValue<string>(), Unsub(stderr.ToString()));
            Assert.Equal(s["rc"]!.GetValue<int>(), rc);

            var expectedFiles = s["files_after"]!.AsObject()
                .ToDictionary(kv => kv.Key, kv => (Text: kv.Value!["text"]!.GetValue<string>(), Mode: kv.Value!["mode"]!.GetValue<string>()));
            var actualFiles = Directory.EnumerateFiles(home, "*", SearchOption.AllDirectories)
                .ToDictionary(f => Path.GetRelativePath(home, f),
                    f => (Text: Unsub(Encoding.UTF8.GetString(File.ReadAllBytes(f))), Mode: "0o" + Convert.ToString((int)File.GetUnixFileMode(f), 8)));
            Assert.Equal(expectedFiles.Keys.Order(), actualFiles.Keys.Order());
            foreach (var (rel, expected) in expectedFiles)
            {
                Assert.Equal(expected.Text, actualFiles[rel].Text);
                Assert.True(expected.Mode == actualFiles[rel].Mode, $"{rel}: mode {actualFiles[rel].Mode}, expected {expected.Mode}");
            }
        }
        finally
        {
            tmp.Delete(recursive: true);
        }
    }
}
