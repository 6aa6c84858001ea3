using Aws.Cli.Commands;
using Aws.Core.Model;

namespace Aws.Cli.Tests.Commands;

public class OperationLookupTests
{
    [Fact]
    public void Direct_lookup_agrees_with_the_full_name_table_for_every_bundled_operation()
    {
        var bundle = ModelBundle.Embedded;
        foreach (var serviceName in bundle.ServiceNames)
        {
            var service = new ServiceModel(serviceName, bundle.Open(serviceName)!);
            foreach (var (cliName, operation) in ServiceCommand.OperationNames(service))
                Assert.Equal(operation, ServiceCommand.FindOperation(service, cliName));
        }
    }

    [Fact]
    public void Direct_lookup_finds_nothing_for_other_names()
    {
        var ec2 = new ServiceModel("ec2", ModelBundle.Embedded.Open("ec2")!);

        Assert.Equal("DescribeInstances", ServiceCommand.FindOperation(ec2, "describe-instances"));
        Assert.Null(ServiceCommand.FindOperation(ec2, "describe-instance"));
        Assert.Null(ServiceCommand.FindOperation(ec2, "DescribeInstances"));
        Assert.Null(ServiceCommand.FindOperation(ec2, "wait"));
        Assert.Null(ServiceCommand.FindOperation(ec2, "help"));
    }
}
