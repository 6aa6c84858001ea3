namespace Aws.EndToEnd.Tests.Errors;

/// <summary>The error scenarios: usage, configuration, validation, connection and service errors.</summary>
public static class ErrorCases
{
    private static readonly Dictionary<string, string?> NoRegion = new() { ["AWS_DEFAULT_REGION"] = null };
    private static readonly Dictionary<string, string?> NoCredentials = new() { ["AWS_ACCESS_KEY_ID"] = null, ["AWS_SECRET_ACCESS_KEY"] = null };

    public static readonly ErrorCase[] All =
    [
        new("no-command", [], 252),
        new("unknown-service-suggests", ["iamm"], 252, Compare.ChoiceTail),
        new("unknown-operation-suggests", ["iam", "list-userz"], 252, Compare.ChoiceTail),
        new("unknown-option", ["iam", "list-users", "--foo", "bar"], 252),
        new("missing-required-option", ["iam", "create-user"], 252),
        new("bad-output-value", ["iam", "list-users", "--output", "xml"], 252),
        new("missing-global-option-value", ["iam", "list-users", "--region"], 252),
        new("query-syntax-error", ["iam", "list-users", "--query", "Users["], 252),
        new("query-runtime-error", ["iam", "list-users", "--query", "abs(Users)", "--endpoint-url", "{moto}"], 255),
        new("query-checked-before-the-operation-name", ["iam", "list-userz", "--query", "Users["], 252),
        new("endpoint-url-without-scheme", ["iam", "create-user", "--endpoint-url", "localhost"], 252),
        new("endpoint-url-checked-for-custom-commands", ["configure", "list", "--endpoint-url", "localhost"], 252),
        new("timeout-not-an-int", ["iam", "list-users", "--cli-read-timeout", "abc", "--endpoint-url", "{moto}"], 255),
        new("no-region", ["sqs", "list-queues"], 253, Env: NoRegion),
        new("custom-endpoint-still-needs-a-region", ["sts", "get-caller-identity", "--endpoint-url", "{moto}"], 253, Env: NoRegion),
        new("no-credentials", ["sqs", "list-queues", "--endpoint-url", "{moto}"], 253, Env: NoCredentials),
        new("partial-credentials-in-env", ["sqs", "list-queues", "--endpoint-url", "{moto}"], 255,
            Env: new() { ["AWS_SECRET_ACCESS_KEY"] = null }),
        new("malformed-config-file", ["iam", "list-users", "--endpoint-url", "{moto}"], 255,
            Config: "this is not ini\n[default\nregion=us-east-1\n"),
        new("unknown-profile-option", ["iam", "list-users", "--profile", "nosuch", "--endpoint-url", "{moto}"], 255),
        new("unknown-profile-env", ["iam", "list-users", "--endpoint-url", "{moto}"], 255, Env: new() { ["AWS_PROFILE"] = "nosuch" }),
        new("connection-refused-after-retries", ["iam", "list-users", "--endpoint-url", "{closed}"], 255),
        new("mfa-outfile-and-method-required", ["iam", "create-virtual-mfa-device", "--virtual-mfa-device-name", "m"], 252),
        new("mfa-bootstrap-method-choice", ["iam", "create-virtual-mfa-device", "--virtual-mfa-device-name", "m",
            "--outfile", "qr.png", "--bootstrap-method", "PNG"], 252),
        new("mfa-outfile-not-writable", ["iam", "create-virtual-mfa-device", "--virtual-mfa-device-name", "m",
            "--outfile", "/nonexistent/dir/qr.png", "--bootstrap-method", "QRCodePNG", "--endpoint-url", "{moto}"], 252),
        new("service-error", ["iam", "get-user", "--user-name", "nobody", "--endpoint-url", "{moto}"], 254),
        new("ec2-dry-run", ["ec2", "describe-instances", "--dry-run", "--endpoint-url", "{moto}"], 254),
        new("param-validation-types-and-required", ["iam", "create-user", "--cli-input-json", """{"Path": 1}""", "--endpoint-url", "{moto}"], 252),
        new("param-validation-nested", ["ec2", "run-instances", "--cli-input-json",
            """{"MinCount": true, "MaxCount": 1.0, "BlockDeviceMappings":[{"Ebs":{"VolumeSize":"8","Foo":1}}, 3], "ImageId": null}""",
            "--endpoint-url", "{moto}"], 252),
        new("param-validation-unknown-and-list-type", ["sqs", "create-queue", "--cli-input-json",
            """{"QueueName":"q","Attributes":{"Policy":5},"tags":[1],"Foo":{}}""", "--endpoint-url", "{moto}"], 252),
        new("param-validation-before-credentials", ["iam", "create-user", "--cli-input-json", """{"Foo": 1}""", "--endpoint-url", "{moto}"], 252,
            Env: NoCredentials),
        new("param-validation-min-length-from-real-model", ["iam", "create-user", "--user-name", "", "--endpoint-url", "{moto}"], 252,
            Env: new() { ["AWS_DATA_PATH"] = "/usr/lib/python3/dist-packages/awscli/botocore/data" }),
        new("param-validation-leaves-idempotency-tokens-to-the-client", ["efs", "create-file-system", "--cli-input-json", """{"Foo": 1}""",
            "--endpoint-url", "{moto}"], 252),
        new("param-validation-off-sends-the-request", ["iam", "list-users", "--cli-input-json", """{"MaxItems": "5"}""", "--endpoint-url", "{moto}"], 0,
            Config: "[default]\nparameter_validation = false\n"),
    ];
}
