using Aws.Testing;

namespace Aws.Cli.Tests.Completion;

/// <summary>The completions recorded from the real CLI's completer (data/record.sh over data/cases.txt).</summary>
internal static class CompletionCases
{
    public static string DataDir { get; } = Path.Combine(TestPaths.RepoRoot, "tests", "Aws.Cli.Tests", "Completion", "data");

    public static IReadOnlyDictionary<string, string[]> Expected { get; } = Load();

    private static Dictionary<string, string[]> Load()
    {
        var cases = new Dictionary<string, string[]>(StringComparer.Ordinal);
        string? current = null;
        var results = new List<string>();
        foreach (var line in File.ReadAllLines(Path.Combine(DataDir, "expected.txt")))
        {
            if (line.StartsWith('#')) continue;
            if (line.StartsWith("== ", StringComparison.Ordinal))
            {
                if (current is not null) cases[current] = [.. results];
                current = line[3..];
                results.Clear();
            }
            else if (line.Length > 0) results.Add(line);
        }
        if (current is not null) cases[current] = [.. results];
        return cases;
    }
}
