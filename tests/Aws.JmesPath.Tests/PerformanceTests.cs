using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;

namespace Aws.JmesPath.Tests;

/// <summary>
/// Guards against pathological (quadratic, per-comparison allocating) evaluation on a large response. The bound
/// is loose on purpose: the test machine is shared, and typical queries here take about a millisecond of CPU.
/// </summary>
[Collection(nameof(PerformanceTests))]
public class PerformanceTests
{
    private static JsonNode LargeDescribeInstances()
    {
        var sb = new StringBuilder("{\"Reservations\":[");
        for (var r = 0; r < 600; r++)
        {
            if (r > 0) sb.Append(',');
            sb.Append($"{{\"ReservationId\":\"r-{r}\",\"Instances\":[");
            for (var i = 0; i < 4; i++)
            {
                if (i > 0) sb.Append(',');
                sb.Append($"{{\"InstanceId\":\"i-{r:x4}{i}\",\"LaunchTime\":\"2023-0{1 + i}-0{1 + r % 9}T00:00:00+00:00\",")
                  .Append($"\"State\":{{\"Code\":{16 + 64 * (i % 2)},\"Name\":\"{(i % 2 == 0 ? "running" : "stopped")}\"}},")
                  .Append($"\"Tags\":[{{\"Key\":\"Name\",\"Value\":\"host-{r}-{i}\"}},{{\"Key\":\"Env\",\"Value\":\"prod\"}}],")
                  .Append("\"Placement\":{\"AvailabilityZone\":\"us-east-1a\",\"Tenancy\":\"default\"},\"Padding\":\"")
                  .Append('x', 200).Append("\"}");
            }
            sb.Append("]}");
        }
        return JsonNode.Parse(sb.Append("]}").ToString())!;
    }

    [Theory]
    [InlineData("Reservations[].Instances[].[InstanceId,State.Name]")]
    [InlineData("Reservations[].Instances[?State.Name=='running'].InstanceId[]")]
    [InlineData("sort_by(Reservations[].Instances[], &LaunchTime)[-1].InstanceId")]
    [InlineData("max_by(Reservations[].Instances[], &State.Code).InstanceId")]
    [InlineData("Reservations[].Instances[].{Id: InstanceId, Name: Tags[?Key=='Name'].Value | [0]}")]
    public void Typical_queries_over_a_megabyte_response_stay_fast(string expression)
    {
        var data = LargeDescribeInstances();
        var query = JmesPathExpression.Compile(expression);
        query.Evaluate(data);
        const int runs = 10;
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < runs; i++) Assert.NotNull(query.Evaluate(data));
        var perRun = clock.Elapsed.TotalMilliseconds / runs;
        Assert.True(perRun < 200, $"{perRun:F1} ms per evaluation");
    }
}

/// <summary>Timing tests run alone, not beside the rest of the suite.</summary>
[CollectionDefinition(nameof(PerformanceTests), DisableParallelization = true)]
public class PerformanceTestsCollection;
