namespace Aws.Core.Tests.Runtime.Validation;

/// <summary>
/// Inputs given to AWS CLI 2.9.19 (/usr/bin/aws SERVICE OP --cli-input-json INPUT) and the validation report it
/// printed, one line per error, recorded byte for byte.
/// </summary>
public static class RealCliValidationCases
{
    public sealed record Case(string Name, string Service, string Operation, string Input, string[] Expected)
    {
        public override string ToString() => Name;
    }

    public static readonly Case[] All =
    [
        new("iam-missing-required-and-int-for-string", "iam", "CreateUser", """{"Path": 1}""",
        [
            "Missing required parameter in input: \"UserName\"",
            "Invalid type for parameter Path, value: 1, type: <class 'int'>, valid types: <class 'str'>",
        ]),
        new("iam-unknown-nested-missing-dict-for-string", "iam", "CreateUser",
            """{"UserName": "a", "Foo": 1, "Tags":[{"Key":1}], "PermissionsBoundary": {"a":1}}""",
        [
            "Unknown parameter in input: \"Foo\", must be one of: Path, UserName, PermissionsBoundary, Tags",
            "Missing required parameter in Tags[0]: \"Value\"",
            "Invalid type for parameter Tags[0].Key, value: 1, type: <class 'int'>, valid types: <class 'str'>",
            "Invalid type for parameter PermissionsBoundary, value: {'a': 1}, type: <class 'dict'>, valid types: <class 'str'>",
        ]),
        new("iam-python-reprs-of-bool-float-dict", "iam", "CreateUser",
            """{"UserName":true,"Path":1.5,"Tags":{"a":[1,"x",null,true,1e20,1.0,"it's"]}}""",
        [
            "Invalid type for parameter UserName, value: True, type: <class 'bool'>, valid types: <class 'str'>",
            "Invalid type for parameter Path, value: 1.5, type: <class 'float'>, valid types: <class 'str'>",
            "Invalid type for parameter Tags, value: {'a': [1, 'x', None, True, 1e+20, 1.0, \"it's\"]}, type: <class 'dict'>, valid types: <class 'list'>, <class 'tuple'>",
        ]),
        new("ec2-run-instances-nested-block-device-mappings", "ec2", "RunInstances",
            """{"MinCount": true, "MaxCount": 1.0, "DryRun": 1, "BlockDeviceMappings":[{"Ebs":{"VolumeSize":"8","Foo":1, "DeleteOnTermination":"true"}}, 3], "ImageId": null}""",
        [
            "Invalid type for parameter MaxCount, value: 1.0, type: <class 'float'>, valid types: <class 'int'>",
            "Invalid type for parameter DryRun, value: 1, type: <class 'int'>, valid types: <class 'bool'>",
            "Unknown parameter in BlockDeviceMappings[0].Ebs: \"Foo\", must be one of: DeleteOnTermination, Iops, SnapshotId, VolumeSize, VolumeType, KmsKeyId, Throughput, OutpostArn, Encrypted",
            "Invalid type for parameter BlockDeviceMappings[0].Ebs.VolumeSize, value: 8, type: <class 'str'>, valid types: <class 'int'>",
            "Invalid type for parameter BlockDeviceMappings[0].Ebs.DeleteOnTermination, value: true, type: <class 'str'>, valid types: <class 'bool'>",
            "Invalid type for parameter BlockDeviceMappings[1], value: 3, type: <class 'int'>, valid types: <class 'dict'>",
            "Invalid type for parameter ImageId, value: None, type: <class 'NoneType'>, valid types: <class 'str'>",
        ]),
        new("tagged-union-two-members-document-anything", "identitystore", "GetUserId",
            """{"IdentityStoreId":"d-1","AlternateIdentifier":{"ExternalId":{"Issuer":"a","Id":"b"},"UniqueAttribute":{"AttributePath":"p","AttributeValue":{"x":[1,{"y":null}]}}}}""",
        [
            "Invalid number of parameters set for tagged union structure AlternateIdentifier. Can only set one of the following keys: ExternalId. UniqueAttribute.",
        ]),
        new("tagged-union-empty", "identitystore", "GetUserId", """{"IdentityStoreId":"d-1","AlternateIdentifier":{}}""",
        [
            "Must set one of the following keys for tagged unionstructure AlternateIdentifier: ExternalId. UniqueAttribute.",
        ]),
        new("timestamp-string-not-a-date-and-string-for-list", "cloudwatch", "GetMetricStatistics",
            """{"Namespace":"n","MetricName":"m","StartTime":"notadate","EndTime":123,"Period":60, "Statistics":"Sum"}""",
        [
            "Invalid type for parameter StartTime, value: notadate, type: <class 'str'>, valid types: <class 'datetime.datetime'>, timestamp-string",
            "Invalid type for parameter Statistics, value: Sum, type: <class 'str'>, valid types: <class 'list'>, <class 'tuple'>",
        ]),
        new("timestamp-list-and-float-for-int", "cloudwatch", "GetMetricStatistics",
            """{"Namespace":"n","MetricName":"m","StartTime":true,"EndTime":[1],"Period":60.5, "Dimensions":[{"Name":"a","Value":"b"}]}""",
        [
            "Invalid type for parameter EndTime, value: [1], type: <class 'list'>, valid types: <class 'datetime.datetime'>, timestamp-string",
            "Invalid type for parameter Period, value: 60.5, type: <class 'float'>, valid types: <class 'int'>",
        ]),
        new("blob-int-and-map-value", "kms", "Encrypt", """{"KeyId":"k","Plaintext":5, "EncryptionContext":{"a":1, "b":"c"}}""",
        [
            "Invalid type for parameter Plaintext, value: 5, type: <class 'int'>, valid types: <class 'bytes'>, <class 'bytearray'>, file-like object",
            "Invalid type for parameter EncryptionContext.a, value: 1, type: <class 'int'>, valid types: <class 'str'>",
        ]),
        new("blob-list-and-string-for-list", "kms", "Encrypt", """{"KeyId":"k","Plaintext":[1], "GrantTokens": "abc"}""",
        [
            "Invalid type for parameter Plaintext, value: [1], type: <class 'list'>, valid types: <class 'bytes'>, <class 'bytearray'>, file-like object",
            "Invalid type for parameter GrantTokens, value: abc, type: <class 'str'>, valid types: <class 'list'>, <class 'tuple'>",
        ]),
        new("doubles-take-ints-bools-floats-not-strings", "cloudwatch", "PutMetricData",
            """{"Namespace":"n","MetricData":[{"MetricName":"m","Value":"1.5","Values":[1, true, 2.5, "x"], "Timestamp":"2020-01-01T00:00:00Z"}]}""",
        [
            "Invalid type for parameter MetricData[0].Value, value: 1.5, type: <class 'str'>, valid types: <class 'float'>, <class 'decimal.Decimal'>, <class 'int'>",
            "Invalid type for parameter MetricData[0].Values[3], value: x, type: <class 'str'>, valid types: <class 'float'>, <class 'decimal.Decimal'>, <class 'int'>",
        ]),
        new("map-values-and-unknown-top-level", "sqs", "ListQueues", """{"Path":1,"MaxResults":"5"}""",
        [
            "Unknown parameter in input: \"Path\", must be one of: QueueNamePrefix, NextToken, MaxResults",
            "Invalid type for parameter MaxResults, value: 5, type: <class 'str'>, valid types: <class 'int'>",
        ]),
        new("map-values-wrong-type", "sqs", "CreateQueue", """{"QueueName":"q","Attributes":{"Policy":5,"Bad":"x"},"tags":{"a":{"b":"c"}}}""",
        [
            "Invalid type for parameter Attributes.Policy, value: 5, type: <class 'int'>, valid types: <class 'str'>",
            "Invalid type for parameter tags.a, value: {'b': 'c'}, type: <class 'dict'>, valid types: <class 'str'>",
        ]),
        new("valid-input-has-no-errors", "iam", "CreateUser", """{"UserName":"a","Path":"/","Tags":[{"Key":"k","Value":"v"}]}""", []),
    ];
}
