using Aws.Core.Model;

namespace Aws.Core.Tests.Model;

/// <summary>Concurrent calls share one model (s3 transfers, the local cloud's server): first use from many threads at once.</summary>
public class ServiceModelConcurrencyTests
{
    [Fact]
    public void Operations_and_shapes_resolve_from_many_threads_alike()
    {
        for (var round = 0; round < 5; round++)
        {
            var model = new ServiceModel("ec2", ModelBundle.Embedded.Open("ec2")!);
            var names = model.OperationNames;
            var results = new Shape?[8][];
            Parallel.For(0, 8, t =>
            {
                var seen = new Shape?[names.Count];
                // Each thread walks the operations from a different starting point, so first uses collide.
                for (var i = 0; i < names.Count; i++)
                {
                    var index = (i + t * 37) % names.Count;
                    var op = model.GetOperation(names[index])!;
                    seen[index] = op.Input;
                    if (op.Input is { } input) foreach (var (_, member) in input.Members) _ = member.Type;
                }
                results[t] = seen;
            });
            for (var i = 0; i < names.Count; i++)
                for (var t = 1; t < 8; t++)
                    Assert.Equal(results[0][i]?.ToString(), results[t][i]?.ToString());
        }
    }
}
