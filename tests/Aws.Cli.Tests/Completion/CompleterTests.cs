using Aws.Cli.Completion;
using Aws.Core.Model;

namespace Aws.Cli.Tests.Completion;

public sealed class CompleterTests
{
    private static readonly string EmptyHome = Directory.CreateTempSubdirectory("aws-sharp-complete-home").FullName;

    private static Completer Create(Func<string, string?>? env = null, string? home = null, string? cwd = null, ModelCatalog? catalog = null) =>
        new(new CompletionIndex(catalog ?? new ModelCatalog(ModelBundle.Embedded, [])), env ?? (_ => null), home ?? EmptyHome, cwd ?? EmptyHome);

    // Where we differ from CLI 2.9.19 on purpose: the real completer offers no option values; we offer known choices.
    private static readonly Dictionary<string, string[]> Extensions = new(StringComparer.Ordinal)
    {
        ["aws --output "] = ["json", "text", "table", "yaml", "yaml-stream"],
        ["aws --output t"] = ["text", "table"],
        ["aws --color "] = ["on", "off", "auto"],
    };

    // Where our bundled models are newer than CLI 2.9.19's (or it has customizations we lack): the common
    // completions must come in the same order; these differences are the only ones allowed.
    private static readonly Dictionary<string, (string[] Missing, string[] Extra)> ModelDrift = new(StringComparer.Ordinal)
    {
        ["aws ec2 describe-inst"] = ([], ["describe-instance-connect-endpoints", "describe-instance-topology"]),
        ["aws iam "] = (["wizard"], ["get-mfa-device"]),
        ["aws sts assume-role --role-arn a --role-session-name b --"] = ([], ["--provided-contexts"]),
    };

    // lambda invoke's positional outfile comes from a CLI customization our ArgumentTable does not have yet.
    private static readonly HashSet<string> KnownGaps = new(StringComparer.Ordinal)
    {
        "aws lambda invoke --function-name f ", "aws lambda invoke --function-name f out.json --",
    };

    public static TheoryData<string> Lines => [.. CompletionCases.Expected.Keys];

    [Theory]
    [MemberData(nameof(Lines))]
    public void CompletesLikeTheRealCompleter(string line)
    {
        if (KnownGaps.Contains(line)) Assert.Skip("lambda invoke outfile is not in ArgumentTable yet");
        var expected = CompletionCases.Expected[line];
        var ours = Create().Complete(line, line.Length);
        if (Extensions.TryGetValue(line, out var extended))
        {
            Assert.Empty(expected);
            Assert.Equal(extended, ours);
        }
        else if (ModelDrift.TryGetValue(line, out var drift))
        {
            Assert.Equal(drift.Missing, expected.Except(ours));
            Assert.Equal(drift.Extra, ours.Except(expected));
            Assert.Equal(expected.Intersect(ours), ours.Intersect(expected));
        }
        else if (line == "aws ")
        {
            // Every service: ours is a newer, sorted list (the CLI lists renamed services and customs after).
            Assert.True(expected.Intersect(ours).Count() >= expected.Length * 9 / 10);
            Assert.Contains("configure", ours);
        }
        else Assert.Equal(expected, ours);
    }

    [Fact]
    public void CursorInTheMiddleCompletesTheWordBeforeIt()
    {
        const string line = "aws iam create-us --user-name bob";
        Assert.Equal(["create-user"], Create().Complete(line, "aws iam create-us".Length));
    }

    [Fact]
    public void RegionsAreCompletedFromThePartition()
    {
        var regions = Create().Complete("aws --region eu-west-");
        Assert.Contains("eu-west-1", regions);
        Assert.All(regions, r => Assert.StartsWith("eu-west-", r));
    }

    [Fact]
    public void ProfilesComeFromTheConfigFiles()
    {
        var home = Directory.CreateTempSubdirectory("aws-sharp-complete-profiles").FullName;
        Directory.CreateDirectory(Path.Combine(home, ".aws"));
        File.WriteAllText(Path.Combine(home, ".aws", "config"), "[default]\nregion=us-east-1\n[profile dev]\n[profile prod]\n");
        File.WriteAllText(Path.Combine(home, ".aws", "credentials"), "[ci]\naws_access_key_id=x\n");
        var completer = Create(home: home);
        Assert.Equal(["default", "dev"], completer.Complete("aws s3api list-buckets --profile de"));
        Assert.Equal(4, completer.Complete("aws --profile ").Count);
    }

    [Fact]
    public void FileUrlsCompletePaths()
    {
        var dir = Directory.CreateTempSubdirectory("aws-sharp-complete-files").FullName;
        File.WriteAllText(Path.Combine(dir, "input.json"), "{}");
        File.WriteAllText(Path.Combine(dir, "inventory.txt"), "");
        Directory.CreateDirectory(Path.Combine(dir, "inner"));
        var completer = Create(cwd: dir);
        Assert.Equal(["file://inner/", "file://input.json", "file://inventory.txt"],
            completer.Complete("aws iam create-user --cli-input-json file://in"));
        Assert.Equal(["fileb://" + dir + "/input.json"], completer.Complete($"aws lambda invoke --payload fileb://{dir}/inp"));
    }

    [Fact]
    public void EnumValuesAreCompletedForModelsFromTheDataPath()
    {
        var root = Directory.CreateTempSubdirectory("aws-sharp-complete-models").FullName;
        var version = Path.Combine(root, "demo", "2024-01-01");
        Directory.CreateDirectory(version);
        File.WriteAllText(Path.Combine(version, "service-2.json"), """
            {"metadata": {"protocol": "json", "apiVersion": "2024-01-01", "endpointPrefix": "demo", "serviceId": "Demo",
              "signatureVersion": "v4", "jsonVersion": "1.1", "targetPrefix": "Demo"},
             "operations": {"SetMode": {"name": "SetMode", "http": {"method": "POST", "requestUri": "/"},
               "input": {"shape": "SetModeRequest"}}},
             "shapes": {"SetModeRequest": {"type": "structure", "members": {"Mode": {"shape": "Mode"}, "Tags": {"shape": "Modes"}}},
               "Mode": {"type": "string", "enum": ["fast", "slow", "fancy"]},
               "Modes": {"type": "list", "member": {"shape": "Mode"}}}}
            """);
        var completer = Create(catalog: new ModelCatalog(ModelBundle.Embedded, [root]));
        Assert.Equal(["set-mode"], completer.Complete("aws demo set-m"));
        Assert.Equal(["fast", "fancy"], completer.Complete("aws demo set-mode --mode f"));
        Assert.Equal(["fast", "slow", "fancy"], completer.Complete("aws demo set-mode --tags "));
    }

    [Fact]
    public void BundledModelsOfferNoValuesForStringOptions() =>
        Assert.Empty(Create().Complete("aws iam create-user --user-name "));

    [Fact]
    public void GenerateCliSkeletonChoicesAreOffered() =>
        Assert.Equal(["input", "output"], Create().Complete("aws iam create-user --generate-cli-skeleton ").Where(c => !c.StartsWith("yaml", StringComparison.Ordinal)));
}
