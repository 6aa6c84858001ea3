using System.Text;
using System.Text.Json.Nodes;
using Aws.Cli.Arguments;
using Aws.Cli.Customizations.Iam;
using Aws.Cli.Errors;
using Aws.Cli.Tests.Arguments;

namespace Aws.Cli.Tests.Customizations;

/// <summary>iam create-virtual-mfa-device's --outfile/--bootstrap-method, as awscli's iamvirtmfa customization.</summary>
public sealed class VirtualMfaBootstrapTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("aws-sharp-mfa-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private ParsedArguments Parse(params string[] words) =>
        OperationArguments.Parse(TestModels.Operation(TestModels.Embedded("iam"), "create-virtual-mfa-device"), words, new ArgumentOptions
        {
            ServiceName = "iam", BinaryFormat = "base64", Paginate = true, CurrentDirectory = _dir,
            GetEnvironmentVariable = v => v == "HOME" ? _dir : null,
        });

    [Fact]
    public void Options_are_added_required_and_stay_out_of_the_request()
    {
        var table = ArgumentTable.Build(TestModels.Operation(TestModels.Embedded("iam"), "create-virtual-mfa-device"), "iam");
        Assert.True(table.Find("outfile")!.Required);
        Assert.Equal(["QRCodePNG", "Base32StringSeed"], table.Find("bootstrap-method")!.Choices);
        var parsed = Parse("--virtual-mfa-device-name", "phone", "--outfile", "~/seed.txt", "--bootstrap-method", "Base32StringSeed");
        Assert.Equal("""{"VirtualMFADeviceName":"phone"}""", parsed.Parameters.ToJsonString());
        Assert.Equal("Base32StringSeed", parsed.CliOptions["bootstrap-method"]);
        Assert.Equal(Path.Combine(_dir, "seed.txt"), VirtualMfaBootstrap.ResolveOutFile(parsed, v => v == "HOME" ? _dir : null, _dir));
    }

    [Fact]
    public void Missing_options_and_bad_choice_are_usage_errors()
    {
        var missing = Assert.Throws<CliArgumentException>(() => Parse("--virtual-mfa-device-name", "phone"));
        Assert.Contains("the following arguments are required: --outfile, --bootstrap-method", missing.Message, StringComparison.Ordinal);
        Assert.Throws<CliArgumentException>(() => Parse("--virtual-mfa-device-name", "p", "--outfile", "f", "--bootstrap-method", "PNG"));
    }

    [Fact]
    public void Unwritable_directory_is_refused_before_the_call()
    {
        var parsed = Parse("--virtual-mfa-device-name", "p", "--outfile", "/nonexistent/dir/qr.png", "--bootstrap-method", "QRCodePNG");
        var error = Assert.Throws<CliException>(() => VirtualMfaBootstrap.ResolveOutFile(parsed, _ => null, _dir));
        Assert.Equal("Unable to write to file: /nonexistent/dir/qr.png", error.Message);
        Assert.Equal(ExitCodes.ParamValidation, error.ExitCode);
    }

    [Theory]
    [InlineData("Base32StringSeed", "SEEDSEED")]
    [InlineData("QRCodePNG", "png-bytes")]
    public void Chosen_blob_is_written_decoded_and_both_leave_the_output(string method, string expected)
    {
        var result = new JsonObject
        {
            ["VirtualMFADevice"] = new JsonObject
            {
                ["SerialNumber"] = "arn:aws:iam::123456789012:mfa/p",
                ["Base32StringSeed"] = Convert.ToBase64String(Encoding.ASCII.GetBytes("SEEDSEED")),
                ["QRCodePNG"] = Convert.ToBase64String(Encoding.ASCII.GetBytes("png-bytes")),
            },
        };
        var file = Path.Combine(_dir, "out");
        VirtualMfaBootstrap.SaveBootstrap(result, method, file);
        Assert.Equal(expected, File.ReadAllText(file));
        Assert.Equal("""{"VirtualMFADevice":{"SerialNumber":"arn:aws:iam::123456789012:mfa/p"}}""", result.ToJsonString());
    }
}
