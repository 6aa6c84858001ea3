using System.Text.Json.Nodes;

namespace Aws.EndToEnd.Tests.Infrastructure;

/// <summary>
/// Runs our binary and the real AWS CLI v2 against the same moto server, each with a clean HOME and test
/// credentials, so their outputs can be compared byte for byte.
/// </summary>
public abstract class MotoTestBase : IDisposable
{
    protected MotoServer Moto { get; }
    protected string Home { get; } = Directory.CreateTempSubdirectory("aws-sharp-e2e-").FullName;

    protected MotoTestBase(MotoServer moto)
    {
        Moto = moto;
        moto.Reset();
    }

    protected Dictionary<string, string?> Env => new()
    {
        ["HOME"] = Home,
        ["AWS_ACCESS_KEY_ID"] = "testing",
        ["AWS_SECRET_ACCESS_KEY"] = "testing",
        ["AWS_DEFAULT_REGION"] = "us-east-1",
        ["AWS_PAGER"] = "",
    };

    protected Cli RequireOurs()
    {
        if (Moto.SkipReason is { } why) Assert.Skip(why);
        return Cli.Ours ?? throw SkipOrFail(Cli.OursMissing);
    }

    protected Cli RequireReal()
    {
        if (Moto.SkipReason is { } why) Assert.Skip(why);
        if (Cli.Real is null) Assert.Skip(Cli.RealMissing);
        return Cli.Real!;
    }

    // In CI the binary must exist: a missing binary is a failure there, a skip on a developer's partial build.
    private static Exception SkipOrFail(string why)
    {
        if (Environment.GetEnvironmentVariable("CI") == "true") return new InvalidOperationException(why);
        Assert.Skip(why);
        return new InvalidOperationException(why);
    }

    protected CliResult Ours(params string[] args) => RequireOurs().Run(WithEndpoint(args), Env, workingDirectory: Home);
    protected CliResult Real(params string[] args) => RequireReal().Run(WithEndpoint(args), Env, workingDirectory: Home);

    private string[] WithEndpoint(string[] args) => [.. args, "--endpoint-url", Moto.Endpoint!];

    /// <summary>Asserts both CLIs print the same bytes and exit the same way.</summary>
    protected static void AssertSame(CliResult real, CliResult ours)
    {
        Assert.Equal(real.ExitCode, ours.ExitCode);
        Assert.Equal(real.Stdout, ours.Stdout);
        Assert.Equal(real.Stderr, ours.Stderr);
    }

    /// <summary>Replaces the values of the named keys anywhere in a JSON document (ids and dates moto makes up).</summary>
    protected static string Mask(string json, params string[] keys)
    {
        var node = JsonNode.Parse(json);
        MaskNode(node, keys);
        return node?.ToJsonString() ?? "";
    }

    private static void MaskNode(JsonNode? node, string[] keys)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (k, v) in o.ToList())
                    if (keys.Contains(k)) o[k] = "*"; else MaskNode(v, keys);
                break;
            case JsonArray a:
                foreach (var v in a) MaskNode(v, keys);
                break;
        }
    }

    public void Dispose()
    {
        try { Directory.Delete(Home, true); } catch (IOException) { }
        GC.SuppressFinalize(this);
    }
}
