using System.Diagnostics;
using LoadGen;

// A closed-loop load generator for bench/local-cloud.sh: N keep-alive connections, one signed request in flight
// on each, a warm-up, then a timed window. Any non-200 response or connection failure fails the run (exit 1).
Options options;
try
{
    options = Options.Parse(args);
}
catch (Exception e) when (e is ArgumentException or FormatException or UriFormatException)
{
    Console.Error.WriteLine(e.Message);
    return 2;
}

var pool = SignedRequests.Build(options);
var clock = Stopwatch.StartNew();
var warmupEnd = (long)(options.Warmup.TotalSeconds * Stopwatch.Frequency);
var measureEnd = warmupEnd + (long)(options.Duration.TotalSeconds * Stopwatch.Frequency);
var workers = new Worker[options.Connections];
for (var i = 0; i < workers.Length; i++) workers[i] = new Worker(options, pool, i, clock, warmupEnd, measureEnd);
await Task.WhenAll(workers.Select(w => Task.Run(w.RunAsync)));

var report = Report.From(workers, options);
Console.WriteLine(report.Describe());
Console.WriteLine(report.Machine());
if (report.Errors > 0)
{
    Console.Error.WriteLine($"FAILED: {report.Errors} error(s) against {options.Url} ({options.Label}); first: {report.FirstError}");
    return 1;
}
return 0;
