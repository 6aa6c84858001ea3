namespace Aws.Testing;

/// <summary>Where the repository, the shared conformance data and the built binary are.</summary>
public static class TestPaths
{
    /// <summary>The checkout's root (the folder holding aws-sharp.slnx).</summary>
    public static string RepoRoot { get; } = FindRepoRoot();

    /// <summary>../shared/testdata beside the checkout, or null when it is absent.</summary>
    public static string? TestData
    {
        get
        {
            var env = Environment.GetEnvironmentVariable("AWS_SHARP_TESTDATA");
            if (!string.IsNullOrEmpty(env) && Directory.Exists(env)) return env;
            var dir = Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared", "testdata"));
            return Directory.Exists(dir) ? dir : null;
        }
    }

    /// <summary>A folder under the shared test data, or null (callers skip with <see cref="MissingTestData"/>).</summary>
    public static string? TestDataDir(string suite) =>
        TestData is { } root && Directory.Exists(Path.Combine(root, suite)) ? Path.Combine(root, suite) : null;

    public const string MissingTestData = "../shared/testdata is not beside the checkout (set AWS_SHARP_TESTDATA to point at it)";

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "aws-sharp.slnx"))) return dir.FullName;
        throw new InvalidOperationException("Cannot find the repository root above " + AppContext.BaseDirectory);
    }
}
