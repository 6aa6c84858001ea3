namespace Aws.Core.Endpoints;

/// <summary>
/// The partition table, kept equal to botocore's <c>partitions.json</c> (version 1.1; a test compares them).
/// </summary>
public static class Partitions
{
    public static Partition Aws { get; } = new(
        "aws", @"^(us|eu|ap|sa|ca|me|af|il|mx)\-\w+\-\d+$",
        [
            "af-south-1", "ap-east-1", "ap-east-2", "ap-northeast-1", "ap-northeast-2", "ap-northeast-3",
            "ap-south-1", "ap-south-2", "ap-southeast-1", "ap-southeast-2", "ap-southeast-3", "ap-southeast-4",
            "ap-southeast-5", "ap-southeast-6", "ap-southeast-7", "aws-global", "ca-central-1", "ca-west-1",
            "eu-central-1", "eu-central-2", "eu-north-1", "eu-south-1", "eu-south-2", "eu-west-1", "eu-west-2",
            "eu-west-3", "il-central-1", "me-central-1", "me-south-1", "mx-central-1", "sa-east-1", "us-east-1",
            "us-east-2", "us-west-1", "us-west-2",
        ],
        "amazonaws.com", "api.aws", true, true, "us-east-1");

    public static Partition AwsCn { get; } = new(
        "aws-cn", @"^cn\-\w+\-\d+$", ["aws-cn-global", "cn-north-1", "cn-northwest-1"],
        "amazonaws.com.cn", "api.amazonwebservices.com.cn", true, true, "cn-northwest-1");

    public static Partition AwsEusc { get; } = new(
        "aws-eusc", @"^eusc\-(de)\-\w+\-\d+$", ["eusc-de-east-1"],
        "amazonaws.eu", "api.amazonwebservices.eu", true, true, "eusc-de-east-1");

    public static Partition AwsIso { get; } = new(
        "aws-iso", @"^us\-iso\-\w+\-\d+$", ["aws-iso-global", "us-iso-east-1", "us-iso-west-1"],
        "c2s.ic.gov", "api.aws.ic.gov", true, true, "us-iso-east-1");

    public static Partition AwsIsoB { get; } = new(
        "aws-iso-b", @"^us\-isob\-\w+\-\d+$", ["aws-iso-b-global", "us-isob-east-1", "us-isob-west-1"],
        "sc2s.sgov.gov", "api.aws.scloud", true, true, "us-isob-east-1");

    public static Partition AwsIsoE { get; } = new(
        "aws-iso-e", @"^eu\-isoe\-\w+\-\d+$", ["aws-iso-e-global", "eu-isoe-west-1"],
        "cloud.adc-e.uk", "api.cloud-aws.adc-e.uk", true, true, "eu-isoe-west-1");

    public static Partition AwsIsoF { get; } = new(
        "aws-iso-f", @"^us\-isof\-\w+\-\d+$", ["aws-iso-f-global", "us-isof-east-1", "us-isof-south-1"],
        "csp.hci.ic.gov", "api.aws.hci.ic.gov", true, true, "us-isof-south-1");

    public static Partition AwsUsGov { get; } = new(
        "aws-us-gov", @"^us\-gov\-\w+\-\d+$", ["aws-us-gov-global", "us-gov-east-1", "us-gov-west-1"],
        "amazonaws.com", "api.aws", true, true, "us-gov-west-1");

    /// <summary>All partitions, in partitions.json order (the order regexes are tried in).</summary>
    public static IReadOnlyList<Partition> All { get; } = [Aws, AwsCn, AwsEusc, AwsIso, AwsIsoB, AwsIsoE, AwsIsoF, AwsUsGov];

    public static Partition? Find(string id) => All.FirstOrDefault(p => p.Id == id);

    /// <summary>
    /// The partition of a region as <c>aws.partition</c> picks it: a listed region first, then the first matching
    /// region regex, else <c>aws</c> (so unknown names such as <c>mars-east-1</c> resolve like botocore does).
    /// </summary>
    public static Partition ForRegion(string region)
    {
        foreach (var p in All)
            if (p.HasRegion(region)) return p;
        foreach (var p in All)
            if (p.MatchesRegex(region)) return p;
        return Aws;
    }
}
