using Aws.Core.Model;

namespace Aws.Core.Tests.Model;

public class ModelBundleTests
{
    [Fact]
    public void Bundle_has_every_service_under_its_cli_name()
    {
        var names = ModelBundle.Embedded.ServiceNames;
        Assert.Equal(384, names.Count);
        Assert.Contains("s3api", names);
        Assert.Contains("deploy", names);
        Assert.Contains("configservice", names);
        Assert.Contains("lexv2-models", names);
        Assert.DoesNotContain("eventbridge", names);
        Assert.DoesNotContain("s3", names);
    }

    [Fact]
    public void Operation_resolves_shared_shapes_with_member_traits()
    {
        var ec2 = new ServiceModel("ec2", ModelBundle.Embedded.Open("ec2")!);
        Assert.Equal("ec2", ec2.Metadata.Protocol);
        var op = ec2.GetOperation("DescribeInstances")!;
        var filters = op.Input!.Members["Filters"];
        Assert.True(filters.IsList);
        Assert.Equal("Filter", filters.LocationName);
        Assert.Equal("structure", filters.Member.Type);
        Assert.Contains("Values", filters.Member.Members.Keys);
        var reservations = op.Output!.Members["Reservations"];
        Assert.Equal("reservationSet", reservations.LocationName);
    }

    [Fact]
    public void Missing_http_defaults_to_post_slash()
    {
        var sts = new ServiceModel("sts", ModelBundle.Embedded.Open("sts")!);
        var op = sts.GetOperation("GetCallerIdentity")!;
        Assert.Equal("POST", op.HttpMethod);
        Assert.Equal("/", op.RequestUri);
        Assert.Equal("GetCallerIdentityResult", op.Output!.ResultWrapper);
        Assert.True(sts.GetOperation("AssumeRoleWithWebIdentity")!.Unsigned);
        Assert.False(op.Unsigned);
    }

    [Fact]
    public void Paginators_and_waiters_come_with_the_service()
    {
        var ec2 = new ServiceModel("ec2", ModelBundle.Embedded.Open("ec2")!);
        Assert.True(ec2.Paginators.TryGetProperty("DescribeInstances", out _));
        Assert.True(ec2.Waiters.TryGetProperty("InstanceRunning", out _));
    }
}
