using Aws.Cli.Arguments;
using Aws.Core.Model;

namespace Aws.Cli.Tests.Arguments;

/// <summary>Every bundled operation gets an option table, skeletons and shorthand examples without failing.</summary>
public class AllOperationsTests
{
    [Fact]
    public void Every_bundled_operation_builds_its_options_and_skeletons()
    {
        var operations = 0;
        foreach (var service in ModelBundle.Embedded.ServiceNames)
        {
            var model = new ServiceModel(service, ModelBundle.Embedded.Open(service)!);
            foreach (var name in model.OperationNames)
            {
                var op = model.GetOperation(name)!;
                var table = ArgumentTable.Build(op, service);
                var opName = CliNames.ToCliName(name);
                Assert.Equal(table.Arguments.Count, table.Arguments.Select(a => a.Name).Distinct().Count());
                foreach (var arg in table.Arguments) ShorthandSyntax.Example(arg, service, opName);
                Assert.EndsWith("\n", CliSkeleton.Render(op, "input"));
                Assert.EndsWith("\n", CliSkeleton.Render(op, "yaml-input"));
                CliSkeleton.Output(op);
                operations++;
            }
        }
        Assert.True(operations > 10000, operations.ToString());
    }
}
