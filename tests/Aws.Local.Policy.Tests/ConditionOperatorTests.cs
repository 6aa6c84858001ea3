using static Aws.Local.Policy.Tests.TestPolicies;

namespace Aws.Local.Policy.Tests;

public class ConditionOperatorTests
{
    public static TheoryData<string, string, string, bool> Cases => new()
    {
        // String family.
        { "StringEquals exact", """{"StringEquals":{"aws:PrincipalTag/dept":"eng"}}""", "aws:PrincipalTag/dept=eng", true },
        { "StringEquals is case-sensitive", """{"StringEquals":{"aws:PrincipalTag/dept":"eng"}}""", "aws:PrincipalTag/dept=ENG", false },
        { "StringEquals any of several values", """{"StringEquals":{"aws:RequestedRegion":["us-east-1","eu-west-1"]}}""", "aws:RequestedRegion=eu-west-1", true },
        { "StringEquals none of several values", """{"StringEquals":{"aws:RequestedRegion":["us-east-1","eu-west-1"]}}""", "aws:RequestedRegion=ap-south-1", false },
        { "StringEquals missing key is false", """{"StringEquals":{"aws:RequestedRegion":"us-east-1"}}""", "", false },
        { "StringEquals does not treat * as wildcard", """{"StringEquals":{"s3:prefix":"home/*"}}""", "s3:prefix=home/x", false },
        { "Condition key names are case-insensitive", """{"StringEquals":{"AWS:REQUESTEDREGION":"us-east-1"}}""", "aws:RequestedRegion=us-east-1", true },
        { "StringNotEquals different value", """{"StringNotEquals":{"aws:RequestedRegion":"us-east-1"}}""", "aws:RequestedRegion=us-west-2", true },
        { "StringNotEquals same value", """{"StringNotEquals":{"aws:RequestedRegion":"us-east-1"}}""", "aws:RequestedRegion=us-east-1", false },
        { "StringNotEquals is NOR over values", """{"StringNotEquals":{"aws:RequestedRegion":["us-east-1","us-west-2"]}}""", "aws:RequestedRegion=us-west-2", false },
        { "StringNotEquals missing key is true", """{"StringNotEquals":{"aws:RequestedRegion":"us-east-1"}}""", "", true },
        { "StringEqualsIgnoreCase", """{"StringEqualsIgnoreCase":{"aws:PrincipalTag/dept":"ENG"}}""", "aws:PrincipalTag/dept=eng", true },
        { "StringEqualsIgnoreCase mismatch", """{"StringEqualsIgnoreCase":{"aws:PrincipalTag/dept":"ENG"}}""", "aws:PrincipalTag/dept=ops", false },
        { "StringNotEqualsIgnoreCase same ignoring case", """{"StringNotEqualsIgnoreCase":{"aws:PrincipalTag/dept":"ENG"}}""", "aws:PrincipalTag/dept=eng", false },
        { "StringNotEqualsIgnoreCase different", """{"StringNotEqualsIgnoreCase":{"aws:PrincipalTag/dept":"ENG"}}""", "aws:PrincipalTag/dept=ops", true },
        { "StringLike star", """{"StringLike":{"s3:prefix":"home/*"}}""", "s3:prefix=home/alice/docs", true },
        { "StringLike question mark", """{"StringLike":{"s3:prefix":"file?.txt"}}""", "s3:prefix=file1.txt", true },
        { "StringLike question mark needs one char", """{"StringLike":{"s3:prefix":"file?.txt"}}""", "s3:prefix=file.txt", false },
        { "StringLike is case-sensitive", """{"StringLike":{"s3:prefix":"home/*"}}""", "s3:prefix=HOME/x", false },
        { "StringLike empty pattern matches empty", """{"StringLike":{"s3:prefix":["","home/"]}}""", "s3:prefix=", true },
        { "StringNotLike", """{"StringNotLike":{"s3:prefix":"home/*"}}""", "s3:prefix=tmp/x", true },
        { "StringNotLike matching value", """{"StringNotLike":{"s3:prefix":"home/*"}}""", "s3:prefix=home/x", false },
        { "StringNotLike missing key is true", """{"StringNotLike":{"s3:prefix":"home/*"}}""", "", true },
        // Numeric family.
        { "NumericEquals", """{"NumericEquals":{"s3:max-keys":"10"}}""", "s3:max-keys=10", true },
        { "NumericEquals compares numbers not text", """{"NumericEquals":{"s3:max-keys":"10"}}""", "s3:max-keys=10.0", true },
        { "NumericEquals JSON number value", """{"NumericEquals":{"s3:max-keys":10}}""", "s3:max-keys=10", true },
        { "NumericNotEquals", """{"NumericNotEquals":{"s3:max-keys":"10"}}""", "s3:max-keys=11", true },
        { "NumericNotEquals equal", """{"NumericNotEquals":{"s3:max-keys":"10"}}""", "s3:max-keys=10", false },
        { "NumericLessThan", """{"NumericLessThan":{"s3:max-keys":"10"}}""", "s3:max-keys=9", true },
        { "NumericLessThan equal is false", """{"NumericLessThan":{"s3:max-keys":"10"}}""", "s3:max-keys=10", false },
        { "NumericLessThanEquals equal", """{"NumericLessThanEquals":{"s3:max-keys":"10"}}""", "s3:max-keys=10", true },
        { "NumericLessThanEquals greater", """{"NumericLessThanEquals":{"s3:max-keys":"10"}}""", "s3:max-keys=11", false },
        { "NumericGreaterThan", """{"NumericGreaterThan":{"aws:MultiFactorAuthAge":"3600"}}""", "aws:MultiFactorAuthAge=3601", true },
        { "NumericGreaterThan equal is false", """{"NumericGreaterThan":{"aws:MultiFactorAuthAge":"3600"}}""", "aws:MultiFactorAuthAge=3600", false },
        { "NumericGreaterThanEquals equal", """{"NumericGreaterThanEquals":{"aws:MultiFactorAuthAge":"3600"}}""", "aws:MultiFactorAuthAge=3600", true },
        { "NumericLessThan decimals", """{"NumericLessThan":{"x:ratio":"0.5"}}""", "x:ratio=0.25", true },
        { "Numeric non-number request value is false", """{"NumericLessThan":{"s3:max-keys":"10"}}""", "s3:max-keys=abc", false },
        { "Numeric missing key is false", """{"NumericLessThan":{"s3:max-keys":"10"}}""", "", false },
        { "NumericNotEquals missing key is true", """{"NumericNotEquals":{"s3:max-keys":"10"}}""", "", true },
        // Date family.
        { "DateGreaterThan ISO", """{"DateGreaterThan":{"aws:CurrentTime":"2018-08-16T12:00:00Z"}}""", "aws:CurrentTime=2019-04-25T11:00:00Z", true },
        { "DateGreaterThan ISO earlier", """{"DateGreaterThan":{"aws:CurrentTime":"2018-08-16T12:00:00Z"}}""", "aws:CurrentTime=2014-04-25T11:00:00Z", false },
        { "DateLessThan date only", """{"DateLessThan":{"aws:CurrentTime":"2020-01-01"}}""", "aws:CurrentTime=2019-12-31T23:59:59Z", true },
        { "DateLessThanEquals same instant other offset", """{"DateLessThanEquals":{"aws:CurrentTime":"2020-01-01T01:00:00+01:00"}}""", "aws:CurrentTime=2020-01-01T00:00:00Z", true },
        { "DateEquals epoch against ISO", """{"DateEquals":{"aws:EpochTime":"1577836800"}}""", "aws:EpochTime=2020-01-01T00:00:00Z", true },
        { "DateGreaterThanEquals epoch", """{"DateGreaterThanEquals":{"aws:EpochTime":"1577836800"}}""", "aws:EpochTime=1577836800", true },
        { "DateNotEquals", """{"DateNotEquals":{"aws:CurrentTime":"2020-01-01T00:00:00Z"}}""", "aws:CurrentTime=2020-01-02T00:00:00Z", true },
        { "DateNotEquals same", """{"DateNotEquals":{"aws:CurrentTime":"2020-01-01T00:00:00Z"}}""", "aws:CurrentTime=2020-01-01T00:00:00Z", false },
        { "Date with fractional seconds", """{"DateLessThan":{"aws:TokenIssueTime":"2020-01-01T00:00:00.500Z"}}""", "aws:TokenIssueTime=2020-01-01T00:00:00.250Z", true },
        { "Date invalid request value is false", """{"DateLessThan":{"aws:CurrentTime":"2020-01-01"}}""", "aws:CurrentTime=yesterday", false },
        // Bool.
        { "Bool true", """{"Bool":{"aws:SecureTransport":"true"}}""", "aws:SecureTransport=true", true },
        { "Bool JSON boolean value", """{"Bool":{"aws:SecureTransport":true}}""", "aws:SecureTransport=true", true },
        { "Bool case-insensitive", """{"Bool":{"aws:SecureTransport":"True"}}""", "aws:SecureTransport=true", true },
        { "Bool mismatch", """{"Bool":{"aws:SecureTransport":"false"}}""", "aws:SecureTransport=true", false },
        { "Bool missing key is false", """{"Bool":{"aws:MultiFactorAuthPresent":"false"}}""", "", false },
        { "BoolIfExists missing key is true", """{"BoolIfExists":{"aws:MultiFactorAuthPresent":"false"}}""", "", true },
        // Binary.
        { "BinaryEquals same bytes", """{"BinaryEquals":{"x:key":"QmluYXJ5VmFsdWU="}}""", "x:key=QmluYXJ5VmFsdWU=", true },
        { "BinaryEquals different bytes", """{"BinaryEquals":{"x:key":"QmluYXJ5VmFsdWU="}}""", "x:key=T3RoZXI=", false },
        // IP address.
        { "IpAddress in v4 CIDR", """{"IpAddress":{"aws:SourceIp":"203.0.113.0/24"}}""", "aws:SourceIp=203.0.113.77", true },
        { "IpAddress outside v4 CIDR", """{"IpAddress":{"aws:SourceIp":"203.0.113.0/24"}}""", "aws:SourceIp=203.0.114.1", false },
        { "IpAddress non-octet prefix", """{"IpAddress":{"aws:SourceIp":"10.0.0.0/12"}}""", "aws:SourceIp=10.15.255.255", true },
        { "IpAddress non-octet prefix outside", """{"IpAddress":{"aws:SourceIp":"10.0.0.0/12"}}""", "aws:SourceIp=10.16.0.0", false },
        { "IpAddress single address", """{"IpAddress":{"aws:SourceIp":"192.0.2.1"}}""", "aws:SourceIp=192.0.2.1", true },
        { "IpAddress v6 CIDR", """{"IpAddress":{"aws:SourceIp":"2001:DB8:1234:5678::/64"}}""", "aws:SourceIp=2001:db8:1234:5678::1", true },
        { "IpAddress v6 outside", """{"IpAddress":{"aws:SourceIp":"2001:DB8:1234:5678::/64"}}""", "aws:SourceIp=2001:db8:1234:5679::1", false },
        { "IpAddress family mismatch", """{"IpAddress":{"aws:SourceIp":"2001:DB8::/32"}}""", "aws:SourceIp=203.0.113.1", false },
        { "IpAddress any of v4 and v6", """{"IpAddress":{"aws:SourceIp":["192.0.2.0/24","2001:DB8::/32"]}}""", "aws:SourceIp=2001:db8::5", true },
        { "IpAddress v4-mapped v6 request", """{"IpAddress":{"aws:SourceIp":"192.0.2.0/24"}}""", "aws:SourceIp=::ffff:192.0.2.9", true },
        { "NotIpAddress outside", """{"NotIpAddress":{"aws:SourceIp":"192.0.2.0/24"}}""", "aws:SourceIp=198.51.100.1", true },
        { "NotIpAddress inside", """{"NotIpAddress":{"aws:SourceIp":"192.0.2.0/24"}}""", "aws:SourceIp=192.0.2.1", false },
        { "NotIpAddress missing key is true", """{"NotIpAddress":{"aws:SourceIp":"192.0.2.0/24"}}""", "", true },
        // ARN.
        { "ArnEquals exact", """{"ArnEquals":{"aws:SourceArn":"arn:aws:sns:us-east-1:111122223333:topic"}}""", "aws:SourceArn=arn:aws:sns:us-east-1:111122223333:topic", true },
        { "ArnEquals allows wildcards", """{"ArnEquals":{"aws:SourceArn":"arn:aws:sns:*:111122223333:*"}}""", "aws:SourceArn=arn:aws:sns:us-east-1:111122223333:topic", true },
        { "ArnLike per-segment wildcard", """{"ArnLike":{"aws:SourceArn":"arn:aws:s3:::bucket-*"}}""", "aws:SourceArn=arn:aws:s3:::bucket-logs", true },
        { "ArnLike wildcard does not cross segments", """{"ArnLike":{"aws:SourceArn":"arn:aws:sns:*:topic"}}""", "aws:SourceArn=arn:aws:sns:us-east-1:111122223333:topic", false },
        { "ArnLike is case-sensitive", """{"ArnLike":{"aws:SourceArn":"arn:aws:s3:::Bucket"}}""", "aws:SourceArn=arn:aws:s3:::bucket", false },
        { "ArnLike non-ARN request value", """{"ArnLike":{"aws:SourceArn":"arn:aws:s3:::b"}}""", "aws:SourceArn=bucket", false },
        { "ArnNotEquals", """{"ArnNotEquals":{"aws:PrincipalArn":"arn:aws:iam::111122223333:role/Admin"}}""", "aws:PrincipalArn=arn:aws:iam::111122223333:role/Dev", true },
        { "ArnNotLike matching", """{"ArnNotLike":{"aws:PrincipalArn":"arn:aws:iam::*:role/Admin*"}}""", "aws:PrincipalArn=arn:aws:iam::111122223333:role/AdminX", false },
        { "ArnNotLike missing key is true", """{"ArnNotLike":{"aws:PrincipalArn":"arn:aws:iam::*:role/Admin*"}}""", "", true },
        // Null.
        { "Null true when key absent", """{"Null":{"aws:TokenIssueTime":"true"}}""", "", true },
        { "Null true when key present", """{"Null":{"aws:TokenIssueTime":"true"}}""", "aws:TokenIssueTime=2020-01-01T00:00:00Z", false },
        { "Null false when key present", """{"Null":{"aws:TokenIssueTime":"false"}}""", "aws:TokenIssueTime=2020-01-01T00:00:00Z", true },
        { "Null false when key absent", """{"Null":{"aws:TokenIssueTime":"false"}}""", "", false },
        { "Null treats empty list as absent", """{"Null":{"aws:TagKeys":"true"}}""", "aws:TagKeys=[]", true },
        // IfExists.
        { "StringEqualsIfExists missing key", """{"StringEqualsIfExists":{"ec2:InstanceType":"t2.micro"}}""", "", true },
        { "StringEqualsIfExists present and equal", """{"StringEqualsIfExists":{"ec2:InstanceType":"t2.micro"}}""", "ec2:InstanceType=t2.micro", true },
        { "StringEqualsIfExists present and different", """{"StringEqualsIfExists":{"ec2:InstanceType":"t2.micro"}}""", "ec2:InstanceType=m5.large", false },
        { "NumericLessThanIfExists missing", """{"NumericLessThanIfExists":{"s3:max-keys":"10"}}""", "", true },
        { "IpAddressIfExists missing", """{"IpAddressIfExists":{"aws:SourceIp":"192.0.2.0/24"}}""", "", true },
        { "ArnLikeIfExists present mismatch", """{"ArnLikeIfExists":{"aws:SourceArn":"arn:aws:s3:::a"}}""", "aws:SourceArn=arn:aws:s3:::b", false },
        { "Null with IfExists is not an operator", """{"NullIfExists":{"aws:TokenIssueTime":"true"}}""", "", false },
        // Set operators.
        { "ForAllValues all tags allowed", """{"ForAllValues:StringEquals":{"aws:TagKeys":["env","team"]}}""", "aws:TagKeys=env,team", true },
        { "ForAllValues one tag not allowed", """{"ForAllValues:StringEquals":{"aws:TagKeys":["env","team"]}}""", "aws:TagKeys=env,cost", false },
        { "ForAllValues missing key is true", """{"ForAllValues:StringEquals":{"aws:TagKeys":["env"]}}""", "", true },
        { "ForAllValues empty list is true", """{"ForAllValues:StringEquals":{"aws:TagKeys":["env"]}}""", "aws:TagKeys=[]", true },
        { "ForAnyValue one matches", """{"ForAnyValue:StringEquals":{"aws:TagKeys":["env","team"]}}""", "aws:TagKeys=cost,team", true },
        { "ForAnyValue none match", """{"ForAnyValue:StringEquals":{"aws:TagKeys":["env"]}}""", "aws:TagKeys=cost,team", false },
        { "ForAnyValue missing key is false", """{"ForAnyValue:StringEquals":{"aws:TagKeys":["env"]}}""", "", false },
        { "ForAnyValue StringLike", """{"ForAnyValue:StringLike":{"aws:TagKeys":"cost*"}}""", "aws:TagKeys=env,costcenter", true },
        { "ForAllValues StringNotEquals none forbidden", """{"ForAllValues:StringNotEquals":{"aws:TagKeys":["secret"]}}""", "aws:TagKeys=env,team", true },
        { "ForAllValues StringNotEquals one forbidden", """{"ForAllValues:StringNotEquals":{"aws:TagKeys":["secret"]}}""", "aws:TagKeys=env,secret", false },
        { "ForAnyValue StringNotEquals some other", """{"ForAnyValue:StringNotEquals":{"aws:TagKeys":["env"]}}""", "aws:TagKeys=env,team", true },
        { "ForAnyValue StringNotEquals all same", """{"ForAnyValue:StringNotEquals":{"aws:TagKeys":["env"]}}""", "aws:TagKeys=env", false },
        { "ForAllValues StringLike", """{"ForAllValues:StringLike":{"aws:TagKeys":["env*","team"]}}""", "aws:TagKeys=env-a,env-b,team", true },
        { "Multivalued key without set operator matches any", """{"StringEquals":{"aws:TagKeys":"team"}}""", "aws:TagKeys=env,team", true },
        // Multiple keys and operators (AND).
        { "Two keys both true", """{"StringEquals":{"aws:RequestedRegion":"us-east-1","aws:PrincipalTag/dept":"eng"}}""", "aws:RequestedRegion=us-east-1;aws:PrincipalTag/dept=eng", true },
        { "Two keys one false", """{"StringEquals":{"aws:RequestedRegion":"us-east-1","aws:PrincipalTag/dept":"eng"}}""", "aws:RequestedRegion=us-east-1;aws:PrincipalTag/dept=ops", false },
        { "Two operators both true", """{"Bool":{"aws:SecureTransport":"true"},"IpAddress":{"aws:SourceIp":"10.0.0.0/8"}}""", "aws:SecureTransport=true;aws:SourceIp=10.1.2.3", true },
        { "Two operators one false", """{"Bool":{"aws:SecureTransport":"true"},"IpAddress":{"aws:SourceIp":"10.0.0.0/8"}}""", "aws:SecureTransport=false;aws:SourceIp=10.1.2.3", false },
        { "Unknown operator is false", """{"StringMatches":{"aws:username":"alice"}}""", "aws:username=alice", false },
        { "Empty condition block holds", """{}""", "", true },
        // Variables in condition values.
        { "Variable in StringEquals value", """{"StringEquals":{"s3:prefix":"home/${aws:username}"}}""", "aws:username=alice;s3:prefix=home/alice", true },
        { "Variable in StringLike keeps wildcard", """{"StringLike":{"s3:prefix":["home/${aws:username}/*"]}}""", "aws:username=alice;s3:prefix=home/alice/docs", true },
        { "Variable value is literal in StringLike", """{"StringLike":{"s3:prefix":"${aws:username}"}}""", "aws:username=a*;s3:prefix=abc", false },
        { "Unresolved variable makes value not match", """{"StringEquals":{"s3:prefix":"${aws:username}"}}""", "s3:prefix=", false },
        { "Variable default used when key missing", """{"StringEquals":{"s3:prefix":"${aws:username, 'anon'}"}}""", "s3:prefix=anon", true },
        { "Variable from principal tag", """{"StringEquals":{"aws:ResourceTag/team":"${aws:PrincipalTag/team}"}}""", "aws:PrincipalTag/team=blue;aws:ResourceTag/team=blue", true },
        { "Variable in ArnLike value", """{"ArnLike":{"aws:SourceArn":"arn:aws:iam::*:user/${aws:username}"}}""", "aws:username=bob;aws:SourceArn=arn:aws:iam::1:user/bob", true },
        { "Numeric values do not substitute variables", """{"NumericEquals":{"x:n":"${x:m}"}}""", "x:m=5;x:n=5", false },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Condition_evaluates_like_IAM(string name, string condition, string keys, bool expected)
    {
        Assert.True(ConditionHolds(condition, keys) == expected, name);
    }

    [Fact]
    public void Variables_are_literal_in_2008_policies()
    {
        Assert.False(ConditionHolds("""{"StringEquals":{"s3:prefix":"${aws:username}"}}""", "aws:username=alice;s3:prefix=alice", "2008-10-17"));
        Assert.True(ConditionHolds("""{"StringEquals":{"s3:prefix":"${aws:username}"}}""", "s3:prefix=${aws:username}", "2008-10-17"));
    }
}
