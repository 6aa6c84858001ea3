using Aws.Cli.Arguments;

namespace Aws.Cli.Tests.Arguments;

/// <summary>Skeletons compared byte for byte with TestData/skeletons (recorded from the real CLI by record.sh).</summary>
public class SkeletonTests
{
    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var f in Directory.GetFiles(Path.Combine(TestModels.TestDataDir, "skeletons"), "*.txt").Order(StringComparer.Ordinal))
            data.Add(Path.GetFileName(f));
        return data;
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Skeleton_matches_the_real_cli(string file)
    {
        var parts = file.Split('.');
        var (service, operation, kind) = (parts[0], parts[1], parts[2]);
        var model = TestModels.Botocore(service);
        if (model is null) { Assert.Skip(TestModels.MissingBotocore); return; }
        var op = TestModels.Operation(model, operation);
        var expected = File.ReadAllText(Path.Combine(TestModels.TestDataDir, "skeletons", file));
        var actual = kind == "output"
            ? PyJson.Dump(CliSkeleton.Output(op)) + "\n"
            : CliSkeleton.Render(op, kind);
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Generate_cli_skeleton_without_a_value_means_input_and_lifts_required()
    {
        var op = TestModels.Operation(TestModels.Embedded("iam"), "create-user");
        var parsed = OperationArguments.Parse(op, ["--generate-cli-skeleton"], ArgumentOptions.For("iam"));
        Assert.Equal("input", parsed.GenerateSkeleton);
    }

    [Fact]
    public void Generate_cli_skeleton_output_still_requires_the_required_options()
    {
        var op = TestModels.Operation(TestModels.Embedded("iam"), "create-user");
        var e = Assert.Throws<CliArgumentException>(() =>
            OperationArguments.Parse(op, ["--generate-cli-skeleton", "output"], ArgumentOptions.For("iam")));
        Assert.Equal("aws: error: the following arguments are required: --user-name", e.Message);
    }

    [Fact]
    public void Embedded_models_give_the_same_shape_of_input_skeleton()
    {
        // The bundled models carry no enums or documentation, so strings are "" and YAML has only [REQUIRED].
        var op = TestModels.Operation(TestModels.Embedded("iam"), "create-user");
        Assert.Equal(File.ReadAllText(Path.Combine(TestModels.TestDataDir, "skeletons", "iam.create-user.input.txt")),
            CliSkeleton.Render(op, "input"));
        Assert.StartsWith("Path: ''\nUserName: '' # [REQUIRED] \n", CliSkeleton.Render(op, "yaml-input"));
    }
}

/// <summary>Shorthand examples as the real CLI's help prints them (copied from `aws ec2 run-instances help` etc.).</summary>
public class ShorthandSyntaxTests
{
    [Theory]
    [InlineData("ec2", "run-instances", "block-device-mappings",
        "DeviceName=string,VirtualName=string,Ebs={DeleteOnTermination=boolean,Iops=integer,SnapshotId=string,VolumeSize=integer,VolumeType=string,KmsKeyId=string,Throughput=integer,OutpostArn=string,Encrypted=boolean},NoDevice=string ...")]
    [InlineData("ec2", "run-instances", "tag-specifications", "ResourceType=string,Tags=[{Key=string,Value=string},{Key=string,Value=string}] ...")]
    [InlineData("ec2", "run-instances", "cpu-options", "CoreCount=integer,ThreadsPerCore=integer")]
    [InlineData("ec2", "describe-instances", "filters", "Name=string,Values=string,string ...")]
    [InlineData("s3api", "put-object", "metadata", "KeyName1=string,KeyName2=string")]
    [InlineData("iam", "create-user", "tags", "Key=string,Value=string ...")]
    public void Example_matches_the_real_cli_help(string service, string operation, string option, string expected)
    {
        var model = TestModels.Botocore(service);
        if (model is null) { Assert.Skip(TestModels.MissingBotocore); return; }
        var table = Aws.Cli.Arguments.ArgumentTable.Build(TestModels.Operation(model, operation), service);
        Assert.Equal(expected, Aws.Cli.Arguments.ShorthandSyntax.Example(table.Find(option)!, service, operation));
    }

    [Fact]
    public void Scalar_options_have_no_shorthand()
    {
        var table = Aws.Cli.Arguments.ArgumentTable.Build(TestModels.Operation(TestModels.Embedded("iam"), "create-user"), "iam");
        Assert.Null(Aws.Cli.Arguments.ShorthandSyntax.Example(table.Find("user-name")!, "iam", "create-user"));
    }
}
