using System.Globalization;

namespace LoadGen;

/// <summary>Command line: where to send what, signed with which keys, how hard and for how long.</summary>
public sealed record Options
{
    public required Uri Url { get; init; }
    public required string Service { get; init; }
    public string Region { get; init; } = "us-east-1";
    public required string AccessKeyId { get; init; }
    public required string SecretAccessKey { get; init; }
    public string? SessionToken { get; init; }
    /// <summary>The form body, e.g. "Action=GetCallerIdentity&amp;Version=2011-06-15".</summary>
    public required string Body { get; init; }
    public int Connections { get; init; } = 50;
    public TimeSpan Duration { get; init; } = TimeSpan.FromSeconds(10);
    public TimeSpan Warmup { get; init; } = TimeSpan.FromSeconds(2);
    /// <summary>How many distinct signed requests to prepare and replay.</summary>
    public int Pool { get; init; } = 64;
    public string Label { get; init; } = "";

    public const string Usage =
        "usage: loadgen --url http://HOST:PORT --service S --access-key K --secret-key S --body FORM\n" +
        "               [--region R] [--session-token T] [--connections 50] [--duration 10] [--warmup 2] [--pool 64] [--label L]";

    public static Options Parse(string[] args)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Length)
                throw new ArgumentException($"bad argument '{args[i]}'\n{Usage}");
            map[args[i][2..]] = args[++i];
        }
        string Need(string name) => map.TryGetValue(name, out var v) ? v : throw new ArgumentException($"missing --{name}\n{Usage}");
        int Int(string name, int fallback) => map.TryGetValue(name, out var v) ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;
        double Seconds(string name, double fallback) =>
            map.TryGetValue(name, out var v) ? double.Parse(v, CultureInfo.InvariantCulture) : fallback;
        return new Options
        {
            Url = new Uri(Need("url")),
            Service = Need("service"),
            Region = map.GetValueOrDefault("region", "us-east-1"),
            AccessKeyId = Need("access-key"),
            SecretAccessKey = Need("secret-key"),
            SessionToken = map.GetValueOrDefault("session-token"),
            Body = Need("body"),
            Connections = Int("connections", 50),
            Duration = TimeSpan.FromSeconds(Seconds("duration", 10)),
            Warmup = TimeSpan.FromSeconds(Seconds("warmup", 2)),
            Pool = Math.Max(1, Int("pool", 64)),
            Label = map.GetValueOrDefault("label", ""),
        };
    }
}
